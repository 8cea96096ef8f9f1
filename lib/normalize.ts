// Text folding for matching: case, accents, letter variants, quotes, dashes,
// invisible characters and spaces, with a map back to the original offsets.

export interface Normalized {
  /** The folded text. */
  text: string;
  /**
   * `map[i]` is the UTF-16 offset in the original of the character that produced
   * `text[i]`; `map[text.length]` is the original length. So a folded range
   * [s, e) is the original range [map[s], map[e]).
   */
  map: Int32Array;
}

export interface NormalizeOptions {
  /** Fold everything but letter case (used to check case-sensitive aliases). */
  keepCase?: boolean;
}

// Letters and punctuation that Unicode decomposition does not fold.
const SPECIAL: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '‵': "'", 'ʼ': "'", 'ʻ': "'", '´': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⁃': '-',
  '﹘': '-', '﹣': '-', '－': '-', '⸺': '-', '⸻': '-',
  '\u2028': '\n', '\u2029': '\n',
};
const SPACE = /^\s$/u;
const INVISIBLE = /^\p{Cf}$/u; // soft hyphen, zero-width and bidi marks
const MARKS = /\p{M}/gu;

/** Folds one code point (given as a string). */
function foldCodePoint(ch: string, keepCase: boolean): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x3400 && c <= 0x9fff) return ch; // CJK ideographs fold to themselves: skip the slow checks
  if (c >= 0xac00 && c <= 0xd7a3) return ch; // Hangul syllables would decompose into jamo
  if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return '\ufffd'; // lone surrogate
  const special = SPECIAL[ch];
  if (special !== undefined) return keepCase ? special : special.toLowerCase();
  if (ch === '\n') return ch;
  if (INVISIBLE.test(ch)) return ''; // before SPACE: \s includes U+FEFF
  if (SPACE.test(ch)) return ' ';
  let out = ch.normalize('NFKD').replace(MARKS, '');
  if (!keepCase) out = out.toLowerCase();
  let folded = '';
  for (const o of out) folded += o === ch ? o : foldCodePoint(o, keepCase);
  return folded;
}

// Per-code-unit cache: >= 0 is a single output unit, REMOVED is '', MULTI is in `multi`.
const UNKNOWN = -1;
const REMOVED = -2;
const MULTI = -3;
const HIGH_SURROGATE = -4; // never on the fast path: it may start a pair

class FoldTable {
  readonly single = new Int32Array(0x10000).fill(UNKNOWN);
  readonly multi = new Map<number, string>();
  constructor(readonly keepCase: boolean) {
    this.single.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
    // Precompute ASCII so the hot loop never misses on plain text.
    for (let c = 0; c < 128; c++) this.learn(c, String.fromCharCode(c));
  }
  /** Folds and caches one code point; `key` is the code point. */
  learn(key: number, ch: string): string {
    const out = foldCodePoint(ch, this.keepCase);
    if (key >= 0x10000 || out.length > 1) this.multi.set(key, out);
    if (key < 0x10000) this.single[key] = out.length === 1 ? out.charCodeAt(0) : out ? MULTI : REMOVED;
    return out;
  }
}

const tables = { lower: new FoldTable(false), cased: new FoldTable(true) };
const decoder = new TextDecoder('utf-16le');

/** Code units the code point at `i` spans: 2 for a surrogate pair, else 1. */
export function widthAt(input: string, i: number): number {
  const c = input.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = input.charCodeAt(i + 1); // NaN past the end
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The fold of the code point at `i` when the table has no single unit for it (`f`). */
function foldSlow(table: FoldTable, input: string, i: number, f: number): string {
  const c = input.charCodeAt(i);
  if (f === HIGH_SURROGATE) {
    if (widthAt(input, i) === 1) return '\ufffd';
    const key = 0x10000 + ((c - 0xd800) << 10) + (input.charCodeAt(i + 1) - 0xdc00);
    return table.multi.get(key) ?? table.learn(key, input.slice(i, i + 2));
  }
  if (f === MULTI) return table.multi.get(c)!;
  if (f === UNKNOWN) return table.learn(c, input[i]);
  return f >= 0 ? String.fromCharCode(f) : ''; // REMOVED
}

/**
 * For passes that fold as they go instead of calling normalize(): `FOLDED[c]`, when
 * >= 0, is the one unit that code unit `c` folds to; otherwise foldAt() gives the fold
 * of the code point at that position (spanning widthAt() units).
 */
export const FOLDED: Int32Array = tables.lower.single;
export const foldAt = (input: string, i: number): string => foldSlow(tables.lower, input, i, FOLDED[input.charCodeAt(i)]);

export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  const table = options.keepCase ? tables.cased : tables.lower;
  const { single } = table;
  const n = input.length;
  let out: Uint16Array = new Uint16Array(n + 16);
  let map: Int32Array = new Int32Array(n + 17);
  let j = 0;
  let prev = 0; // last output unit, to collapse spaces in a row

  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const f = single[c];
    if (f >= 0) {
      if (f === 32 && prev === 32) continue;
      if (j === out.length) [out, map] = grow(out, map, 1);
      out[j] = f;
      map[j++] = i;
      prev = f;
      continue;
    }
    // Slow path: unseen unit, removed, expanding, or a surrogate pair.
    const origin = i;
    const s = foldSlow(table, input, i, f);
    i += widthAt(input, i) - 1;
    if (j + s.length >= out.length) [out, map] = grow(out, map, s.length);
    for (let k = 0; k < s.length; k++) {
      const u = s.charCodeAt(k);
      if (u === 32 && prev === 32) continue;
      out[j] = u;
      map[j++] = origin;
      prev = u;
    }
  }
  map[j] = n;
  return { text: decoder.decode(out.subarray(0, j)), map: map.subarray(0, j + 1) };
}

function grow(out: Uint16Array, map: Int32Array, need: number): [Uint16Array, Int32Array] {
  const size = (out.length + need) * 2;
  const o = new Uint16Array(size);
  o.set(out);
  const m = new Int32Array(size + 1);
  m.set(map);
  return [o, m];
}
