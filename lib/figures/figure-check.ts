// The number check: each figure of a known quantity a paragraph states, beside the notes'
// sourced figures of what it most likely measures: the same quantity, of the same owner (the
// hub, the airport, the VSSE, customs), for the same thing the words name. No verdict: the
// reader compares. Pure; runs in the background (the card's paragraph) and the popup (the
// page's excerpts).
import { FACT_QUANTITIES, FIGURE_KINDS, type Fact, type FactFigure, type FactQuantity, type FigureQuantity, type TextFigure } from '../types';
import { ownerOf, type Owner } from './figure-owner';
import { readFigures } from './read-figures';

/** A note's figure, with what a reader needs to weigh it. */
export interface NoteFigure extends FactFigure {
  factId: string;
  /** Claims are shown with who made them. */
  fact: Pick<Fact, 'kind' | 'attribution'>;
}

export interface FigureCheck {
  quantity: FigureQuantity;
  /** The figure as the paragraph writes it, with the hedge before it ("more than 3,000 people"):
   * each way it is written, where the paragraph states it again ("about 30,000 m²", "30,000 m²"). */
  written: string[];
  value: number;
  notes: NoteFigure[];
}

/** At most this many note figures per paragraph figure: the card is small. */
export const MAX_NOTE_FIGURES = 4;

/** Jobs promised and people employed answer the same question: how many work there. */
const COMPARABLE: Partial<Record<FigureQuantity, FigureQuantity[]>> = { jobs: ['jobs', 'staff'], staff: ['jobs', 'staff'] };

/** Whose figures each quantity of the notes holds ("liege", the place, stands for the hub's site and the airport). */
const OWNERS: Record<FactQuantity, Owner[]> = {
  'site-area': ['cainiao', 'liege'], 'warehouse-area': ['cainiao', 'liege'], 'planned-total-area': ['cainiao', 'liege'],
  'planned-halls-area': ['cainiao', 'liege'], 'planned-hall-area': ['cainiao', 'liege'],
  'jobs-direct': ['cainiao'], 'jobs-indirect': ['cainiao'], 'jobs-total': ['cainiao'], 'hub-staff': ['cainiao'],
  'vsse-staff': ['vsse'], 'customs-staff': ['customs'],
  investment: ['cainiao'], 'investment-first-phase': ['cainiao'], 'investment-second-hall': ['cainiao'],
  fine: ['alibaba', 'cainiao'], 'ipo-proceeds': ['alibaba', 'cainiao'], buyout: ['alibaba', 'cainiao'], 'trade-deficit': ['belgium'],
  'cargo-tonnes': ['airport', 'liege'], 'hub-flights': ['cainiao'], 'china-flights': ['airport', 'liege'],
  'night-flights': ['airport', 'liege'], movements: ['airport', 'liege'], 'cargo-movements': ['airport', 'liege'],
  parcels: ['airport', 'liege', 'customs'],
};

/** Quantities shown only where words near the figure name them: a plan, a part, a kind of flight. */
const NAMED_ONLY = new Set<FactQuantity>([
  'planned-total-area', 'planned-halls-area', 'planned-hall-area', 'investment', 'investment-first-phase',
  'investment-second-hall', 'fine', 'trade-deficit', 'ipo-proceeds', 'buyout', 'china-flights', 'night-flights', 'cargo-movements',
]);

/** Words that make a building another than the one that stands: a second, new or further one. */
const ANOTHER = 'second|new|another|further|deuxième|seconde?|nouvel(?:le)?s?|nouveaux?|autre|tweede|nieuwe?|nog een|zweite[snr]?|neue[snr]?|weitere[snr]?';
/** The hub's buildings, in all four languages. */
const BUILDINGS = 'warehouses?|halls?|entrepôts?|magazijn(?:en)?|hal|hallen|halle|lager(?:halle)?n?';
const words = (source: string) => new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'iu');

