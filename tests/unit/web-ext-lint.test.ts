import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildExtension } from '../e2e/build';
import { ROOT } from '../e2e/harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

let report: LintReport;
beforeAll(() => {
  const dir = buildExtension('firefox-mv2');
  // web-ext lint works offline; it exits non-zero on errors, so read its JSON either way.
  let out: string;
  try {
    out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', dir, '-o', 'json', '--no-input'], { encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  report = JSON.parse(out) as LintReport;
}, 120_000);

const brief = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);

it('web-ext lint finds no errors and no warnings in the Firefox build', () => {
  expect(brief(report.errors)).toEqual([]);
  expect(brief(report.warnings)).toEqual([]);
});
