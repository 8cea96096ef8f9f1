// Numbers as EN/FR/NL/DE news write them: 3,000 · 3.000 · 3 000 (also with a no-break or
// narrow no-break space) · 1,2 · 1.16 · 1,162,899 · 1.234,5. Number words are out of scope.

/** Spaces that may group thousands: plain, no-break, narrow no-break, thin. */
export const GROUP_SPACE = ' \u00a0\u202f\u2009';
const SP = `[${GROUP_SPACE}]`;

/**
 * A number standing on its own: not part of a word or code (A380, COVID-19, 05R), of a date,
 * time or phone number (30.09.2019, 23:00, 04 234 84 11), nor right after a "+" (+32).
 * One after another number and a space is only one after a year (see readFigures).
 */
export const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_+#№]|[\p{L}\p{N}][.,\-/:])` +
    String.raw`(?:\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:${SP}\d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)` +
    String.raw`(?!\p{N}|[.,/:\-]\d|${SP}\d)`,
  'gu',
);

/**
 * False when the number at `at` continues a run of digits after a space (04 234 84 11):
 * only a year may stand there ("in 2023 33.548 bewegingen").
 */
export function standsAlone(text: string, at: number): boolean {
  const run = new RegExp(`(\\d+)${SP}$`).exec(text.slice(Math.max(0, at - 12), at));
  if (!run) return true;
  const before = text.slice(0, at - run[0].length);
  const year = /^(18|19|20)\d\d$/.test(run[1]);
  return year && !/(?:[\d.,:/\-]|\d\s)$/.test(before);
}

/**
 * The value of a number as written, or null for forms that are codes rather than amounts
 * ("04", "007"). A single "," or "." before exactly three digits groups thousands
 * (3,000 · 3.000), except before a multiplier word, where it is a decimal point
 * ("1.163 million"); before any other count of digits it is a decimal point (1,2 · 1.16).
 */
export function parseNumber(written: string, beforeMultiplier = false): number | null {
  const s = written.replace(new RegExp(SP, 'g'), '');
  const spaced = s.length !== written.length;
  if (/^0\d/.test(s)) return null;
  const marks = s.match(/[.,]/g) ?? [];
  let decimal: string | undefined;
  if (spaced) decimal = marks[0];
  else if (new Set(marks).size === 2) decimal = marks[marks.length - 1];
  else if (marks.length === 1) {
    const after = s.length - s.indexOf(marks[0]) - 1;
    const grouping = after === 3 && !beforeMultiplier && !s.startsWith('0');
    if (!grouping) decimal = marks[0];
  }
  const [int, frac = ''] = decimal ? [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)] : [s];
  const value = Number(`${int.replace(/[.,]/g, '')}.${frac || '0'}`);
  return Number.isFinite(value) ? value : null;
}
