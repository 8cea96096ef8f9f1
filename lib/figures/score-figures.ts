// Scoring of read figures against an annotated figure corpus (tests/corpus/figures.txt):
// a found figure is right when its quantity is the same, its value within 0.5 % and its
// span overlaps the annotated one; each annotated figure is matched once, so a second
// find on the same figure is a false positive.
import type { FigureQuantity, TextFigure } from '../types';

export interface FigureText {
  id: string;
  lang: string;
  text: string;
  figures: TextFigure[];
}

export interface FigureScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface FigureMiss {
  id: string;
  quantity: FigureQuantity;
  value: number;
  words: string;
}

export interface FigureReport {
  figures: FigureScore;
  falsePositives: FigureMiss[];
  misses: FigureMiss[];
}

export const VALUE_TOLERANCE = 0.005;

export function parseFigureCorpus(jsonl: string): FigureText[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FigureText);
}

export function sameFigure(found: TextFigure, annotated: TextFigure): boolean {
  return (
    found.quantity === annotated.quantity &&
    Math.abs(found.value - annotated.value) <= VALUE_TOLERANCE * Math.abs(annotated.value) &&
    found.start < annotated.end &&
    annotated.start < found.end
  );
}

/** `found[i]` are the figures read in `texts[i]`. */
export function scoreFigures(texts: readonly FigureText[], found: readonly (readonly TextFigure[])[]): FigureReport {
  let tp = 0;
  const falsePositives: FigureMiss[] = [];
  const misses: FigureMiss[] = [];
  texts.forEach((t, i) => {
    const describe = (f: TextFigure): FigureMiss => ({ id: t.id, quantity: f.quantity, value: f.value, words: t.text.slice(f.start, f.end) });
    const open = new Set(t.figures);
    for (const f of found[i] ?? []) {
      const match = [...open].find((a) => sameFigure(f, a));
      if (match) {
        open.delete(match);
        tp++;
      } else falsePositives.push(describe(f));
    }
    misses.push(...[...open].map(describe));
  });
  const fp = falsePositives.length;
  const fn = misses.length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { figures: { precision, recall, f1, tp, fp, fn }, falsePositives, misses };
}
