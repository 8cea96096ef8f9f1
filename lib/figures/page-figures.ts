// The popup's number check: the figures the page's mentions' paragraphs state (the excerpts
// the content script reports: whole paragraphs, bounded, cut at sentence ends only), grouped
// by quantity, each group with the notes' figures for it. Pure.
import { FIGURE_QUANTITIES, type Fact, type FigureQuantity } from '../types';
import { checkFigures, oldestFirst, type NoteFigure } from './figure-check';

export interface FigureGroup {
  quantity: FigureQuantity;
  /** The page's figures of this quantity as written, each once. */
  written: string[];
  /** The notes' figures for them, each once, oldest first. */
  notes: NoteFigure[];
}

export function pageFigures(mentions: readonly { excerpt: string }[], facts: readonly Fact[]): FigureGroup[] {
  const read = new Set<string>();
  const groups = new Map<FigureQuantity, { written: Set<string>; notes: Map<string, NoteFigure> }>();
  for (const { excerpt } of mentions) {
    if (read.has(excerpt)) continue;
    read.add(excerpt);
    for (const check of checkFigures(excerpt, facts)) {
      let group = groups.get(check.quantity);
      if (!group) groups.set(check.quantity, (group = { written: new Set(), notes: new Map() }));
      for (const w of check.written) group.written.add(w);
      for (const n of check.notes) group.notes.set(`${n.factId}|${n.quantity}|${n.value}|${n.kind}`, n);
    }
  }
  return FIGURE_QUANTITIES.flatMap((quantity) => {
    const group = groups.get(quantity);
    if (!group) return [];
    const notes = [...group.notes.values()].sort(oldestFirst);
    return [{ quantity, written: [...group.written], notes }];
  });
}
