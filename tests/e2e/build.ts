import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './harness';

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2';

/** Builds the extension for `target` (unless FACT_NOTES_SKIP_BUILD is set) and returns its directory. */
export function buildExtension(target: BuildTarget): string {
  if (!process.env.FACT_NOTES_SKIP_BUILD) {
    const args = target === 'firefox-mv2' ? ['-b', 'firefox'] : [];
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
  }
  return join(ROOT, '.output', target);
}
