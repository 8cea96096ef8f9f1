// Firefox Add-ons rebuilds the add-on from the sources zip: do what docs/STORE.md tells a
// reviewer (unpack, install, `npx wxt build -b firefox`) and check that the result is the
// add-on in the zip, file for file. Not a browser test, but as slow as one: it builds twice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseEnv } from './build';
import { ROOT } from './harness';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const ZIP = (kind: string) => join(ROOT, '.output', `fact-notes-${version}-${kind}.zip`);

/** Every file under `dir` with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [relative(dir, f), readFileSync(f)]),
  );
}

describe('Firefox sources zip', () => {
  let work: string;
  beforeAll(() => {
    // The e2e tier runs one file at a time, so rebuilding .output/firefox-mv2 here is safe.
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore', env: releaseEnv() });
    work = mkdtempSync(join(tmpdir(), 'fact-notes-sources-'));
    execFileSync('unzip', ['-q', ZIP('sources'), '-d', join(work, 'src')]);
    execFileSync('unzip', ['-q', ZIP('firefox'), '-d', join(work, 'addon')]);
  }, 300_000);
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it('holds what a build needs and nothing that is not ours to ship', () => {
    const names = [...files(join(work, 'src')).keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'data/topics.json', 'entrypoints/content/index.ts', 'public/_locales/fr/messages.json']) {
      expect(names).toContain(needed);
    }
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|\.git|docs\/store)\//.test(n))).toEqual([]);
  });

  it('builds, by the steps in docs/STORE.md, into exactly the add-on in the Firefox zip', () => {
    const steps = readFileSync(join(ROOT, 'docs/STORE.md'), 'utf8');
    expect(steps).toContain('`npx wxt build -b firefox`');
    const src = join(work, 'src');
    // Step 3 (npm install) without the network: the checkout's installed packages, from the same lock file.
    expect(readFileSync(join(src, 'package-lock.json'))).toEqual(readFileSync(join(ROOT, 'package-lock.json')));
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    execFileSync('npx', ['wxt', 'prepare'], { cwd: src, stdio: 'ignore', env: releaseEnv() });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: src, stdio: 'ignore', env: releaseEnv() });
    const built = files(join(src, '.output/firefox-mv2'));
    const shipped = files(join(work, 'addon'));
    expect([...built.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differ = [...shipped].filter(([name, bytes]) => !built.get(name)?.equals(bytes)).map(([name]) => name);
    expect(differ).toEqual([]);
    expect(JSON.parse(shipped.get('manifest.json')!.toString()).version).toBe(version);
  }, 300_000);
});
