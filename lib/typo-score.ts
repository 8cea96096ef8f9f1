// How far a page's word is from an alias word: the score fuse.js 7.5 gives when the
// alias word is its only item and the page's word the query (options as
// find-mentions-fuzzy.ts used them: ignoreLocation, ignoreFieldNorm, threshold 1, case
// kept), computed the same way (its Bitap search, ported step for step) without the
// library: the content script, which every news page loads, ships ~6.6 KB gzip less.
// typo-score.test.ts compares both on every alias word and thousands of typos of each.
// The notes library still searches with fuse.js (lib/library-search.ts).

/** Bitap handles queries of at most this many units; longer ones go in pieces of it, as fuse.js cuts them. */
const PIECE = 32;

/**
 * fuse.js's score of `query` against `item`: 0 when equal, else the fewest edits
 * (substitutions, insertions, deletions) that put the query somewhere in the item, over
 * the query's length (at least 0.001); 1 when Bitap finds nothing.
 */
export function typoScore(query: string, item: string): number {
  if (query === item) return 0;
  if (!query.length) return 1;
  const len = query.length;
  if (len <= PIECE) {
    const score = bitap(item, query, 0);
    return score >= 0 ? score : 1;
  }
  // Pieces of PIECE units from the start, the rest as the last PIECE units; their mean.
  const starts: number[] = [];
  for (let i = 0; i + PIECE <= len; i += PIECE) starts.push(i);
  if (len % PIECE) starts.push(len - PIECE);
  let total = 0;
  let matched = false;
  for (const at of starts) {
    const score = bitap(item, query.substr(at, PIECE), at);
    if (score >= 0) matched = true;
    total += Math.abs(score);
  }
  return matched ? total / starts.length : 1;
}

/**
 * fuse.js's search() with ignoreLocation and threshold 1 for a piece that starts at
 * `location` of the query: the score, negated when it found no match (a piece that
 * finds none still counts in a long query's mean).
 */
function bitap(text: string, pattern: string, location: number): number {
  const patternLen = pattern.length;
  const textLen = text.length;
  const expected = Math.max(0, Math.min(location, textLen));
  const score = (errors: number) => errors / patternLen;
  // Per pattern character, the bits of its positions (the first character the highest bit).
  const alphabet = new Map<string, number>();
  for (let i = 0; i < patternLen; i++) alphabet.set(pattern[i], (alphabet.get(pattern[i]) ?? 0) | (1 << (patternLen - i - 1)));
  let threshold = 1;
  if (text.indexOf(pattern, expected) > -1) threshold = 0;
  let bestLocation = -1;
  let last = new Int32Array(0);
  let finalScore = 1;
  let binMax = patternLen + textLen;
  const mask = 1 << (patternLen - 1);
  for (let i = 0; i < patternLen; i++) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (score(i) <= threshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expected - binMid + 1);
    const finish = Math.min(expected + binMid, textLen) + patternLen;
    const bits = new Int32Array(finish + 2);
    bits[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j--) {
      const at = j - 1;
      const match = at < textLen ? (alphabet.get(text[at]) ?? 0) : 0;
      bits[j] = ((bits[j + 1] << 1) | 1) & match;
      if (i) bits[j] |= (((at1(last, j + 1) | at1(last, j)) << 1) | 1 | at1(last, j + 1));
      if (bits[j] & mask) {
        finalScore = score(i);
        if (finalScore <= threshold) {
          threshold = finalScore;
          bestLocation = at;
          if (bestLocation <= expected) break;
          start = Math.max(1, 2 * expected - bestLocation);
        }
      }
    }
    if (score(i + 1) > threshold) break;
    last = bits;
  }
  const result = Math.max(0.001, finalScore);
  return bestLocation >= 0 ? result : -result;
}

/** An entry of the last row, 0 past its end (fuse.js reads holes of a sparse array as 0). */
const at1 = (row: Int32Array, j: number) => (j < row.length ? row[j] : 0);
