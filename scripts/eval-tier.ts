// The eval tier of `npm test`: scores the finder on every annotated corpus with the
// eval CLI and counts each corpus × topic at F1 ≥ 0.95 as one passing test.
// Writes a vitest-shaped summary for scripts/test-summary.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MIN_F1 = 0.95;
const SHARED = join(ROOT, '../shared/corpus');
const corpora = [join(ROOT, 'tests/corpus/own.jsonl')];
if (existsSync(SHARED)) corpora.push(join(SHARED, 'dev.jsonl'), join(SHARED, 'seeds.jsonl'));
else console.log(`eval: ${SHARED} is absent; scoring our own corpus only`);

let passed = 0;
let failed = 0;
for (const corpus of corpora) {
  const out = execFileSync('npx', ['tsx', join(ROOT, 'scripts/eval.ts'), '--corpus', corpus, '--json'], { encoding: 'utf8' });
  const result = JSON.parse(out) as { topics: Record<string, { precision: number; recall: number; f1: number }> };
  for (const [topic, s] of Object.entries(result.topics)) {
    const ok = s.f1 >= MIN_F1;
    ok ? passed++ : failed++;
    console.log(`${ok ? '✓' : '✗'} ${corpus.replace(`${ROOT}/`, '')} ${topic}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
}
const outFile = process.argv[process.argv.indexOf('--out') + 1];
writeFileSync(outFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: passed + failed }));
