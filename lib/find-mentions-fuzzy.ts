// Near misses of long aliases ("Cainio", "Liège airprot"). Only the few words that
// could plausibly be a typo of a long alias word are scored (lib/typo-score.ts, fuse.js's
// score without the library): same first letter, about the same length, and nearly the
// same letters. Scores are cached per word, so a long page costs one cheap pass plus a
// handful of scores.
import { classOf, WORD, type Hit, type Pattern, type TopicIndex } from './topic-index';
import { typoScore } from './typo-score';

/** Alias words shorter than this must match exactly, so acronyms never go fuzzy. */
export const MIN_FUZZY_LENGTH = 6;
/** Case-sensitive aliases go fuzzy only in words this long ("Staatsveilgheid"); their other words must be exact. */
export const MIN_CASED_FUZZY_LENGTH = 12;
const MAX_LENGTH_DIFF = 2;
const CACHE_LIMIT = 20_000;

interface Use {
  pattern: Pattern;
  words: string[];
  /** Index in `words` of the fuzzy word. */
  at: number;
}

/** What the gate before scoring knows of an alias word. */
export interface GateWord {
  length: number;
  letters: Int8Array; // a–z counts
  mask: number; // a–z present, one bit each
}

interface AliasWord extends GateWord {
  text: string;
  uses: Use[];
}

export interface FuzzyMatcher {
  /** Fuzzy alias hits in folded text whose typo score (typo-score.ts) is at most `threshold`. */
  find(folded: string, threshold: number): Hit[];
  /**
   * Whether a folded word (its a–z letters as a bit `mask`) is within `threshold` of
   * some alias word, not equal to it. Worth asking only when its length is in
   * [minLength, maxLength] of its first letter (a = 0).
   */
  wordFits(word: string, mask: number, threshold: number): boolean;
  minLength: Int32Array;
  maxLength: Int32Array;
  /** The words of each alias that may match fuzzily (those with a word of MIN_FUZZY_LENGTH+). */
  aliases: string[][];
  /** Per first letter (a = 0), the alias words as the gate sees them. */
  gates: ReadonlyArray<readonly GateWord[]>;
}

const letterCounts = (w: string) => {
  const counts = new Int8Array(26);
  for (let i = 0; i < w.length; i++) {
    const k = w.charCodeAt(i) - 97;
    if (k >= 0 && k < 26) counts[k]++;
  }
  return counts;
};
/**
 * The gate before scoring: a word of `length` letters (a–z set `mask`) may be a typo of
 * `alias` only within MAX_LENGTH_DIFF of its length and with at most one of its
 * letters missing, by set and then by count (`counts` of the word, asked only then).
 */
export function passesGate(alias: GateWord, length: number, mask: number, counts: () => Int8Array): boolean {
  const missing = alias.mask & ~mask;
  if (Math.abs(length - alias.length) > MAX_LENGTH_DIFF || (missing & (missing - 1)) !== 0) return false;
  const word = counts();
  let shared = 0;
  for (let k = 0; k < 26; k++) shared += Math.min(word[k], alias.letters[k]);
  return shared >= alias.length - 1;
}
const letterMask = (counts: Int8Array) => counts.reduce((m, n, k) => (n ? m | (1 << k) : m), 0);

