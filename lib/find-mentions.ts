// The mention finder: a cheap first pass marks where mentions may be
// (find-candidates.ts); around each, exact alias hits from the topic index, fuzzy
// near misses, then the data-driven rules (case, exclude phrases, context), then
// leftmost-longest selection. Offsets go back to the original text at the end.
import { createCandidateScanner, snapOut, windowsAround, type Candidates, type CandidateScan } from './find-candidates';
import { createFuzzyMatcher } from './find-mentions-fuzzy';
import { normalize } from './normalize';
import { buildTopicIndex, type Hit } from './topic-index';
import type { Mention, Strictness, TopicId, TopicPatterns } from './types';

export interface FindOptions {
  strictness?: Strictness;
  /** Topics to look for; all when omitted. */
  topics?: readonly TopicId[];
}

/** Topic -> the words of its first unambiguous mention so far, which confirm later ambiguous ones. */
export type Named = Map<TopicId, string>;

export interface Finder {
  /** Pass the same `named` to successive pieces of one text so confirmation carries over. */
  find(text: string, options?: FindOptions, named?: Named): Mention[];
  /** The first pass, for a text read in pieces: push them in order, then ask windows() where to look. */
  startScan(options?: FindOptions): CandidateScan;
  /** The stretches of a text of `length` worth the full pass, around what the first pass found. */
  windows(candidates: Candidates, length: number): Array<[number, number]>;
  /** The full pass over text[from, to), its edges moved out to spaces; offsets are in `text`. */
  findAround(text: string, from: number, to: number, options?: FindOptions, named?: Named): Mention[];
}

/** Highest fuse.js score (0 = perfect) a fuzzy hit may have; 0 turns fuzzy off. */
const FUZZY_THRESHOLD: Record<Strictness, number> = { strict: 0, balanced: 0.3, loose: 0.4 };
/** Context words count within this many folded characters either side: about a paragraph. */
const CONTEXT_WINDOW = 400;
/**
 * Original characters kept either side of a candidate: for an alias that needs
 * context, the context window plus room for the longest alias and exclude phrase
 * (only a run of hundreds of invisible characters could push a context word out of
 * reach: the mention is then missed); for others, room enough for the alias's other
 * words, an exclude phrase or a URL around it.
 */
const MARGINS = { near: 200, wide: CONTEXT_WINDOW + 200 };

/** `prefilter: false` runs the full pass on the whole text (for tests that compare both). */
export function createFinder(topics: readonly TopicPatterns[], { prefilter = true } = {}): Finder {
  const index = buildTopicIndex(topics);
  const fuzzy = createFuzzyMatcher(index);
  const startScan = createCandidateScanner(index, fuzzy);

  const finder: Finder = {
    find(text, options = {}, named = new Map()) {
      if (!prefilter) return findIn(text, options, named);
      const scan = finder.startScan(options);
      scan.push(text, 0);
      return finder.windows(scan.end(), text.length).flatMap(([from, to]) => finder.findAround(text, from, to, options, named));
    },
    startScan: (options = {}) => startScan(threshold(options)),
    windows: (candidates, length) => windowsAround(length, candidates, MARGINS),
    findAround(text, from, to, options = {}, named = new Map()) {
      const [a, b] = snapOut(text, from, to);
      return findIn(text.slice(a, b), options, named).map((m) => ({ ...m, start: m.start + a, end: m.end + a }));
    },
  };
  return finder;

  /** The full pass over one stretch; `named` carries unambiguous mentions from earlier stretches. */
  function findIn(text: string, options: FindOptions, named: Named): Mention[] {
    const { text: folded, map } = normalize(text);
    const wanted = (h: Hit) => !options.topics || options.topics.includes(h.pattern.topic);
    const hits = index.scan(folded);
    const fuzziness = threshold(options);
    const candidates = hits.filter((h) => h.pattern.kind === 'alias');
    if (fuzziness > 0) candidates.push(...fuzzy.find(folded, fuzziness));
    const excludes = hits.filter((h) => h.pattern.kind === 'exclude');
    const contextWords = hits.filter((h) => h.pattern.kind === 'context');
    const original = (h: Hit) => text.slice(map[h.start], map[h.end]);

    const plausible = candidates.filter(
      (h) =>
        wanted(h) &&
        (h.pattern.cased === undefined || capitalsMatch(h.pattern.cased, original(h))) &&
        !inUrl(folded, h) &&
        !excludes.some((x) => x.pattern.topic === h.pattern.topic && x.start < h.end && h.start < x.end),
    );
    // Unambiguous hits are accepted as they are and confirm ambiguous ones of their topic:
    // the first one named (in an earlier stretch, or before it here), else one just after.
    const anchors = plausible.filter((h) => !h.pattern.alias!.needsContext).sort((a, b) => a.start - b.start);
    const confirmed = plausible
      .filter((h) => h.pattern.alias!.needsContext)
      .map((h) => {
        const sameTopic = (c: Hit) => c.pattern.topic === h.pattern.topic;
        const first = anchors.find((a) => sameTopic(a) && a.end <= h.start);
        const before = named.get(h.pattern.topic) ?? (first && original(first));
        if (before !== undefined) return { ...h, why: `${h.why}; "${before}" named before` };
        const after = anchors.find((a) => sameTopic(a) && a.start >= h.end && a.start - h.end <= CONTEXT_WINDOW);
        if (after) return { ...h, why: `${h.why}; "${original(after)}" named nearby` };
        const word = contextWords.find(
          (c) => sameTopic(c) && c.start < h.end + CONTEXT_WINDOW && c.end > h.start - CONTEXT_WINDOW,
        );
        return word && { ...h, why: `${h.why}; context: "${original(word)}"` };
      })
      .filter((h) => h !== undefined);

    for (const a of anchors) if (!named.has(a.pattern.topic)) named.set(a.pattern.topic, original(a));
    return withoutOverlaps(leftmostLongest(anchors), leftmostLongest(confirmed)).map((h) => ({
      topic: h.pattern.topic,
      alias: h.pattern.label,
      start: map[h.start],
      end: map[h.end],
      score: h.score,
      why: h.why,
    }));
  }
}

