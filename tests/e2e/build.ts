import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './harness';

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2';

/** The environment a release build runs in. Vitest sets NODE_ENV=test, and a build that
 * inherits it gets Preact's development JSX (jsxDEV with every element's absolute source
 * path): not what ships, and not what the sources zip rebuilds. */
export function releaseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

/** Builds the extension for `target` (unless FACT_NOTES_SKIP_BUILD is set) and returns its directory. */
export function buildExtension(target: BuildTarget): string {
  if (!process.env.FACT_NOTES_SKIP_BUILD) {
    const args = target === 'firefox-mv2' ? ['-b', 'firefox'] : [];
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'inherit', env: releaseEnv() });
  }
  return join(ROOT, '.output', target);
}