/** Words near a figure that say which of the notes' finer quantities it is about. */
const HINTS: [RegExp, FactQuantity[]][] = [
  [/extension|expan|agrandi|uitbreid|erweiter|tripl|verdrievoudig/iu, ['planned-total-area', 'planned-halls-area', 'planned-hall-area']],
  [words(`(?:${ANOTHER})\\s+(?:${BUILDINGS})`), ['planned-halls-area', 'planned-hall-area', 'investment-second-hall']],
  [/warehouse|hall|building|entrepôt|bâtiment|magazijn|\bhal\b|gebouw|halle|lager|gebäude/iu, ['warehouse-area']],
  [/plot|land|site|terrain|parcelle|perceel|terrein|grundstück|gelände/iu, ['site-area']],
  [/invest/iu, ['investment', 'investment-first-phase']],
  [/fine|amende|boete|strafe|bußgeld/iu, ['fine']],
  [/deficit|déficit|tekort|defizit/iu, ['trade-deficit']],
  [/buy.?out|rachat|uitkoop|übernahme/iu, ['buyout']],
  [/\bipo\b|listing|cotation|beursgang|börsengang/iu, ['ipo-proceeds']],
  [/night|nuit|nacht/iu, ['night-flights']],
  [/\bchin/iu, ['china-flights']],
  [/cargo|freight|fret|vracht|fracht/iu, ['cargo-movements']],
];
/** The hub as a whole: its area is the site's or the warehouse's, where nothing finer is named. */
const HUB = words('e-?hub|hub|smart hub');
/** Other things with an area, whose figures the notes do not hold: "a 3,000 m² office block". */
const OTHER_AREAS = words(
  'offices?|office block|car parks?|parking|parkings|bureaux?|kantoor|kantoren|parkeerterrein|parkeerplaats|büros?|bürogebäude|parkplatz|parkhaus',
);

/** "Each", "every", "per", "a" before a period's noun ("elke dag", "jeden Tag", "chaque jour"). */
const EVERY = '(?:a|an|per|each|every|par|chaque|pro|am|elke|elk|ieder|iedere|jede|jeden|jedes)';
const period = (nouns: string, adjectives: string) =>
  new RegExp(`(?<!\\p{L})(?:${EVERY} (?:${nouns})|${adjectives})(?!\\p{L})`, 'iu');
/** A rate's period, in the article's words or a note's unit ("parcels a day"): a day's count is no year's. */
const PERIODS: [string, RegExp][] = [
  ['day', period('day|jour|dag|tag', 'daily|quotidien\\p{L}*|dagelijks\\p{L}*|täglich\\p{L}*')],
  ['week', period('week|semaine|woche', 'weekly|hebdomadaire\\p{L}*|wekelijks\\p{L}*|wöchentlich\\p{L}*')],
  ['month', period('month|mois|maand|monat', 'monthly|mensuel\\p{L}*|maandelijks\\p{L}*|monatlich\\p{L}*')],
  ['half', /(?<!\p{L})(?:six months|half[- ]year|first half|semestre|halfjaar|halbjahr)(?!\p{L})/iu],
  ['year', period('year|an|année|jaar|jahr', 'annual\\p{L}*|yearly|annuel\\p{L}*|jaarlijks\\p{L}*|jährlich\\p{L}*')],
];
const periodOf = (words: string) => PERIODS.find(([, re]) => re.test(words))?.[0];

/** One month's total: "in October alone", "le mois dernier", "vorige maand", "im Oktober". */
const A_MONTH = new RegExp(
  '(?<!\\p{L})(?:january|february|march|april|june|july|august|september|october|november|december|' +
    'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
    'januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar|märz|dezember|' +
    '(?:last|this|that|the same) month|(?:le|ce) mois|(?:vorige|deze|die|dezelfde) maand|(?:letzten|vorigen|diesen|im) monat)(?!\\p{L})',
  'iu',
);
/** English "May", not the verb "may". */
const MAY = /(?<!\p{L})May(?!\p{L})/u;
/** …unless the words make it a year's or part of one ("in the year to October", "depuis janvier"). */
const OVER_MONTHS = words(
  'years?|années?|l[’\']an|jaar|jahr\\p{L}*|semestre|halfjaar|halbjahr|quarter|trimestre|kwartaal|quartal|since|depuis|sinds|seit|to date',
);
/** The notes' tonnages are a year's, though their unit says only "t". */
const YEARLY_TOTALS = new Set<FactQuantity>(['cargo-tonnes']);
const notePeriod = (f: FactFigure) => periodOf(f.unit) ?? (YEARLY_TOTALS.has(f.quantity) ? 'year' : undefined);

