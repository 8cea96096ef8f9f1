// The eval tier of `npm test`: scores the finder on every annotated corpus with the
// eval CLI and counts each corpus × topic at F1 ≥ 0.95 as one passing test, and
// each corpus whose decoy texts (no mentions) yield no match at all as another;
// then the figure reader on each figure corpus: precision ≥ 0.95 and recall ≥ 0.85.
// Writes a vitest-shaped summary for scripts/test-summary.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';

const ROOT = resolve(import.meta.dirname, '..');
const MIN_F1 = 0.95;
const SHARED = join(ROOT, '../shared/corpus');
const corpora = [join(ROOT, 'tests/corpus/own.jsonl')];
if (existsSync(SHARED)) corpora.push(join(SHARED, 'dev.jsonl'), join(SHARED, 'seeds.jsonl'));
else console.log(`eval: ${SHARED} is absent; scoring our own corpus only`);

let passed = 0;
let failed = 0;
const finder = createFinder(TOPICS);
const record = (ok: boolean, line: string) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? '✓' : '✗'} ${line}`);
};
for (const corpus of corpora) {
  const name = relative(ROOT, corpus);
  const out = execFileSync('npx', ['tsx', join(ROOT, 'scripts/eval.ts'), '--corpus', corpus, '--json'], { encoding: 'utf8' });
  const result = JSON.parse(out) as { topics: Record<string, { precision: number; recall: number; f1: number }> };
  for (const [topic, s] of Object.entries(result.topics)) {
    record(s.f1 >= MIN_F1, `${name} ${topic}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
  const decoys = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string; mentions: unknown[] })
    .filter((t) => t.mentions.length === 0);
  const hit = decoys.filter((t) => finder.find(t.text).length > 0).map((t) => t.id);
  record(hit.length === 0, `${name} decoys: ${decoys.length} texts, ${hit.length} with a match ${hit.join(' ')}`);
}
const MIN_FIGURE_PRECISION = 0.95;
const MIN_FIGURE_RECALL = 0.85;
const figureCorpora = [join(ROOT, 'tests/corpus/figures.jsonl')];
if (existsSync(join(SHARED, 'figures.jsonl'))) figureCorpora.push(join(SHARED, 'figures.jsonl'));
for (const corpus of figureCorpora) {
  const out = execFileSync('npx', ['tsx', join(ROOT, 'scripts/eval.ts'), '--figures', '--corpus', corpus, '--json'], { encoding: 'utf8' });
  const s = (JSON.parse(out) as { figures: { precision: number; recall: number; f1: number } }).figures;
  const line = `${relative(ROOT, corpus)} figures: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  record(s.precision >= MIN_FIGURE_PRECISION && s.recall >= MIN_FIGURE_RECALL, line);
}
const outFile = process.argv[process.argv.indexOf('--out') + 1];
writeFileSync(outFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: passed + failed }));
