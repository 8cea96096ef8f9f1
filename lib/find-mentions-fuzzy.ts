// Near misses of long aliases ("Cainio", "Liège airprot"). fuse.js scores only
// the few words that could plausibly be a typo of a long alias word: same first
// letter, about the same length, and nearly the same letters. Scores are
// cached per word, so a long page costs one cheap pass plus a handful of fuse calls.
import Fuse from 'fuse.js';
import { classOf, WORD, type Hit, type Pattern, type TopicIndex } from './topic-index';

/** Alias words shorter than this must match exactly, so acronyms never go fuzzy. */
const MIN_FUZZY_LENGTH = 6;
const MAX_LENGTH_DIFF = 2;
const CACHE_LIMIT = 20_000;

interface Use {
  pattern: Pattern;
  words: string[];
  /** Index in `words` of the fuzzy word. */
  at: number;
}

interface AliasWord {
  text: string;
  letters: Int8Array; // a–z counts
  mask: number; // a–z present, one bit each
  fuse: Fuse<string>;
  uses: Use[];
}

export interface FuzzyMatcher {
  /** Fuzzy alias hits in folded text whose fuse.js score is at most `threshold`. */
  find(folded: string, threshold: number): Hit[];
}

const letterCounts = (w: string) => {
  const counts = new Int8Array(26);
  for (let i = 0; i < w.length; i++) {
    const k = w.charCodeAt(i) - 97;
    if (k >= 0 && k < 26) counts[k]++;
  }
  return counts;
};
const letterMask = (counts: Int8Array) => counts.reduce((m, n, k) => (n ? m | (1 << k) : m), 0);

export function createFuzzyMatcher(index: TopicIndex): FuzzyMatcher {
  const words = new Map<string, AliasWord>();
  for (const pattern of index.patterns) {
    const alias = pattern.alias;
    if (!alias || alias.caseSensitive || alias.needsContext || alias.noFuzzy || pattern.after !== undefined) continue;
    const parts = pattern.text.split(/[ '-]/);
    if (!parts.every((w) => /^[a-z0-9]+$/.test(w))) continue;
    parts.forEach((w, at) => {
      if (w.length < MIN_FUZZY_LENGTH) return;
      let entry = words.get(w);
      if (!entry) {
        const fuse = new Fuse([w], { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 1, isCaseSensitive: true });
        const letters = letterCounts(w);
        entry = { text: w, letters, mask: letterMask(letters), fuse, uses: [] };
        words.set(w, entry);
      }
      entry.uses.push({ pattern, words: parts, at });
    });
  }
  const byFirst: AliasWord[][] = Array.from({ length: 26 }, () => []);
  for (const w of words.values()) byFirst[w.text.charCodeAt(0) - 97].push(w);

  // word -> fuse score against each plausible alias word (exact equals are not listed)
  const cache = new Map<string, Map<AliasWord, number>>();
  /**
   * Cheap gate before fuse: same first letter, length within MAX_LENGTH_DIFF, and at
   * most one letter of the alias word missing (first by letter set, then by count).
   */
  const plausible = (folded: string, start: number, end: number, mask: number): AliasWord[] | undefined => {
    const group = byFirst[folded.charCodeAt(start) - 97];
    let out: AliasWord[] | undefined;
    for (const w of group ?? []) {
      const missing = w.mask & ~mask;
      if (Math.abs(end - start - w.text.length) > MAX_LENGTH_DIFF || (missing & (missing - 1)) !== 0) continue;
      const counts = letterCounts(folded.slice(start, end));
      let shared = 0;
      for (let k = 0; k < 26; k++) shared += Math.min(counts[k], w.letters[k]);
      if (shared >= w.text.length - 1) (out ??= []).push(w);
    }
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
        if (w.text !== word) found.set(w, w.fuse.search(word)[0]?.score ?? 1);
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
    const score = w && scores(folded, s, e, maskOf(folded, s, e))?.get(w);
    return score !== undefined && score <= threshold ? score : -1;
  };

  return {
    find(folded, threshold) {
      const hits: Hit[] = [];
      const n = folded.length;
      // Local copies: module bindings reached through a loader's getters are not inlined.
      const cls = classOf;
      const word = WORD;
      for (let i = 0; i < n; ) {
        let c = folded.charCodeAt(i);
        if (cls(c) !== word) {
          i++;
          continue;
        }
        const start = i;
        let mask = 0;
        do {
          if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
          c = folded.charCodeAt(++i);
        } while (i < n && cls(c) === word);
        const found = scores(folded, start, i, mask);
        if (!found) continue;
        for (const [w, score] of found) {
          if (score > threshold) continue;
          for (const use of w.uses) {
            const hit = windowAround(folded, start, i, use, threshold, fits);
            if (hit) hits.push({ ...hit, why: `fuzzy: "${folded.slice(hit.start, hit.end)}" ~ "${use.pattern.label}"` });
          }
        }
      }
      return hits;
    },
  };
}

function maskOf(text: string, s: number, e: number): number {
  let mask = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
  }
  return mask;
}

type Fits = (folded: string, s: number, e: number, aliasWord: string, threshold: number) => number;

/** Checks the alias's other words around the fuzzy word at [s, e). */
function windowAround(folded: string, s: number, e: number, use: Use, threshold: number, fits: Fits): Omit<Hit, 'why'> | undefined {
  let worst = fits(folded, s, e, use.words[use.at], threshold);
  let start = s;
  let end = e;
  for (let k = use.at - 1; k >= 0; k--) {
    const w = wordBefore(folded, start);
    const f = w && fits(folded, w[0], w[1], use.words[k], threshold);
    if (!w || f === undefined || f < 0) return undefined;
    worst = Math.max(worst, f);
    start = w[0];
  }
  for (let k = use.at + 1; k < use.words.length; k++) {
    const w = wordAfter(folded, end);
    const f = w && fits(folded, w[0], w[1], use.words[k], threshold);
    if (!w || f === undefined || f < 0) return undefined;
    worst = Math.max(worst, f);
    end = w[1];
  }
  return { pattern: use.pattern, start, end, score: 1 - worst };
}

// Words of one name are joined by at most two of: space, hyphen, apostrophe.
const joiner = (c: number) => c === 32 || c === 45 || c === 39;

function wordBefore(text: string, pos: number): [number, number] | undefined {
  let e = pos;
  while (e > pos - 2 && e > 0 && joiner(text.charCodeAt(e - 1))) e--;
  if (e === pos) return undefined;
  let s = e;
  while (s > 0 && classOf(text.charCodeAt(s - 1)) === WORD) s--;
  return s < e ? [s, e] : undefined;
}

function wordAfter(text: string, pos: number): [number, number] | undefined {
  let s = pos;
  while (s < pos + 2 && s < text.length && joiner(text.charCodeAt(s))) s++;
  if (s === pos) return undefined;
  let e = s;
  while (e < text.length && classOf(text.charCodeAt(e)) === WORD) e++;
  return s < e ? [s, e] : undefined;
}