const threshold = (options: FindOptions) => FUZZY_THRESHOLD[options.strictness ?? 'balanced'];

/** Case-sensitive aliases: every capital of the alias must be a capital in the text. */
function capitalsMatch(cased: string, original: string): boolean {
  const seen = normalize(original, { keepCase: true }).text;
  if (seen.length !== cased.length) return false;
  const isCapital = (ch: string) => ch !== ch.toLowerCase();
  return cased.split('').every((ch, i) => !isCapital(ch) || isCapital(seen[i]));
}

const urlChar = (c: number) => c > 32 && c < 127;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Names inside URLs, e-mail addresses and domain names are not mentions. */
function inUrl(folded: string, h: Hit): boolean {
  let a = h.start;
  while (a > 0 && urlChar(folded.charCodeAt(a - 1))) a--;
  let b = h.end;
  while (b < folded.length && urlChar(folded.charCodeAt(b))) b++;
  const run = folded.slice(a, b);
  if (run.includes('@') || run.includes('://') || run.includes('www.')) return true;
  const dotAfter = folded.charCodeAt(h.end) === 46 && isAlnum(folded.charCodeAt(h.end + 1));
  const dotBefore = folded.charCodeAt(h.start - 1) === 46 && isAlnum(folded.charCodeAt(h.start - 2));
  return dotAfter || dotBefore;
}

/**
 * Non-overlapping hits: the earliest first, the longest of those, exact before fuzzy.
 * Overlapping hits of one topic merge ("aéroport de Liège" + "Liège-Bierset"). Sorts in place.
 */
function leftmostLongest(hits: Hit[]): Hit[] {
  hits.sort((x, y) => x.start - y.start || y.end - x.end || y.score - x.score);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) out.push(h);
    else if (h.pattern.topic === last.pattern.topic && h.end > last.end) out[out.length - 1] = { ...last, end: h.end };
  }
  return out;
}

/** Merges two sorted non-overlapping lists; on overlap the first list wins (unambiguous over ambiguous). */
function withoutOverlaps(first: Hit[], second: Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && a.start <= b.start)) {
      out.push(a);
      i++;
      // Drop ambiguous hits this one overlaps.
      while (j < second.length && second[j].start < a.end) j++;
    } else {
      if (a === undefined || b.end <= a.start) out.push(b);
      j++;
    }
  }
  return out;
}
