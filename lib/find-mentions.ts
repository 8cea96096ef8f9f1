// The mention finder: a cheap first pass marks where mentions may be
// (find-candidates.ts); around each, exact alias hits from the topic index, fuzzy
// near misses, then the data-driven rules (case, exclude phrases, context), then
// leftmost-longest selection. Offsets go back to the original text at the end.
import { createCandidateScanner, MAX_SNAP, snapOut, stretchesAround, type Candidates, type CandidateScan } from './find-candidates';
import { createFuzzyMatcher } from './find-mentions-fuzzy';
import { normalize } from './normalize';
import { buildTopicIndex, type Hit, type PatternKind } from './topic-index';
import type { Mention, Strictness, TopicId, TopicPatterns } from './types';

export interface FindOptions {
  strictness?: Strictness;
  /** Topics to look for; all when omitted. */
  topics?: readonly TopicId[];
}

/**
 * The part of a text where a name confirms bare forms of its topic: on a page each
 * <article> is one, inside the page's own (the text outside every article, which is the
 * whole page where there is none); a text with no structure is one. A scope sees the
 * names of the scopes around it (a headline above the article) but not of those beside it.
 */
export interface Scope {
  /** Topic -> the words of its first unambiguous mention so far in this scope. */
  named: Map<TopicId, string>;
  outer?: Scope;
}
/** The scope of each offset of a text. */
export type ScopeAt = (offset: number) => Scope;
/** One scope for a whole text. */
export const oneScope = (): ScopeAt => {
  const scope: Scope = { named: new Map() };
  return () => scope;
};

/**
 * How far context reaches, in folded characters: the one place it is set. Everything
 * ambiguous is weighed against what is "near" it: context words, names just after it,
 * and for the most ambiguous forms (confirm: "near") names before it too; words of
 * another sense only in its own block (paragraph), so a neighbouring story's words do
 * not veto it. A scope boundary (another <article>) is never near. A name anywhere
 * earlier in the scope confirms the other ambiguous forms.
 */
export const REACH = {
  /** About a paragraph, or a heading and its paragraph. */
  near: 400,
  /** A name right after a form that needs one ("Die Staatssicherheit (VSSE)"): this close, at most one word between. */
  apposition: 16,
};

export interface Finder {
  /** Pass the same `scopes` to successive pieces of one text so confirmation carries over. */
  find(text: string, options?: FindOptions, scopes?: ScopeAt): Mention[];
  /** The first pass, for a text read in pieces: push them in order, then ask stretches() where to look. */
  startScan(options?: FindOptions): CandidateScan;
  /** The stretches of a text of `length` worth the full pass, around what the first pass found. */
  stretches(candidates: Candidates, length: number): Array<[number, number]>;
  /** How far from a candidate the text findAround reads for its stretch may lie (stretches merged and edges moved out included). */
  reach: number;
  /** The full pass over text[from, to), its edges moved out to spaces; offsets (also those `scopes` is asked) are in `text`. */
  findAround(text: string, from: number, to: number, options?: FindOptions, scopes?: ScopeAt): Mention[];
}

/** Highest typo score (lib/typo-score.ts, as fuse.js scores; 0 = perfect) a fuzzy hit may have; 0 turns fuzzy off. */
const FUZZY_THRESHOLD: Record<Strictness, number> = { strict: 0, balanced: 0.3, loose: 0.4 };
/**
 * Original characters kept either side of a candidate: for an alias that needs
 * context, the near reach plus room for the longest alias and exclude phrase
 * (only hundreds of invisible characters in a row could push a context word out of
 * reach: the mention is then missed); for others, room enough for the alias's other
 * words, an exclude phrase or a URL around it.
 */
const MARGINS = { near: 200, wide: REACH.near + 200 };

/** Folded text between an ambiguous form and a name in apposition to it: separators and at most one word. */
const APPOSITION = /^[^\p{L}\p{N}\n]*(?:\p{L}+[^\p{L}\p{N}\n]+)?$/u;