/** The clause before `at`, back to a comma, a semicolon or the sentence's start; the one after, 30 characters at most. */
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, at - 60), at).split(/[.!?;:,]\s/u).at(-1)!;
const clauseAfter = (text: string, at: number) => text.slice(at, at + 30).split(/[.!?;:,]\s/u)[0];
const sentenceBefore = (text: string, at: number) => text.slice(Math.max(0, at - 120), at).split(/[.!?]\s/u).at(-1)!;

/**
 * The period the article gives a figure: a rate's ("1,5 million de colis traités chaque jour",
 * "elke dag 1,5 miljoen pakjes"), looked for after it, then in its clause before it; else a
 * month's total ("in October alone", "En novembre, …") where no word makes it a year's.
 */
function periodNear(text: string, found: TextFigure): string | undefined {
  const after = clauseAfter(text, found.end);
  const rate = periodOf(text.slice(found.start, found.end) + after) ?? periodOf(clauseBefore(text, found.start));
  if (rate) return rate;
  const around = sentenceBefore(text, found.start) + text.slice(found.start, found.end) + after;
  return (A_MONTH.test(around) || MAY.test(around)) && !OVER_MONTHS.test(around) ? 'month' : undefined;
}

const HINT_REACH = 80;

/** The hedge the article puts before its figure ("more than 3,000"): shown as written. */
const HEDGE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(?:just|well) )?(?:about|around|approximately|roughly|some|nearly|almost|close to|more than|over|' +
    'at least|up to|as many as|fewer than|less than|under|environ|près de|presque|quelque|plus de|au moins|jusqu[\'’]à|' +
    'moins de|un peu plus de|ongeveer|zowat|bijna|circa|meer dan|ruim|minstens|minder dan|zo[\'’]n|etwa|rund|ungefähr|' +
    'fast|knapp|mehr als|über|mindestens|bis zu|weniger als|ca\\.)\\s+$',
  'iu',
);

/** Where a figure at `start` begins with the hedge written before it. */
export function hedgedStart(text: string, start: number): number {
  const hedge = HEDGE.exec(text.slice(Math.max(0, start - 30), start));
  return hedge ? start - hedge[0].length : start;
}

const newestFirst = (a: NoteFigure, b: NoteFigure) => (b.holdsFor ?? '').localeCompare(a.holdsFor ?? '');
/** How note figures are listed, in the card and the popup alike: oldest first, undated last. */
export const oldestFirst = (a: Pick<FactFigure, 'holdsFor'>, b: Pick<FactFigure, 'holdsFor'>) =>
  (a.holdsFor ?? '\uffff').localeCompare(b.holdsFor ?? '\uffff');

/**
 * Which of the notes' figures for a quantity sit beside an article's figure of `value`, at
 * most `max`, oldest first (undated last):
 * 1. of each kind, the figure the most sources give (then the newest): what was promised
 *    beside what was measured;
 * 2. where the notes give the article's value (within 0.5 %), the best sourced such figure:
 *    the reader sees where the article's number may come from;
 * 3. the newest of the rest.
 * The same statement (quantity, value, kind, bound) from two notes shows once, with its newest
 * date and that note's hedge: "about 30,000 m²" and "30,000 m²" say the same; "more than 200"
 * and "200" do not.
 */
