// The finder's first pass: where in a long text could a mention be? One loop over the
// original text folds each character as it goes (no folded copy, no offset map), steps
// the topic automaton, and weighs each word against the fuzzy gate. Only the stretches
// around what it reports get the full treatment (folding, rules, context), so a page
// costs one cheap pass plus work in proportion to its mentions. The text may arrive in
// pieces (a page's text nodes, a chunk of a few thousand to a string as the walk reads them), and
// where two pieces meet there may be a line break or not.
import { MIN_FUZZY_LENGTH, passesGate, type FuzzyMatcher } from './find-mentions-fuzzy';
import { FOLDED, foldAt, widthAt } from './normalize';
import { ANY_SEPARATOR, classOf, compile, WORD, type TopicIndex } from './topic-index';

/** Words longer than any fuzzy alias word are never candidates; their letters need no buffer. */
const MAX_WORD = 64;
/** Line feed: a piece that does not start where the last one ended follows a line break. */
const BREAK = 10;
/** readOn's `at` when no word starts (offsets are never negative): read on the open run, or read nothing and weigh it. */
const READ_ON = -1;
const WEIGH = -2;

/**
 * Per folded unit, what it adds to a word: its bit for a–z (1 << 0 … 1 << 25), a bit
 * no alias uses for other word characters (digits, _, other scripts' letters), 0 when
 * it ends the word; -1 until first seen.
 */
const WORD_BITS = new Int32Array(0x10000).fill(-1);
const OTHER_WORD = 1 << 26;
function wordBits(u: number): number {
  const bits = WORD_BITS[u];
  if (bits >= 0) return bits;
  return (WORD_BITS[u] = u >= 97 && u <= 122 ? 1 << (u - 97) : classOf(u) === WORD ? OTHER_WORD : 0);
}

/**
 * A first pass over one text fed in order. Offsets are in the whole text (never
 * negative), where a piece starting after the previous one's end leaves a line break
 * (one character) in between.
 */
export interface CandidateScan {
  push(piece: string, at: number): void;
  /**
   * Reads pieces from..to-1 of `text`, which sits at offset `textAt` of the whole text:
   * piece j starts at offset starts[j] and runs to the next one's start, the last to `end`.
   */
  pushAll(text: string, textAt: number, starts: readonly number[], from: number, to: number, end?: number): void;
  /** The candidates so far (the lists end() returns, growing). */
  found: Candidates;
  /** No candidate found from now on lies before this offset (a word still being read may start there). */
  pendingFrom(): number;
  end(): Candidates;
}

/**
 * Original offsets near which a mention may be: the end of every exact alias
 * occurrence (boundaries unchecked) and the start of every word the fuzzy gate lets
 * through. A superset of what the full finder marks.
 */
export interface Candidates {
  /** Aliases that stand on their own, and fuzzy words: only their close surroundings matter. */
  near: number[];
  /** Aliases that need context: a paragraph around them matters. */
  wide: number[];
}

/** Starts a scan; `threshold` is the fuzzy threshold (0: exact aliases only). */
export type CandidateScanner = (threshold: number) => CandidateScan;

/** Shortest word that must appear exactly and is rare enough to watch for ("luik", not "van"). */
const MIN_SEED = 4;

/**
 * What the first pass watches so that every fuzzy mention has a candidate in it. A
 * fuzzy mention of an alias has each of the alias's words in the text, exactly or
 * (words of 6+ letters) fuzzily, and a fuzzy word starts with the alias word's first
 * letter. So each alias needs one watched word: a short word that must appear exactly
 * (a seed for the automaton), or else a first letter whose words get the fuzzy gate,
 * with those alias words as seeds too, for when they appear exactly. Few letters
 * means few words read: the letters are chosen to cover the most aliases each.
 */
