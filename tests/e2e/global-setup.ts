import { execFileSync } from 'node:child_process';
import { ROOT } from './harness';

// Builds the extension once for the whole browser tier, so tests drive what ships.
export default function setup(): void {
  if (process.env.FACT_NOTES_SKIP_BUILD) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
