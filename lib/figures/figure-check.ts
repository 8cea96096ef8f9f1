// The number check: each figure of a known quantity a paragraph states, beside the notes'
// sourced figures for that quantity. No verdict: the reader compares. Pure; runs in the
// background (the card's paragraph) and the popup (the page's excerpts).
import { FACT_QUANTITIES, type Fact, type FactFigure, type FactQuantity, type FigureQuantity, type TopicId } from '../types';
import { readFigures } from './read-figures';

/** A note's figure, with what a reader needs to weigh it. */
export interface NoteFigure extends FactFigure {
  factId: string;
  /** Claims are shown with who made them. */
  fact: Pick<Fact, 'kind' | 'attribution'>;
}

export interface FigureCheck {
  quantity: FigureQuantity;
  /** The figure as the paragraph writes it. */
  written: string;
  value: number;
  notes: NoteFigure[];
}

/** At most this many note figures per paragraph figure: the card is small. */
export const MAX_NOTE_FIGURES = 4;

/** Jobs promised and people employed answer the same question: how many work there. */
const COMPARABLE: Partial<Record<FigureQuantity, FigureQuantity[]>> = { jobs: ['jobs', 'staff'], staff: ['jobs', 'staff'] };

/** Words near a figure that say which of the notes' finer quantities it is about. */
const HINTS: [RegExp, FactQuantity[]][] = [
  [/extension|expan|agrandi|uitbreid|erweiter|second hall|deuxième hall|tweede hal|zweite halle/iu, ['planned-area']],
  [/warehouse|hall|building|entrepôt|bâtiment|magazijn|\bhal\b|gebouw|halle|lager|gebäude/iu, ['warehouse-area']],
  [/plot|land|site|terrain|parcelle|perceel|terrein|grundstück|gelände/iu, ['site-area']],
  [/invest/iu, ['investment']],
  [/fine|amende|boete|strafe|bußgeld/iu, ['fine']],
  [/deficit|déficit|tekort|defizit/iu, ['trade-deficit']],
  [/buy.?out|rachat|uitkoop|übernahme/iu, ['buyout']],
  [/\bipo\b|listing|cotation|beursgang|börsengang/iu, ['ipo-proceeds']],
  [/night|nuit|nacht/iu, ['night-flights']],
];
const HINT_REACH = 80;

/** The notes' figures a paragraph's figure should sit beside, oldest first. */
function noteFiguresFor(paragraph: string, at: number, quantity: FigureQuantity, pool: NoteFigure[]): NoteFigure[] {
  const wanted = COMPARABLE[quantity] ?? [quantity];
  const candidates = pool.filter((f) => wanted.includes(FACT_QUANTITIES[f.quantity]));
  const near = paragraph.slice(Math.max(0, at - HINT_REACH), at + HINT_REACH);
  const hinted = HINTS.filter(([words]) => words.test(near)).flatMap(([, qs]) => qs);
  const narrowed = candidates.filter((f) => hinted.includes(f.quantity));
  // A sum of money of what? Unsure means nothing.
  if (!narrowed.length && quantity === 'money') return [];
  // Newest first; the same figure stated by two notes shows once, with its newest date.
  const seen = new Set<string>();
  const newest = [...(narrowed.length ? narrowed : candidates)]
    .sort((a, b) => (b.holdsFor ?? '').localeCompare(a.holdsFor ?? ''))
    .filter((f) => {
      const key = `${f.quantity}|${f.value}|${f.kind}`;
      return !seen.has(key) && seen.add(key);
    });
  // One of each kind that exists (promised and measured both), then the newest.
  const picked = new Set(['promised', 'planned', 'measured'].flatMap((k) => newest.filter((f) => f.kind === k).slice(0, 1)));
  for (const f of newest) if (picked.size < MAX_NOTE_FIGURES) picked.add(f);
  return newest.filter((f) => picked.has(f)).reverse();
}

/** The figures `paragraph` states, each with the figures of `topic`'s notes for its quantity. */
export function checkFigures(paragraph: string, facts: readonly Fact[], topic: TopicId): FigureCheck[] {
  const pool = facts
    .filter((f) => f.topic === topic && f.figures)
    .flatMap((f) => f.figures!.map((g): NoteFigure => ({ ...g, factId: f.id, fact: { kind: f.kind, attribution: f.attribution } })));
  return readFigures(paragraph).flatMap((found) => {
    const notes = noteFiguresFor(paragraph, found.start, found.quantity, pool);
    return notes.length ? [{ quantity: found.quantity, written: paragraph.slice(found.start, found.end), value: found.value, notes }] : [];
  });
}