/** `prefilter: false` runs the full pass on the whole text (for tests that compare both). */
export function createFinder(topics: readonly TopicPatterns[], { prefilter = true } = {}): Finder {
  const index = buildTopicIndex(topics);
  const fuzzy = createFuzzyMatcher(index);
  const startScan = createCandidateScanner(index, fuzzy);

  const finder: Finder = {
    find(text, options = {}, scopes = oneScope()) {
      if (!prefilter) return findIn(text, options, scopes);
      const scan = finder.startScan(options);
      scan.push(text, 0);
      return finder.stretches(scan.end(), text.length).flatMap(([from, to]) => finder.findAround(text, from, to, options, scopes));
    },
    startScan: (options = {}) => startScan(threshold(options)),
    stretches: (candidates, length) => stretchesAround(length, candidates, MARGINS),
    // Stretches closer than 2 * MAX_SNAP merge, and snapOut moves each edge out by up to MAX_SNAP.
    reach: MARGINS.wide + 3 * MAX_SNAP,
    findAround(text, from, to, options = {}, scopes = oneScope()) {
      const [a, b] = snapOut(text, from, to);
      return findIn(text.slice(a, b), options, (offset) => scopes(offset + a)).map((m) => ({ ...m, start: m.start + a, end: m.end + a }));
    },
  };
  return finder;

  /** The full pass over one stretch; `scopes` carry unambiguous mentions from earlier stretches. */
  function findIn(text: string, options: FindOptions, scopes: ScopeAt): Mention[] {
    const { text: folded, map } = normalize(text);
    const wanted = (h: Hit) => !options.topics || options.topics.includes(h.pattern.topic);
    const hits = index.scan(folded);
    const fuzziness = threshold(options);
    const candidates = hits.filter((h) => h.pattern.kind === 'alias');
    if (fuzziness > 0) candidates.push(...fuzzy.find(folded, fuzziness));
    const ofKind = (kind: PatternKind) => hits.filter((h) => h.pattern.kind === kind);
    const excludes = ofKind('exclude');
    const contextWords = ofKind('context');
    const otherSenses = ofKind('other');
    const original = (h: Hit) => text.slice(map[h.start], map[h.end]);
    const scopeOf = (h: Hit) => scopes(map[h.start]);
    /** Whether `a` is in the scope of `h` or one around it. */
    const inScope = (a: Hit, h: Hit) => {
      for (let s: Scope | undefined = scopeOf(h); s; s = s.outer) if (s === scopeOf(a)) return true;
      return false;
    };
    const isNear = (a: Hit, h: Hit) => Math.max(a.start - h.end, h.start - a.end) <= REACH.near && inScope(a, h);
    const sameBlock = (a: Hit, b: Hit) => {
      const lineBreak = folded.indexOf('\n', Math.min(a.end, b.end));
      return lineBreak < 0 || lineBreak >= Math.max(a.start, b.start);
    };

    const plausible = candidates.filter(
      (h) =>
        wanted(h) &&
        (h.pattern.cased === undefined || capitalsMatch(h.pattern.cased, original(h), h.score < 1)) &&
        !inUrl(folded, h) &&
        !excludes.some((x) => x.pattern.topic === h.pattern.topic && x.start < h.end && h.start < x.end),
    );
    // Unambiguous hits are accepted as they are and confirm ambiguous ones of their topic.
    const anchors = plausible.filter((h) => !h.pattern.alias!.needsContext).sort((a, b) => a.start - b.start);
    /** What confirms ambiguous hit `h` (Alias.confirm), said for "why"; undefined when nothing does. */
    const confirmation = (h: Hit): string | undefined => {
      const { confirm } = h.pattern.alias!;
      const sameTopic = (c: Hit) => c.pattern.topic === h.pattern.topic;
      const before = anchors.find((a) => sameTopic(a) && a.end <= h.start && (confirm === 'near' ? isNear(a, h) : inScope(a, h)));
      let earlier: string | undefined;
      for (let s: Scope | undefined = scopeOf(h); confirm !== 'near' && s && earlier === undefined; s = s.outer) earlier = s.named.get(h.pattern.topic);
      if (earlier !== undefined || before) return `"${earlier ?? original(before!)}" named before`;
      const apposition = (a: Hit) => a.start - h.end <= REACH.apposition && APPOSITION.test(folded.slice(h.end, a.start));
      const after = anchors.find((a) => sameTopic(a) && a.start >= h.end && (confirm === 'named' ? apposition(a) : isNear(a, h)));
      if (after) return `"${original(after)}" named ${confirm === 'named' ? 'right after' : 'nearby'}`;
      const word = confirm === 'named' ? undefined : contextWords.find((c) => sameTopic(c) && isNear(c, h));
      return word && `context: "${original(word)}"`;
    };
    const confirmed = plausible
      .filter((h) => h.pattern.alias!.needsContext)
      .map((h) => {
        const other = otherSenses.find((o) => o.pattern.alias === h.pattern.alias && isNear(o, h) && sameBlock(o, h));
        const why = !other && confirmation(h);
        return why ? { ...h, why: `${h.why}; ${why}` } : undefined;
      })
      .filter((h) => h !== undefined);

    for (const a of anchors) if (!scopeOf(a).named.has(a.pattern.topic)) scopeOf(a).named.set(a.pattern.topic, original(a));
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

/**
 * Case-sensitive aliases: every capital of the alias must be a capital in the text; in a
 * fuzzy hit, whose letters do not line up with the alias's, every capital word start.
 */
function capitalsMatch(cased: string, original: string, fuzzy: boolean): boolean {
  const seen = normalize(original, { keepCase: true }).text;
  const initials = (s: string) => s.split(/[ '-]+/).map((w) => w.charAt(0)).join('');
  const [want, got] = fuzzy ? [initials(cased), initials(seen)] : [cased, seen];
  if (want.length !== got.length) return false;
  const isCapital = (ch: string) => ch !== ch.toLowerCase();
  return want.split('').every((ch, i) => !isCapital(ch) || isCapital(got[i]));
}

const urlChar = (c: number) => c > 32 && c < 127;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Names inside URLs, e-mail addresses and domain names are not mentions. */
function inUrl(folded: string, h: Hit): boolean {
  let a = h.start;
  while (a > 0 && urlChar(folded.charCodeAt(a - 1))) a--;
  let b = h.end;
  while (b < folded.length && urlChar(folded.charCodeAt(b))) b++;
  const address = folded.slice(a, b);
  if (address.includes('@') || address.includes('://') || address.includes('www.')) return true;
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