export function pickNoteFigures(figures: readonly NoteFigure[], value: number, max = MAX_NOTE_FIGURES): NoteFigure[] {
  const seen = new Set<string>();
  const newest = [...figures].sort(newestFirst).filter((f) => {
    // Whose statement it is counts too: a response never merges into a claim of the same value.
    const key = `${f.quantity}|${f.value}|${f.kind}|${f.qualifier === 'about' ? undefined : f.qualifier}|${f.fact.kind}|${JSON.stringify(f.fact.attribution)}`;
    return !seen.has(key) && seen.add(key);
  });
  const bestSourced = [...newest].sort((a, b) => b.sources.length - a.sources.length);
  const picked = new Set(FIGURE_KINDS.flatMap((k) => bestSourced.filter((f) => f.kind === k).slice(0, 1)));
  const same = bestSourced.find((f) => Math.abs(f.value - value) <= 0.005 * value);
  if (same && ![...picked].some((f) => f.value === same.value)) picked.add(same);
  for (const f of newest) if (picked.size < max) picked.add(f);
  return [...picked].sort(oldestFirst);
}

/**
 * The notes' figures a paragraph's figure should sit beside, oldest first: of a quantity it
 * compares with, whose owner is the figure's, of the same period where both give one, and of
 * what the words near it name; where they name nothing, only the quantities that need no name.
 */
function noteFiguresFor(paragraph: string, found: TextFigure, pool: NoteFigure[]): NoteFigure[] {
  const owner = ownerOf(paragraph, found.start, found.end, found.quantity === 'tonnes');
  if (!owner) return [];
  const wanted = COMPARABLE[found.quantity] ?? [found.quantity];
  const period = periodNear(paragraph, found);
  const candidates = pool.filter((f) => {
    const theirs = notePeriod(f);
    return wanted.includes(FACT_QUANTITIES[f.quantity]) && OWNERS[f.quantity].includes(owner) && !(period && theirs && period !== theirs);
  });
  const near = paragraph.slice(Math.max(0, found.start - HINT_REACH), found.start + HINT_REACH);
  const hinted = HINTS.filter(([words]) => words.test(near)).flatMap(([, qs]) => qs);
  // An area is the site's or a building's only where the words name it: an office block in the
  // figure's own clause is neither, whatever else the sentence names.
  if (found.quantity === 'area') {
    if (OTHER_AREAS.test(clauseBefore(paragraph, found.start) + clauseAfter(paragraph, found.end))) return [];
    if (!hinted.some((q) => FACT_QUANTITIES[q] === 'area')) {
      if (!HUB.test(near)) return [];
      hinted.push('site-area', 'warehouse-area');
    }
  }
  // A second hall or an extension is not the first warehouse, though it is a hall too.
  const planned = hinted.some((q) => q.startsWith('planned-'));
  const narrowed = candidates.filter((f) => hinted.includes(f.quantity) && !(planned && f.quantity === 'warehouse-area'));
  return pickNoteFigures(narrowed.length ? narrowed : candidates.filter((f) => !NAMED_ONLY.has(f.quantity)), found.value);
}

const sameNotes = (a: readonly NoteFigure[], b: readonly NoteFigure[]) => a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * The figures `paragraph` states, each with the notes' figures of what it measures. A figure
 * stated again beside the same notes' figures is listed once, with each way it is written.
 */
export function checkFigures(paragraph: string, facts: readonly Fact[]): FigureCheck[] {
  const pool = facts
    .filter((f) => f.figures)
    .flatMap((f) => f.figures!.map((g): NoteFigure => ({ ...g, factId: f.id, fact: { kind: f.kind, attribution: f.attribution } })));
  const checks: FigureCheck[] = [];
  for (const found of readFigures(paragraph)) {
    const notes = noteFiguresFor(paragraph, found, pool);
    if (!notes.length) continue;
    const written = paragraph.slice(hedgedStart(paragraph, found.start), found.end);
    const same = checks.find((c) => c.quantity === found.quantity && c.value === found.value && sameNotes(c.notes, notes));
    if (!same) checks.push({ quantity: found.quantity, written: [written], value: found.value, notes });
    else if (!same.written.includes(written)) same.written.push(written);
  }
  return checks;
}
