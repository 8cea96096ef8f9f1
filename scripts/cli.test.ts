import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli, type CliSpec } from './cli';

const ROOT = join(import.meta.dirname, '..');
const SPEC: CliSpec = {
  usage: 'usage: demo [--json] [--runs N]',
  options: { json: { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
  check: (v) => (/^\d+$/.test(v.runs as string) ? undefined : `--runs must be a number, not "${v.runs}"`),
};

describe('parseCli', () => {
  it.each([
    [['--help'], { kind: 'help', text: SPEC.usage }],
    [['-h'], { kind: 'help', text: SPEC.usage }],
    [['--runs', 'x', '--help'], { kind: 'help', text: SPEC.usage }],
    [[], { kind: 'ok', values: { json: false, runs: '5' } }],
    [['--json', '--runs', '3'], { kind: 'ok', values: { json: true, runs: '3' } }],
    [['--bogus'], { kind: 'error', text: expect.stringMatching(/^Unknown option '--bogus'.*\nusage: demo/s) }],
    [['stray'], { kind: 'error', text: expect.stringMatching(/stray.*\nusage: demo/s) }],
    [['--runs'], { kind: 'error', text: expect.stringMatching(/--runs.*\nusage: demo/s) }],
    [['--runs', 'x'], { kind: 'error', text: '--runs must be a number, not "x"\nusage: demo [--json] [--runs N]' }],
  ])('%j → %j', (argv, expected) => expect(parseCli(argv, SPEC)).toEqual(expected));
});

// Each command line the project offers, as a user types it. --help must answer before any
// work (no build, no browser): a slow answer or output other than the usage would show it.
const SCRIPTS: Array<[string, string]> = [
  ['eval', 'scripts/eval.ts'],
  ['bench', 'scripts/bench.ts'],
  ['bench:library', 'scripts/bench-library.ts'],
  ['start', 'scripts/start.ts'],
  ['icons', 'scripts/icons.ts'],
  ['store-assets', 'scripts/store-assets.ts'],
];

/** Runs a script as `tsx script args` does (without npx's start-up), all of them at once. */
function run(script: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, timeout: 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

describe.concurrent.each(SCRIPTS)('npm run %s', (name, script) => {
  it('answers --help with its usage on stdout and exit code 0', async ({ expect }) => {
    const r = await run(script, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: npm (run )?${name}\\b`));
    expect(r.stderr).toBe('');
  }, 60_000);

  it('answers a wrong flag with what was wrong and the usage on stderr, exit code 2, no stack trace', async ({ expect }) => {
    const r = await run(script, ['--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Unknown option '--no-such-flag'.*\nusage: npm/s);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  }, 60_000);
});

describe('npm start', () => {
  it('runs the script first, so --help installs and builds nothing', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe('tsx scripts/start.ts');
  });

  it('npm run eval -- --help exits 0 and prints a usage line', () => {
    const r = spawnSync('npm', ['run', '--silent', 'eval', '--', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run eval/m);
  }, 60_000);
});
