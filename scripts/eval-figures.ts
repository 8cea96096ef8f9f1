// The figure reader's part of the eval CLI (scripts/eval.ts --figures): scores
// lib/figures/read-figures on annotated figure corpora (format: tests/corpus/figures.txt).
import { readFileSync } from 'node:fs';
import { readFigures } from '../lib/figures/read-figures';
import { parseFigureCorpus, scoreFigures, type FigureMiss } from '../lib/figures/score-figures';

export function evalFigures(files: readonly string[], json: boolean): void {
  const texts = files.flatMap((file) => parseFigureCorpus(readFileSync(file, 'utf8')));
  const report = scoreFigures(texts, texts.map((t) => readFigures(t.text)));
  const { precision, recall, f1, tp, fp, fn } = report.figures;
  if (json) {
    console.log(JSON.stringify({ figures: { precision, recall, f1, tp, fp, fn } }));
    return;
  }
  const pct = (x: number) => (x * 100).toFixed(1);
  console.log(`${texts.length} texts from ${files.join(', ')}\n`);
  console.log(`figures  P ${pct(precision)}%  R ${pct(recall)}%  F1 ${pct(f1)}%   tp/fp/fn ${tp}/${fp}/${fn}`);
  const list = (title: string, items: FigureMiss[]) => {
    console.log(`\n${title}: ${items.length}`);
    for (const m of items) console.log(`  ${m.id}  ${m.quantity} ${m.value}  "${m.words}"`);
  };
  list('False positives', report.falsePositives);
  list('Misses', report.misses);
}
