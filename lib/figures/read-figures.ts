// Reads the figures of known quantities in a text (a paragraph of EN/FR/NL/DE news):
// "3,000 jobs", "30 000 m²", "1,2 million de tonnes", "€75m". What a figure measures comes
// from the words around it: its unit, or the thing counted just before it ("a workforce
// of 300"), or the other end of its range ("200 to 220 staff"). Years, dates, times,
// percentages, labels (page 12, flight 123) and phone numbers are never figures, and a
// figure whose quantity the words do not settle is left out: unsure means nothing.
import type { FigureQuantity, TextFigure } from '../types';
import { NUMBER, parseNumber, standsAlone } from './numbers';
import {
  AFTER_BARE, COLLECTIVE, COMPARED, COMPOUND_HEADS, COUNTED_BEFORE, DAY_AFTER_MONTH, EMPLOY, LABELS, LINKERS, MODIFIERS, MONTHS,
  MULTIPLIERS, NUMBER_OF, OF_AFTER_MULTIPLIER, PEOPLE, PERCENT, RANGE, TIME, UNITS, WEAK_MULTIPLIERS,
} from './words';

interface Token {
  /** Lower case. */
  w: string;
  raw: string;
  start: number;
  end: number;
  /** What stands between the previous token (or the number) and this one. */
  gap: string;
}

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const GAP = new RegExp(`${SPACE}*(?:-${SPACE}*)?`, 'uy');
const WORD_SOURCE = String.raw`us\$|a\$|hk\$|n°|km²|m²|m2|[€$£¥%:]|[dl]['’]|[\p{L}\p{M}]+`;
const WORD = new RegExp(WORD_SOURCE, 'iuy');
const WORDS = new RegExp(WORD_SOURCE, 'giu');
/** Abbreviations whose full stop belongs to them ("1,2 Mio. Tonnen", "p. 12"). */
const ABBREVIATIONS = new Set(['mio', 'mln', 'mrd', 'mld', 'md', 'sq', 'p', 'pp', 'no', 'nr', 'blz', 'art', 'tel', 'tél', 's']);
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(US\$|A\$|HK\$|\$|€|£|¥|EUR|USD|CHF|RMB)[ \u00a0\u202f]?$/u;
/** Units written as symbols: after a year-like number they still make it a figure ("2000 m²"). */
const SYMBOLS = new Set(['m²', 'm2', 'km²', 't', 'mt', 'kt', 'ha', '€', '$', 'us$', 'eur']);
/** Where the clause a number sits in starts, looking back. */
const CLAUSE_START = /[.!?;(\n](?=\s|$)|[;(\n]/gu;

function tokensAfter(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  while (out.length < max) {
    GAP.lastIndex = pos;
    GAP.exec(text);
    WORD.lastIndex = GAP.lastIndex;
    const m = WORD.exec(text);
    if (!m) break;
    let end = WORD.lastIndex;
    const w = m[0].toLowerCase();
    if (text[end] === '.' && ABBREVIATIONS.has(w)) end++;
    out.push({ w, raw: m[0], start: m.index, end, gap: text.slice(pos, m.index) });
    pos = end;
  }
  return out;
}

/** The words of the clause before `pos`, nearest last. */
function clauseBefore(text: string, pos: number): Token[] {
  const from = Math.max(0, pos - 80);
  const before = text.slice(from, pos);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_START)) cut = m.index + m[0].length;
  return [...before.slice(cut).matchAll(WORDS)].map((m) => ({
    w: m[0].toLowerCase(),
    raw: m[0],
    start: from + cut + m.index,
    end: from + cut + m.index + m[0].length,
    gap: '',
  }));
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), ...[...text.slice(0, start).matchAll(/[.!?]\s/g)].map((m) => m.index));
  const after = text.slice(end).search(/[.!?](\s|$)|\n/);
  return text.slice(from + 1, after < 0 ? text.length : end + after);
}

/** A standard's or a model's name before a number makes it a code: "ISO 9001", "DIN 70020", an
 * aircraft's "A 380" or "B 747" (a currency code does not). */
const isCode = (word: string, written: string) =>
  (/^\p{Lu}[\p{Lu}\d]+$/u.test(word) && !CURRENCY_BEFORE.test(word)) || (/^[AB]$/.test(word) && /^\d{3}$/.test(written));
/** What a model's name is followed by as readily as a count is: "A 380 staff shuttle", "A 330 flights". */
const AFTER_MODEL = new Set<Unit['quantity']>(['people', 'staff', 'flights', 'movements']);
/** The start of a sentence (or of the text, a line, a quote, brackets, what follows a colon,
 * a dash or a bullet), where a capital "A" is the article. */