export function createFuzzyMatcher(index: TopicIndex): FuzzyMatcher {
  const words = new Map<string, AliasWord>();
  const aliases: string[][] = [];
  for (const pattern of index.patterns) {
    const alias = pattern.alias;
    if (pattern.kind !== 'alias' || !alias || alias.needsContext || alias.noFuzzy || pattern.after !== undefined) continue;
    const parts = pattern.text.split(/[ '-]/);
    if (!parts.every((w) => /^[a-z][a-z0-9]*$/.test(w))) continue;
    const minLength = alias.caseSensitive ? MIN_CASED_FUZZY_LENGTH : MIN_FUZZY_LENGTH;
    if (parts.some((w) => w.length >= minLength)) aliases.push(parts);
    parts.forEach((w, at) => {
      if (w.length < minLength) return;
      let entry = words.get(w);
      if (!entry) {
        const letters = letterCounts(w);
        entry = { text: w, length: w.length, letters, mask: letterMask(letters), uses: [] };
        words.set(w, entry);
      }
      entry.uses.push({ pattern, words: parts, at });
    });
  }
  const byFirst: AliasWord[][] = Array.from({ length: 26 }, () => []);
  // Per first letter, the word lengths worth a look (empty range when no alias word starts so).
  const minLength = new Int32Array(26).fill(1e9);
  const maxLength = new Int32Array(26);
  for (const w of words.values()) {
    const k = w.text.charCodeAt(0) - 97;
    byFirst[k].push(w);
    minLength[k] = Math.min(minLength[k], w.length - MAX_LENGTH_DIFF);
    maxLength[k] = Math.max(maxLength[k], w.length + MAX_LENGTH_DIFF);
  }

  // text word -> typo score against each plausible alias word (an exact equal is not listed)
  const cache = new Map<string, Map<AliasWord, number>>();
  /**
   * Cheap gate before scoring: same first letter, length within MAX_LENGTH_DIFF, and at
   * most one letter of the alias word missing (first by letter set, then by count).
   */
  const plausible = (folded: string, start: number, end: number, mask: number): AliasWord[] | undefined => {
    const group = byFirst[folded.charCodeAt(start) - 97];
    let out: AliasWord[] | undefined;
    let counts: Int8Array | undefined;
    const countsOf = () => (counts ??= letterCounts(folded.slice(start, end)));
    for (const w of group ?? []) if (passesGate(w, end - start, mask, countsOf)) (out ??= []).push(w);
    return out;
  };

  const scores = (folded: string, start: number, end: number, mask: number): Map<AliasWord, number> | undefined => {
    const candidates = plausible(folded, start, end, mask);
    if (!candidates) return undefined;
    const word = folded.slice(start, end);
    let found = cache.get(word);
    if (!found) {
      found = new Map();
      for (const w of candidates) {
        if (w.text !== word) found.set(w, typoScore(word, w.text));
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, found);
    }
    return found;
  };

  /** Whether the text word [s, e) stands for the alias word: exactly, or fuzzily within threshold. */
  const fits = (folded: string, s: number, e: number, aliasWord: string, threshold: number) => {
    if (folded.slice(s, e) === aliasWord) return 0;
    const w = words.get(aliasWord);
    const score = w && scores(folded, s, e, letterMask(letterCounts(folded.slice(s, e))))?.get(w);
    return score !== undefined && score <= threshold ? score : -1;
  };

  /** Checks the alias's other words around its fuzzy word at [s, e). */
  const windowAround = (folded: string, s: number, e: number, use: Use, threshold: number) => {
    let worst = fits(folded, s, e, use.words[use.at], threshold);
    const span = [s, e];
    const others = use.pattern.cased ? 0 : threshold; // a case-sensitive alias's other words: exact
    for (const step of [-1, 1] as const) {
      const side = step < 0 ? 0 : 1;
      for (let k = use.at + step; k >= 0 && k < use.words.length; k += step) {
        const w = neighbour(folded, span[side], step);
        const f = w ? fits(folded, w[0], w[1], use.words[k], others) : -1;
        if (f < 0) return undefined;
        worst = Math.max(worst, f);
        span[side] = w![side];
      }
    }
    const [start, end] = span;
    return { pattern: use.pattern, start, end, score: 1 - worst };
  };

  return {
    minLength,
    maxLength,
    aliases,
    gates: byFirst,
    wordFits(word, mask, threshold) {
      for (const score of scores(word, 0, word.length, mask)?.values() ?? []) if (score <= threshold) return true;
      return false;
    },
    find(folded, threshold) {
      const hits: Hit[] = [];
      const n = folded.length;
      // Local copies: module bindings reached through a loader's getters are not inlined.
      const cls = classOf;
      const word = WORD;
      const isWord = (c: number) => (c >= 97 && c <= 122) || (c < 128 ? (c >= 48 && c <= 57) || c === 95 : cls(c) === word);
      for (let i = 0; i < n; ) {
        let c = folded.charCodeAt(i);
        if (!isWord(c)) {
          i++;
          continue;
        }
        const start = i;
        let mask = 0;
        do {
          if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
          c = folded.charCodeAt(++i);
        } while (i < n && isWord(c));
        const first = folded.charCodeAt(start) - 97;
        const length = i - start;
        if (!(length >= minLength[first] && length <= maxLength[first])) continue; // also drops non a–z starts
        const found = scores(folded, start, i, mask);
        if (!found) continue;
        for (const [w, score] of found) {
          if (score > threshold) continue;
          for (const use of w.uses) {
            const hit = windowAround(folded, start, i, use, threshold);
            if (hit) hits.push({ ...hit, why: `fuzzy: "${folded.slice(hit.start, hit.end)}" ≈ "${use.pattern.label}", score ${hit.score.toFixed(2)}` });
          }
        }
      }
      return hits;
    },
  };
}

// Words of one name are joined by at most two of: space, hyphen, apostrophe.
const joiner = (c: number) => c === 32 || c === 45 || c === 39;

/** The word next to `pos` going `step` (1: the word starting after pos, -1: the word ending before it). */
function neighbour(text: string, pos: number, step: 1 | -1): [number, number] | undefined {
  const at = (i: number) => text.charCodeAt(step > 0 ? i : i - 1); // the character crossed when moving from i
  let edge = pos;
  while (Math.abs(edge - pos) < 2 && joiner(at(edge))) edge += step;
  if (edge === pos) return undefined;
  let far = edge;
  while (classOf(at(far)) === WORD) far += step;
  if (far === edge) return undefined;
  return step > 0 ? [edge, far] : [far, edge];
}
