// The finder's first pass: where in a long text could a mention be? One loop over the
// original text folds each character as it goes (no folded copy, no offset map), steps
// the topic automaton, and weighs each word against the fuzzy gate. Only the stretches
// around what it reports get the full treatment (folding, rules, context), so a page
// costs one cheap pass plus work in proportion to its mentions.
import { MAX_LENGTH_DIFF, type FuzzyMatcher } from './find-mentions-fuzzy';
import { FOLDED, foldAt, widthAt } from './normalize';
import { classOf, WORD, type TopicIndex } from './topic-index';

/** Words longer than any fuzzy alias word are never candidates; their letters need no buffer. */
const MAX_WORD = 64;

/**
 * Original offsets near which a mention may be: the end of every exact alias
 * occurrence (boundaries unchecked) and the start of every word the fuzzy gate lets
 * through at `threshold` (0: none). A superset of what the full finder marks.
 */
export type CandidateFinder = (text: string, threshold: number) => number[];

export function createCandidateFinder(index: TopicIndex, fuzzy: FuzzyMatcher): CandidateFinder {
  const { next, alpha, width, aliasEnds } = index.dfa;
  const { minLength, maxLength, masks, lengths } = fuzzy;
  const letters = new Uint16Array(MAX_WORD);

  /** The fuzzy gate for the word in `letters`: letter set first, then fuse.js (cached per word). */
  const fuzzyFits = (first: number, length: number, mask: number, threshold: number): boolean => {
    const ms = masks[first];
    const ls = lengths[first];
    for (let k = 0; k < ms.length; k++) {
      const missing = ms[k] & ~mask;
      if (Math.abs(length - ls[k]) <= MAX_LENGTH_DIFF && (missing & (missing - 1)) === 0) {
        return fuzzy.wordFits(String.fromCharCode.apply(null, letters.subarray(0, length) as unknown as number[]), mask, threshold);
      }
    }
    return false;
  };

  // One loop, state in locals: this runs over every character of the page.
  return function candidates(text, threshold) {
    const out: number[] = [];
    const n = text.length;
    let row = 0;
    let prev = 0;
    let wordStart = 0;
    let length = 0;
    let mask = 0;
    // One step past the end, on a line break, closes the last word.
    for (let i = 0; i <= n; ) {
      const at = i;
      let u = i === n ? 10 : FOLDED[text.charCodeAt(i)];
      // Units that fold to none or several (ß -> ss, soft hyphen -> nothing) come from foldAt.
      let more = '';
      let k = 0;
      if (u >= 0) i++;
      else {
        more = foldAt(text, i);
        i += widthAt(text, i);
        if (!more) continue;
        u = more.charCodeAt(k++);
      }
      for (;;) {
        if (u !== 32 || prev !== 32) {
          prev = u;
          row = next[row + alpha[u]];
          if (row < 0) {
            row = ~row;
            if (aliasEnds[row / width]) out.push(at + 1);
          }
          const letter = u >= 97 && u <= 122;
          if (letter || (u < 128 ? (u >= 48 && u <= 57) || u === 95 : classOf(u) === WORD)) {
            if (length === 0) wordStart = at;
            if (letter) mask |= 1 << (u - 97);
            if (length < MAX_WORD) letters[length] = u;
            length++;
          } else if (length) {
            const first = letters[0] - 97;
            // Length first (it also drops words not starting with a–z): most words stop here.
            if (length >= minLength[first] && length <= maxLength[first] && threshold > 0 && fuzzyFits(first, length, mask, threshold)) {
              out.push(wordStart);
            }
            length = 0;
            mask = 0;
          }
        }
        if (k >= more.length) break;
        u = more.charCodeAt(k++);
      }
    }
    return out;
  };
}

/**
 * Stretches of `text` within `margin` of a candidate, merged, each edge moved out to
 * the next space or line break so no word is cut (text without spaces, like Chinese,
 * is cut where it is: an alias there is a candidate of its own, so never cut).
 */
export function windowsAround(text: string, candidates: readonly number[], margin: number): Array<[number, number]> {
  const sorted = [...candidates].sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const at of sorted) {
    const from = toSpace(text, Math.max(0, at - margin), -1);
    const to = toSpace(text, Math.min(text.length, at + margin), 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

const MAX_SNAP = 64;

function toSpace(text: string, at: number, step: -1 | 1): number {
  const limit = step < 0 ? Math.max(0, at - MAX_SNAP) : Math.min(text.length, at + MAX_SNAP);
  let i = at;
  if (step < 0) while (i > limit && !isSpace(text.charCodeAt(i - 1))) i--;
  else while (i < limit && !isSpace(text.charCodeAt(i))) i++;
  return (step < 0 ? i === 0 || isSpace(text.charCodeAt(i - 1)) : i === text.length || isSpace(text.charCodeAt(i))) ? i : at;
}