const OPENS_SENTENCE = /(?:^|[.!?…\n"“‘«(:–—•-])[\s"'“‘«(]*$/u;
/** A day of the month after an English month's name ("June 12"); "June 300,000", "mai 2 400",
 * "im Mai 18 Flüge" or "Januar 1,2 Mio." are amounts. */
const isDay = (month: string, written: string) => DAY_AFTER_MONTH.has(month) && /^\d{1,2}$/.test(written) && Number(written) <= 31;

interface Unit {
  quantity: FigureQuantity | 'people';
  factor: number;
  token: Token;
  symbol: boolean;
}

function unitAt(tokens: Token[], from: number): Unit | undefined {
  let skipped = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (j > from && !/^[ \u00a0\u202f\u2009-]+$/u.test(t.gap)) return undefined;
    const next = tokens[j + 1];
    const joined = next && /^[ \u00a0\u202f\u2009]*-?[ \u00a0\u202f\u2009]*$/u.test(next.gap);
    const pair = joined ? UNITS.get(`${t.w} ${next.w}`) : undefined;
    if (pair) return { ...pair, factor: pair.factor ?? 1, token: next, symbol: false };
    // Hyphenated modifiers and prefixes: "high-tech jobs", "e-commercepakjes".
    if (next?.gap === '-' && (t.w.length === 1 || MODIFIERS.has(`${t.w}-${next.w}`))) {
      if (t.w.length > 1) j++;
      if (++skipped > 2) return undefined;
      continue;
    }
    // The first part of a compound is no unit: "euro-pallets", "job-seekers", "flight-hours".
    if (next?.gap === '-') return undefined;
    const single = UNITS.get(t.w);
    // A lone "t" is tonnes only in lower case; "T" is anything else.
    if (single && (t.w !== 't' || t.raw === 't')) {
      return { ...single, factor: single.factor ?? 1, token: t, symbol: SYMBOLS.has(t.w) };
    }
    const head = COMPOUND_HEADS.find(([h]) => t.w.length > h.length + 2 && t.w.endsWith(h));
    if (head) return { quantity: head[1], factor: 1, token: t, symbol: false };
    if (PEOPLE.has(t.w)) return { quantity: 'people', factor: 1, token: t, symbol: false };
    if (!MODIFIERS.has(t.w) || ++skipped > 2) return undefined;
  }
  return undefined;
}

/** Text between a counted word and its number: words, and years ("eind 2023 ongeveer 300"). */
const ONLY_WORDS = /^(?:[\p{L}\p{M}\s'’:-]|(?<!\d)(?:18|19|20)\d\d(?!\d))*$/u;

/**
 * The thing counted just before a number that has no unit: "a workforce of (about) 300",
 * "flights rose to 2,400", "the number of direct flights from China rose to 2,400". With
 * `bare` false, words follow the number, and only a collective noun settles what it counts.
 */
function countedBefore(text: string, start: number, bare: boolean): FigureQuantity | undefined {
  const words = clauseBefore(text, start);
  let k = words.length - 1;
  for (let linkers = 0; k >= 0 && LINKERS.has(words[k].w); k--) if (++linkers > 6) return undefined;
  const counted = (i: number) => {
    const q = COUNTED_BEFORE.get(words[i]?.w);
    const ok = q && (bare || COLLECTIVE.has(words[i].w)) && ONLY_WORDS.test(text.slice(words[i].end, start));
    return ok ? q : undefined;
  };
  if (k < 0) return undefined;
  if (COUNTED_BEFORE.has(words[k].w)) return counted(k);
  // "number of [two words at most] <counted thing>", a few words further back.
  for (let i = k; i >= Math.max(0, k - 6); i--) {
    if (!NUMBER_OF.has(words[i].w)) continue;
    for (let j = i + 1; j <= i + 4 && j <= k; j++) if (COUNTED_BEFORE.has(words[j].w)) return bare ? counted(j) : undefined;
  }
  return undefined;
}

interface Candidate {
  start: number;
  /** End of the number and its multiplier, where a range's joining word starts. */
  numberEnd: number;
  end: number;
  /** The number as written, its multiplier not applied. */
  base: number;
  multiplier: number;
  quantity?: FigureQuantity;
  /** A number read as something else (year, percentage, label…): it lends nothing to a range. */
  notFigure: boolean;
  /** Nothing but time words follow it ("9 million a year earlier"). */
  bare?: boolean;
  /** A year, a date, a time: it stands between figures without setting one against another. */
  when?: boolean;
}

function readAt(text: string, written: string, at: number): Candidate | undefined {
  const numberEnd = at + written.length;
  const after = tokensAfter(text, numberEnd, 6);
  const first = after[0];
  const attached = first && first.gap === '';
  const previous = clauseBefore(text, at).at(-1);
  // The "s" of a possessive is no label ("Cainiao's 30,000 m²", unlike "S. 12").
  const possessive = previous && /['’]$/.test(text.slice(0, previous.start));
  const before = previous && !possessive && /^[ \u00a0.]*$/.test(text.slice(previous.end, at));
  // "A 300 m² office opened": a sentence's first "A" may be the article, not an Airbus; it is
  // only where a unit no model's name takes follows ("A 380 landed", "A 380 staff shuttle" stay models).
  const article = before && previous.raw === 'A' && isCode('A', written) && OPENS_SENTENCE.test(text.slice(0, previous.start));
  const label = before && !article && (LABELS.has(previous.w) || isDay(previous.w, written) || isCode(previous.raw, written));
  const pair = first && after[1] ? `${first.w} ${after[1].w}` : '';
  const when = !!(first && (TIME.has(first.w) || MONTHS.has(first.w))) || (!!label && MONTHS.has(previous.w));
  if (label || when || (first && (PERCENT.has(first.w) || PERCENT.has(pair)))) {
    return { start: at, numberEnd, end: numberEnd, base: 0, multiplier: 1, notFigure: true, when };
  }
  const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  const start = currency ? at - currency[0].length + (currency[0].length - currency[0].trimStart().length) : at;
  const multiplierWord = first && Object.hasOwn(MULTIPLIERS, first.w) && (attached || !WEAK_MULTIPLIERS.has(first.w) || first.w === 'm');
  const weak = multiplierWord && WEAK_MULTIPLIERS.has(first.w);
  let multiplier = multiplierWord ? MULTIPLIERS[first.w] : 1;
  const base = parseNumber(written, !!multiplierWord && !weak);
  const figure = (quantity: FigureQuantity | undefined, end: number): Candidate | undefined =>
    base === null ? undefined : { start, numberEnd: multiplierWord ? first.end : numberEnd, end, base, multiplier, quantity, notFigure: !quantity };
  const blocked = { start, numberEnd, end: numberEnd, base: base ?? 0, multiplier: 1, notFigure: true };
  if (base === null) return blocked;

  let from = multiplierWord ? 1 : 0;
  if (multiplierWord && !weak && after[1] && OF_AFTER_MULTIPLIER.has(after[1].w)) from = 2;
  const unit = unitAt(after, from);
  const year = /^\d{4}$/.test(written) && base >= 1800 && base <= 2100;
  if (year && !currency && !unit?.symbol) return { ...blocked, when: true };

  if (currency) return figure('money', unit?.quantity === 'money' ? unit.token.end : multiplierWord ? first.end : numberEnd);
  if (unit) {
    if (article && AFTER_MODEL.has(unit.quantity)) return blocked;
    multiplier *= unit.factor;
    if (unit.quantity !== 'people') return figure(unit.quantity, unit.token.end);
    return EMPLOY.test(sentenceAround(text, start, unit.token.end)) ? figure('staff', unit.token.end) : blocked;
  }
  if (article) return blocked;
  // Letters against the digits that are no unit make a code or an ordinal (5G, 7th, 1er).
  if (attached && !multiplierWord) return blocked;
  const rest = after[multiplierWord ? 1 : 0];
  const bare = !rest || !/^[ \u00a0\u202f\u2009]+$/u.test(rest.gap) || AFTER_BARE.has(rest.w);
  const counted = countedBefore(text, start, bare);
  // "3,700 m" is a length; "m" multiplies only what is known to be counted.
  if (weak && (!counted || counted === 'area')) return blocked;
  const end = multiplierWord ? first.end : numberEnd;
  return counted ? figure(counted, end) : { ...figure(undefined, end)!, notFigure: !bare, bare };
}

/** The end of the sentence before `pos`, to the previous sentence's full stop. */
const sameSentence = (between: string) => !/[.!?](?:\s|$)|\n/.test(between);

/**
 * A number with no quantity of its own takes the quantity of the other end of its range
 * ("200 to 220 staff"), or of the figure it is set against in the same sentence ("362 million
 * parcels in 2019, against 9 million a year earlier").
 */
function joinFigures(text: string, found: Candidate[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const c = found[k];
    const next = found[k + 1];
    if (c.quantity || c.notFigure || !next.quantity || !RANGE.test(text.slice(c.numberEnd, next.start))) continue;
    c.quantity = next.quantity;
    // "75 to 100 million euros": the first end shares the multiplier; "900 to 1.2 million" does not.
    if (c.multiplier === 1 && c.base < next.base) c.multiplier = next.multiplier;
    c.end = c.numberEnd;
  }
  for (let k = 1; k < found.length; k++) {
    const c = found[k];
    if (c.quantity || !c.bare) continue;
    const earlier = found.slice(0, k).findLast((f) => !f.when);
    const between = earlier && text.slice(earlier.end, c.start);
    // A bare "9 million" needs no such word: its multiplier says it is a figure, of the one before.
    if (!earlier?.quantity || !sameSentence(between!) || !(COMPARED.test(between!) || c.multiplier > 1)) continue;
    c.quantity = earlier.quantity;
    // "1.16 Mt, against 1.0 a year earlier": a small bare number shares the figure's multiplier.
    const scaled = c.base * earlier.multiplier;
    const value = earlier.base * earlier.multiplier;
    if (c.multiplier === 1 && c.base < 1000 && scaled >= value / 100 && scaled <= value * 100) c.multiplier = earlier.multiplier;
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function readFigures(text: string): TextFigure[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if (!standsAlone(text, m.index)) continue;
    const c = readAt(text, m[0], m.index);
    if (c) found.push(c);
  }
  joinFigures(text, found);
  return found.flatMap((c) =>
    c.quantity ? [{ quantity: c.quantity, value: round(c.base * c.multiplier), start: c.start, end: c.end }] : [],
  );
}
