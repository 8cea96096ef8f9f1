// Scores the mention finder on annotated JSONL corpora.
//   npm run eval -- --corpus FILE [--corpus FILE…] [--json] [--min-f1 0.95] [--strictness balanced]
// and, with --figures, the figure reader on figure corpora (scripts/eval-figures.ts):
//   npm run eval -- --figures --corpus FILE [--json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evalFigures } from './eval-figures';
import { parseCorpus, scoreCorpus, type Score } from '../lib/eval-score';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';
import type { Strictness } from '../lib/types';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    figures: { type: 'boolean', default: false },
    'min-f1': { type: 'string' },
    strictness: { type: 'string', default: 'balanced' },
  },
});
if (!values.corpus?.length || !['strict', 'balanced', 'loose'].includes(values.strictness!)) {
  console.error('usage: npm run eval -- [--figures] --corpus FILE [--json] [--min-f1 X] [--strictness strict|balanced|loose]');
  process.exit(2);
}
if (values.figures) {
  evalFigures(values.corpus, values.json!);
  process.exit(0);
}

const texts = values.corpus.flatMap((file) => parseCorpus(readFileSync(file, 'utf8')));
const finder = createFinder(TOPICS);
const strictness = values.strictness as Strictness;
const report = scoreCorpus(texts, texts.map((t) => finder.find(t.text, { strictness })));

const pick = ({ precision, recall, f1, tp, fp, fn }: Score) => ({ precision, recall, f1, tp, fp, fn });
if (values.json) {
  const topics = Object.fromEntries(Object.entries(report.topics).map(([id, s]) => [id, pick(s)]));
  console.log(JSON.stringify({ topics, overall: pick(report.overall) }));
} else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const row = (name: string, s: Score) =>
    `${name.padEnd(15)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.tp}/${s.fp}/${s.fn}`;
  console.log(`${texts.length} texts from ${values.corpus.join(', ')} (strictness ${strictness})\n`);
  console.log(`${'topic'.padEnd(15)}${'P%'.padStart(6)}${'R%'.padStart(6)}${'F1%'.padStart(6)}   tp/fp/fn`);
  for (const [id, s] of Object.entries(report.topics)) console.log(row(id, s));
  console.log(row('overall', report.overall));
  const list = (title: string, items: typeof report.misses) => {
    console.log(`\n${title}: ${items.length}`);
    for (const m of items) console.log(`  ${m.id}  ${m.topic}  "${m.words}" [${m.start}, ${m.end})`);
  };
  list('False positives', report.falsePositives);
  list('Misses', report.misses);
  console.log(`\nDecoy texts with a match: ${report.decoyHits.length ? report.decoyHits.join(', ') : 'none'}`);
}

const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
if (minF1 !== undefined) {
  const low = Object.entries(report.topics).filter(([, s]) => s.f1 < minF1);
  if (low.length) {
    console.error(`F1 below ${minF1}: ${low.map(([id, s]) => `${id} ${s.f1.toFixed(3)}`).join(', ')}`);
    process.exit(1);
  }
}