export function fuzzyTriggers(aliases: readonly string[][]): { seeds: string[]; letters: string[] } {
  const seeds = new Set<string>();
  let uncovered = aliases.filter((words) => {
    const exact = words.filter((w) => w.length >= MIN_SEED && w.length < MIN_FUZZY_LENGTH).sort((a, b) => b.length - a.length)[0];
    if (exact) seeds.add(exact);
    return !exact;
  });
  const fuzzyWords = new Set(aliases.flat().filter((w) => w.length >= MIN_FUZZY_LENGTH));
  const fuzzyFirsts = (words: readonly string[]) => new Set(words.filter((w) => fuzzyWords.has(w)).map((w) => w[0]));
  // Ties go to the letter fewer alias words start with: fewer words pass its gate.
  const wordsStarting = new Map<string, number>();
  for (const w of fuzzyWords) wordsStarting.set(w[0], (wordsStarting.get(w[0]) ?? 0) + 1);
  const letters: string[] = [];
  while (uncovered.length) {
    const counts = new Map<string, number>();
    for (const words of uncovered) for (const l of fuzzyFirsts(words)) counts.set(l, (counts.get(l) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || wordsStarting.get(a[0])! - wordsStarting.get(b[0])! || (a[0] < b[0] ? -1 : 1))[0];
    letters.push(best);
    uncovered = uncovered.filter((words) => !fuzzyFirsts(words).has(best));
  }
  for (const w of fuzzyWords) if (letters.includes(w[0])) seeds.add(w);
  return { seeds: [...seeds], letters: letters.sort() };
}

/**
 * The automaton of the first pass: every alias and seed, plus "a separator, then a
 * trigger letter", so the automaton itself tells where a word worth the fuzzy gate
 * starts and the loop never tracks words character by character.
 */
function candidateAutomaton(index: TopicIndex, fuzzy: FuzzyMatcher) {
  const { seeds, letters } = fuzzyTriggers(fuzzy.aliases);
  const aliases = index.patterns.filter((p) => p.kind === 'alias');
  const ends = [...aliases.map((p) => p.text), ...seeds];
  const separators = new Set([ANY_SEPARATOR, ' ']);
  for (const text of ends) for (const ch of text) if (ch.length === 1 && wordBits(ch.charCodeAt(0)) === 0) separators.add(ch);
  const starts = [...separators].flatMap((sep) => letters.map((first) => sep + first));
  const automaton = compile([...ends, ...starts], { collapseSpaces: true });
  // Per state: 2 when it ends an alias that needs context, 1 another alias or a seed; 1 when it starts a word.
  const flags = (from: number, to: number, flag: (id: number) => number) =>
    Uint8Array.from(automaton.outputs, (ids) => Math.max(0, ...ids.filter((id) => id >= from && id < to).map(flag)));
  return {
    ...automaton,
    letters,
    aliasEnds: flags(0, ends.length, (id) => (aliases[id]?.alias?.needsContext ? 2 : 1)),
    wordStarts: flags(ends.length, ends.length + starts.length, () => 1),
  };
}

/** Where stepOn stopped: the row (negated when a pattern ended there) and the piece. */
let stepped = 0;
let steppedPiece = 0;

/**
 * The automaton over text[i, end) from `row`, through piece `j` and the pieces after
 * it (piece k starts at starts[k] - textAt, the last one runs to `end`). Stops at the
 * first unit that ends a pattern or has no column yet, where a piece starts after a unit
 * that may be in a word (a word may end or start there: the caller decides), or at
 * `end`. Where a piece starts after a space or punctuation, nothing can happen that
 * does not happen without a piece starting there, so it steps on. Small and on its
 * own: V8 compiles this loop tighter than inside pushAll.
 */
function stepOn(text: string, i: number, end: number, row: number, j: number, to: number, starts: readonly number[], textAt: number, step: Int32Array, cols: Int32Array, folds: Int32Array): number {
  let next = j + 1 < to ? starts[j + 1] - textAt : end;
  for (; i < end; i++) {
    while (i === next) {
      const u = folds[text.charCodeAt(i - 1)];
      if (u < 0 || WORD_BITS[u] !== 0) {
        stepped = row;
        steppedPiece = j;
        return i;
      }
      j++;
      next = j + 1 < to ? starts[j + 1] - textAt : end;
    }
    const column = cols[text.charCodeAt(i)];
    if (column < 0) break;
    row = step[row + column];
    if (row < 0) break;
  }
  stepped = row;
  steppedPiece = j;
  return i;
}

export function createCandidateScanner(index: TopicIndex, fuzzy: FuzzyMatcher): CandidateScanner {
  const { next, alpha, width, aliasEnds, wordStarts, letters: triggers } = candidateAutomaton(index, fuzzy);
  const { maxLength, minLength, gates } = fuzzy;
  // Per folded unit, its automaton column: compile() puts the separators no pattern uses
  // in ANY_SEPARATOR's column for ASCII only; the others are placed here as met.
  const unitColumns = new Int32Array(0x10000).fill(-1);
  const columnOf = (u: number) => {
    const known = unitColumns[u];
    if (known >= 0) return known;
    return (unitColumns[u] = alpha[u] !== 0 || u < 128 || classOf(u) === WORD ? alpha[u] : alpha[0]);
  };
  // Per code unit of the original text, its column when it folds to one unit, else -1:
  // foldAt decides, and units it finds to fold to one unit are added as met (so building
  // the scanner costs no pass over all 65,536 units: it runs on every page load).
  const columns = new Int32Array(0x10000).fill(-1);
  // A local copy: Node's module loader reaches imports through getters, which hot loops do not inline.
  const folds = FOLDED;
  const learnColumn = (c: number) => (columns[c] = folds[c] >= 0 ? columnOf(folds[c]) : -1);
  for (let c = 0; c < 128; c++) learnColumn(c);
  const isTrigger = new Uint8Array(128);
  for (const l of triggers) isTrigger[l.charCodeAt(0)] = 1;
  return (threshold) => {
    const out: Candidates = { near: [], wide: [] };
    let row = 0;
    // -1: the text starts as if after a line break, so a first word is a word start.
    let position = -1;
    // Whether the last piece ended inside a word.
    let inWord = false;
    // The run of word characters read for the fuzzy gate, `open` while it may go on in the
    // next piece. Where pieces meet there may be a line break or not (a page's text nodes
    // meet at inline tags and at paragraph ends alike), so a run may hold several words:
    // each start (index in `letters`, then offset in the text, in `runStarts`) begins one,
    // and each ends at the run's end or where pieces meet. A typed array with a count: an
    // array emptied by `length = 0` drops its store, and a run begins at every word with
    // a trigger letter (~8 MB of stores per cold scan of the 5 MB page).
    const letters = new Uint16Array(MAX_WORD);
    const runStarts = new Int32Array(2 * MAX_WORD); // one start per letter at most
    let runStartsEnd = 0;
    let length = 0;
    let open = false;

    // The letter counts of the word being weighed, counted once it needs them (one closure
    // for all words: one per word was a good part of a cold scan's garbage).
    const have = new Int8Array(26);
    let countFrom = 0;
    let counted = false;
    const countsOf = () => {
      if (!counted) {
        have.fill(0);
        for (let i = countFrom; i < length; i++) if (letters[i] >= 97 && letters[i] <= 122) have[letters[i] - 97]++;
        counted = true;
      }
      return have;
    };

    /**
     * Reads the run on, then weighs its words. First, when `at` >= 0, a word worth the gate
     * starts with unit `u` at `at` (a run of its own, or one more start in the open run);
     * then it reads the rest of `more` from `k`, then `text` from `i` up to `end`. Out of
     * input, it returns with the run left open. At a unit that ends the run, or once
     * MAX_WORD units are read, it closes the run, and weighs it only when under MAX_WORD:
     * every word of the run as ending there, with the fuzzy gate in the full pass's order
     * (length, letter set, letter counts, then the typo score, cached per word). WEIGH
     * weighs at once, reading nothing and leaving the run open; READ_ON starts no word.
     *
     * One function on purpose: at ~840 bytes of bytecode it is over TurboFan's 460-byte
     * inlining limit (max_inlined_bytecode_size), so it is compiled once and called rather
     * than compiled again inside reached, meet and pushAll (docs/PERFORMANCE.md, fourth
     * session).
     */
    const readOn = (at: number, u: number, text: string, i: number, end: number, more: string, k: number) => {
      if (at >= 0) {
        if (!open) {
          runStartsEnd = 0;
          length = 0;
          open = true;
        }
        if (length < MAX_WORD) {
          runStarts[runStartsEnd++] = length;
          runStarts[runStartsEnd++] = at;
          letters[length++] = u;
        }
      }
      if (at !== WEIGH) {
        for (;;) {
          if (k < more.length) u = more.charCodeAt(k++);
          else if (i < end) {
            u = folds[text.charCodeAt(i)];
            if (u < 0) {
              // Units that fold to none or several: read on through what foldAt makes of them.
              more = foldAt(text, i);
              k = 0;
              i += widthAt(text, i);
              continue;
            }
            i++;
          } else return;
          // The common case first; wordBits() decides the rest (unseen units, the run's end).
          if (WORD_BITS[u] <= 0 || length >= MAX_WORD) {
            if (wordBits(u) === 0 || length >= MAX_WORD) {
              open = false;
              if (length >= MAX_WORD) return; // too long to matter: nothing to weigh
              break;
            }
          }
          letters[length++] = u;
        }
      }
      for (let r = 0; r < runStartsEnd; r += 2) {
        const from = runStarts[r];
        const first = letters[from] - 97;
        const len = length - from;
        if (!(len >= minLength[first] && len <= maxLength[first])) continue;
        let mask = 0;
        for (let j = from; j < length; j++) mask |= wordBits(letters[j]);
        countFrom = from;
        counted = false;
        for (const word of gates[first]) {
          if (passesGate(word, len, mask, countsOf)) {
            const read = String.fromCharCode.apply(null, letters.subarray(from, length) as unknown as number[]);
            if (fuzzy.wordFits(read, mask, threshold)) out.near.push(runStarts[r + 1]);
            break;
          }
        }
      }
    };

    /** A state that ends a pattern was reached by unit `u` of the character at `pos`. */
    const reached = (state: number, pos: number, u: number, text: string, i: number, end: number, more: string, k: number) => {
      const alias = aliasEnds[state];
      if (alias) (alias === 2 ? out.wide : out.near).push(pos + 1);
      if (wordStarts[state] && threshold > 0) readOn(pos, u, text, i, end, more, k);
    };

    /** Where a piece (text[i, end), at offset `at`) follows on from the last one, which may or may not be across a line break. */
    const meet = (text: string, i: number, end: number, at: number) => {
      if (open) readOn(WEIGH, 0, '', 0, 0, '', 0); // the words so far, should a line break end them here
      // A word may start here too, should a line break be here (the automaton sees none),
      // at the first unit that folds to something (not a zero-width space or soft hyphen).
      let k = i;
      while (k < end && folds[text.charCodeAt(k)] < 0 && foldAt(text, k) === '') k += widthAt(text, k);
      const u = folds[text.charCodeAt(k)];
      if (inWord && threshold > 0 && k < end && u >= 0 && u < 128 && isTrigger[u]) readOn(at + k - i, u, text, k + 1, end, '', 0);
      else if (open) readOn(READ_ON, 0, text, i, end, '', 0);
    };

    const pushAll = (text: string, textAt: number, starts: readonly number[], from: number, to: number, textEnd = textAt + text.length) => {
      const stop = textEnd - textAt;
      /** Where piece j ends in `text`. */
      const endOf = (j: number) => (j + 1 < to ? starts[j + 1] - textAt : stop);
      if (from >= to) return;
      // State in locals: this runs over every character of the page.
      let r = row;
      const gap = starts[from] > position;
      if (gap) {
        // The line break before pieces that do not follow on: read into the run, it ends it.
        if (open) readOn(READ_ON, 0, '', 0, 0, '\n', 0);
        r = next[r + columnOf(BREAK)];
        if (r < 0) r = ~r; // no pattern ends with a line break, but a row must never stay negated
      }
      position = Math.max(position, textEnd);
      let j = from;
      while (j < to && endOf(j) === starts[j] - textAt) j++; // empty pieces change nothing more
      if (j === to) {
        row = r;
        return;
      }
      let i = starts[j] - textAt;
      if (!gap && (open || inWord)) meet(text, i, endOf(j), textAt + i);
      for (;;) {
        i = stepOn(text, i, stop, r, j, to, starts, textAt, next, columns, folds);
        r = stepped;
        j = steppedPiece;
        if (i === stop) break;
        let last = endOf(j);
        if (i === last) {
          // Piece j + 1 follows a word unit (stepOn only stops at such a start).
          inWord = true;
          do last = endOf(++j);
          while (last === i);
          meet(text, i, last, textAt + i);
          continue;
        }
        const c = text.charCodeAt(i);
        if (r < 0) {
          r = ~r;
          reached(r / width, textAt + i, folds[c], text, i + 1, last, '', 0);
          i++;
          continue;
        }
        // Units that fold to none or several (ß -> ss, soft hyphen -> nothing) come from foldAt.
        if (learnColumn(c) >= 0) continue; // now folds to one unit: step it on the fast path
        const more = foldAt(text, i);
        const after = Math.min(last, i + widthAt(text, i));
        for (let k = 0; k < more.length; k++) {
          r = next[r + columnOf(more.charCodeAt(k))];
          if (r < 0) {
            r = ~r;
            reached(r / width, textAt + i, more.charCodeAt(k), text, after, last, more, k + 1);
          }
        }
        i = after;
      }
      // Whether the text ends inside a word (a unit not yet seen, or one that folds to several, counts as one).
      const unit = folds[text.charCodeAt(stop - 1)];
      inWord = unit < 0 || WORD_BITS[unit] !== 0;
      row = r;
    };

    return {
      pushAll,
      push: (piece, at) => pushAll(piece, at, [at], 0, 1),
      found: out,
      pendingFrom: () => (open && runStartsEnd ? runStarts[1] : position),
      end() {
        // A last line break closes the last word.
        pushAll('', position + 1, [position + 1], 0, 1);
        return out;
      },
    };
  };
}

/**
 * Stretches around the candidates in a text of `length` (`margins` either side),
 * merged when they overlap or lie so close that moving their edges out to spaces
 * (snapOut) could make them overlap.
 */
export function stretchesAround(length: number, candidates: Candidates, margins: { near: number; wide: number }): Array<[number, number]> {
  const around = [
    ...candidates.near.map((at) => [at - margins.near, at + margins.near]),
    ...candidates.wide.map((at) => [at - margins.wide, at + margins.wide]),
  ].sort((a, b) => a[0] - b[0]);
  const stretches: Array<[number, number]> = [];
  for (const [start, end] of around) {
    const from = Math.max(0, start);
    const to = Math.min(length, end);
    const last = stretches[stretches.length - 1];
    if (last && from - last[1] <= 2 * MAX_SNAP) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  return stretches;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** How far a stretch's edge may move out to reach a space. */
export const MAX_SNAP = 64;

/**
 * [from, to) of `text` with each edge moved out to the next space or line break (at
 * most MAX_SNAP characters) so no word is cut; text without spaces, like Chinese, is
 * cut where it is: an alias there is a candidate of its own, so never cut.
 */
export function snapOut(text: string, from: number, to: number): [number, number] {
  return [toSpace(text, from, -1), toSpace(text, to, 1)];
}

function toSpace(text: string, at: number, step: -1 | 1): number {
  const limit = step < 0 ? Math.max(0, at - MAX_SNAP) : Math.min(text.length, at + MAX_SNAP);
  let i = at;
  if (step < 0) while (i > limit && !isSpace(text.charCodeAt(i - 1))) i--;
  else while (i < limit && !isSpace(text.charCodeAt(i))) i++;
  return (step < 0 ? i === 0 || isSpace(text.charCodeAt(i - 1)) : i === text.length || isSpace(text.charCodeAt(i))) ? i : at;
}
