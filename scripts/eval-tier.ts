// The eval tier of `npm test`: scores the finder on every annotated corpus with the
// eval CLI and counts each corpus × topic at F1 ≥ 0.95 as one passing test, each
// corpus whose decoy texts (no mentions) yield no match at all as another, and each
// corpus whose scoring is one-to-one (tp + fn = its labelled mentions, per topic) as a third;
// then the figure reader on each figure corpus: precision ≥ 0.95 and recall ≥ 0.85.
// Writes a vitest-shaped summary for scripts/test-summary.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCorpus } from '../lib/eval-score';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';
import { TOPIC_IDS } from '../lib/types';
import { CORPORA, ROOT, SHARED_CORPUS } from './corpora';

const MIN_F1 = 0.95;
if (!existsSync(SHARED_CORPUS)) console.log(`eval: ${SHARED_CORPUS} is absent; scoring our own corpus only`);

let passed = 0;
let failed = 0;
const finder = createFinder(TOPICS);
const record = (ok: boolean, line: string) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? '✓' : '✗'} ${line}`);
};
for (const corpus of CORPORA) {
  const name = relative(ROOT, corpus);
  const out = execFileSync('npx', ['tsx', join(ROOT, 'scripts/eval.ts'), '--corpus', corpus, '--json'], { encoding: 'utf8' });
  const result = JSON.parse(out) as { topics: Record<string, { precision: number; recall: number; f1: number; tp: number; fn: number }> };
  for (const [topic, s] of Object.entries(result.topics)) {
    record(s.f1 >= MIN_F1, `${name} ${topic}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
  const texts = parseCorpus(readFileSync(corpus, 'utf8'));
  const labelled = (topic: string) => texts.flatMap((t) => t.mentions).filter((m) => m.topic === topic).length;
  const uneven = TOPIC_IDS.filter((t) => result.topics[t].tp + result.topics[t].fn !== labelled(t));
  record(uneven.length === 0, `${name} one-to-one: tp + fn = labelled mentions for every topic ${uneven.join(' ')}`);
  const decoys = texts.filter((t) => t.mentions.length === 0);
  const hit = decoys.filter((t) => finder.find(t.text).length > 0).map((t) => t.id);
  record(hit.length === 0, `${name} decoys: ${decoys.length} texts, ${hit.length} with a match ${hit.join(' ')}`);
}
const MIN_FIGURE_PRECISION = 0.95;
const MIN_FIGURE_RECALL = 0.85;
const figureCorpora = [join(ROOT, 'tests/corpus/figures.jsonl')];
if (existsSync(join(SHARED_CORPUS, 'figures.jsonl'))) figureCorpora.push(join(SHARED_CORPUS, 'figures.jsonl'));
for (const corpus of figureCorpora) {
  const out = execFileSync('npx', ['tsx', join(ROOT, 'scripts/eval.ts'), '--figures', '--corpus', corpus, '--json'], { encoding: 'utf8' });
  const s = (JSON.parse(out) as { figures: { precision: number; recall: number; f1: number } }).figures;
  const line = `${relative(ROOT, corpus)} figures: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  record(s.precision >= MIN_FIGURE_PRECISION && s.recall >= MIN_FIGURE_RECALL, line);
}
const outFile = process.argv[process.argv.indexOf('--out') + 1];
writeFileSync(outFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: passed + failed }));
