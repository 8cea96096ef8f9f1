// One version, in package.json: WXT writes it into the manifests and the zip names, and
// CHANGELOG.md's newest entry names the same version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildExtension } from '../e2e/build';
import { ROOT } from '../e2e/harness';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const version = JSON.parse(read('package.json')).version as string;
let manifest: { version: string };
beforeAll(() => {
  manifest = JSON.parse(readFileSync(join(buildExtension('chrome-mv3'), 'manifest.json'), 'utf8'));
}, 120_000);

it('CHANGELOG.md’s newest entry is the package version', () => {
  expect(read('CHANGELOG.md').match(/^## (\d+\.\d+\.\d+)\b/m)?.[1]).toBe(version);
});

it('the built manifest carries the package version, set nowhere else', () => {
  expect(manifest.version).toBe(version);
  expect(read('wxt.config.ts')).not.toMatch(/\bversion\s*:/);
});
