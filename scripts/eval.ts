// Scores the mention finder on annotated JSONL corpora.
//   npm run eval [-- --corpus FILE [--corpus FILE…]] [--json] [--min-f1 0.95] [--strictness balanced] [--page]
// Without --corpus: our own corpus, then shared/corpus/dev.jsonl and seeds.jsonl when present.
// --page: the texts as paragraphs of one page with no <article> (one scope), so context
// may reach from one text into its neighbours, as on a page that does not say where stories end.
// With --figures, the figure reader on figure corpora (scripts/eval-figures.ts):
//   npm run eval -- --figures --corpus FILE [--json]
import { readFileSync } from 'node:fs';
import { evalFigures } from './eval-figures';
import { parseCorpus, scoreCorpus, type CorpusText, type Score, type Span } from '../lib/eval-score';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';
import type { Strictness } from '../lib/types';
import { cli } from './cli';
import { CORPORA } from './corpora';


const USAGE = `usage: npm run eval -- [--corpus FILE]… [--json] [--min-f1 X] [--strictness strict|balanced|loose] [--page]
       npm run eval -- --figures --corpus FILE… [--json]
Scores the mention finder on annotated JSONL corpora (without --corpus: our own corpus, then
the shared ones present), or with --figures the figure reader on figure corpora.
  --corpus FILE    a corpus to score (repeatable)
  --json           one JSON line instead of the table
  --min-f1 X       exit 1 when a topic's F1 is below X (0–1)
  --strictness S   strict, balanced (default) or loose
  --page           the texts as paragraphs of one page with no <article>
  --help           this text`;

const values = cli<{ corpus?: string[]; json: boolean; figures: boolean; 'min-f1'?: string; strictness: string; page: boolean }>({
  usage: USAGE,
  options: {
    corpus: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    figures: { type: 'boolean', default: false },
    'min-f1': { type: 'string' },
    strictness: { type: 'string', default: 'balanced' },
    page: { type: 'boolean', default: false },
  },
  check: (v) => {
    if (!['strict', 'balanced', 'loose'].includes(v.strictness as string)) return `--strictness must be strict, balanced or loose, not "${v.strictness}"`;
    if (v['min-f1'] !== undefined && !(Number(v['min-f1']) >= 0 && Number(v['min-f1']) <= 1)) return `--min-f1 must be a number from 0 to 1, not "${v['min-f1']}"`;
    if (v.figures && !(v.corpus as string[] | undefined)?.length) return '--figures needs at least one --corpus FILE';
  },
});
if (values.figures) {
  evalFigures(values.corpus!, values.json!);
  process.exit(0);
}
const corpora = values.corpus?.length ? values.corpus : CORPORA;

const finder = createFinder(TOPICS);
const strictness = values.strictness as Strictness;
const pick = ({ precision, recall, f1, tp, fp, fn, split, labelled }: Score) => ({ precision, recall, f1, tp, fp, fn, split, labelled });
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (name: string, s: Score) => `${name.padEnd(15)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.tp}/${s.fp}/${s.fn}/${s.split}`;
let low: string[] = [];
const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);

/** Each text's mentions: found in it alone, or (--page) in all texts joined as paragraphs. */
function findAll(texts: readonly CorpusText[]): Span[][] {
  if (!values.page) return texts.map((t) => finder.find(t.text, { strictness }));
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.text.length + 1;
  }
  const found = finder.find(texts.map((t) => t.text).join('\n'), { strictness });
  return texts.map((t, i) =>
    found.filter((m) => m.start >= starts[i] && m.end <= starts[i] + t.text.length).map((m) => ({ ...m, start: m.start - starts[i], end: m.end - starts[i] })),
  );
}

// With --corpus, the files are scored together; without, each default corpus on its own.
for (const files of values.corpus?.length ? [corpora] : corpora.map((f) => [f])) {
  const texts = files.flatMap((file) => parseCorpus(readFileSync(file, 'utf8')));
  const report = scoreCorpus(texts, findAll(texts));
  if (values.json) {
    const topics = Object.fromEntries(Object.entries(report.topics).map(([id, s]) => [id, pick(s)]));
    console.log(JSON.stringify({ corpus: files.join(','), topics, overall: pick(report.overall) }));
  } else {
    console.log(`${texts.length} texts from ${files.join(', ')} (strictness ${strictness}${values.page ? ', as one page' : ''})\n`);
    console.log(`${'topic'.padEnd(15)}${'P%'.padStart(6)}${'R%'.padStart(6)}${'F1%'.padStart(6)}   tp/fp/fn/split`);
    for (const [id, s] of Object.entries(report.topics)) console.log(row(id, s));
    console.log(row('overall', report.overall));
    const list = (title: string, items: typeof report.misses) => {
      console.log(`\n${title}: ${items.length}`);
      for (const m of items) console.log(`  ${m.id}  ${m.topic}  "${m.words}" [${m.start}, ${m.end})`);
    };
    list('False positives', report.falsePositives);
    list('Misses', report.misses);
    list('Split (a second found span on a matched mention)', report.splits);
    console.log(`\nDecoy texts with a match: ${report.decoyHits.length ? report.decoyHits.join(', ') : 'none'}\n`);
  }
  if (minF1 !== undefined) {
    low = low.concat(Object.entries(report.topics).filter(([, s]) => s.f1 < minF1).map(([id, s]) => `${files.join(',')} ${id} ${s.f1.toFixed(3)}`));
  }
}
if (low.length) {
  console.error(`F1 below ${minF1}: ${low.join('; ')}`);
  process.exit(1);
}
