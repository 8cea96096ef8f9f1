// Every alias, exclude phrase, context word and other-sense word of every topic, folded and
// compiled once into one Aho-Corasick automaton: a single pass over the
// folded text, linear in its length, finds them all.
import { normalize } from './normalize';
import type { Alias, TopicId, TopicPatterns } from './types';

/** `other`: a word of another sense of one ambiguous alias (Alias.otherSense). */
export type PatternKind = 'alias' | 'exclude' | 'context' | 'other';

export interface Pattern {
  kind: PatternKind;
  topic: TopicId;
  /** The string as written in data (alias text, exclude phrase, context or other-sense word). */
  label: string;
  /** Folded text matched by the automaton (for a gapped alias: the part before "*"). */
  text: string;
  /** Folded text that must follow after exactly one word (aliases with " * "). */
  after?: string;
  /** The alias (kind alias), or the alias whose other sense this word is (kind other). */
  alias?: Alias;
  /** Case-kept fold of the alias, for caseSensitive aliases. */
  cased?: string;
  /** Context and other-sense words ending in "*" match any word that starts with them. */
  prefix?: boolean;
}

/** A pattern occurrence in folded text, [start, end). */
export interface Hit {
  pattern: Pattern;
  start: number;
  end: number;
  /** 1 for exact hits; fuzzy hits carry 1 - their typo score (lib/typo-score.ts). */
  score: number;
  why: string;
}

export interface TopicIndex {
  patterns: readonly Pattern[];
  /** All exact occurrences that sit on word boundaries, in order of their end. */
  scan(folded: string): Hit[];
}

// Character classes of folded text.
const SEPARATOR = 0;
export const WORD = 1;
/** Han and kana: words with no spaces between them, so no boundary is needed. */
const SCRIPT_WORD = 2;

const charClass = new Int8Array(0x10000).fill(-1);
const WORD_RE = /[\p{L}\p{N}\p{M}_]/u;
const SCRIPT_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

export function classOf(c: number): number {
  const k = charClass[c];
  return k >= 0 ? k : learnClass(c); // small, so hot loops inline it
}

function learnClass(c: number): number {
  const ch = String.fromCharCode(c);
  // Surrogate halves are letters of astral scripts; count them as word characters.
  const isWord = WORD_RE.test(ch) || (c >= 0xd800 && c <= 0xdfff);
  return (charClass[c] = SCRIPT_RE.test(ch) ? SCRIPT_WORD : isWord ? WORD : SEPARATOR);
}

/** Hyphens and spaces are interchangeable in names ("Liège-Bierset", "Liège Bierset"). */
const canon = (c: number) => (c === 45 ? 32 : c);

/** True when a word character of `text` touches the pattern edge at `at` (the side outside). */
function glued(text: string, at: number, patternEdge: number): boolean {
  if (at < 0 || at >= text.length || classOf(patternEdge) !== WORD) return false;
  return classOf(text.charCodeAt(at)) === WORD;
}

export function buildTopicIndex(topics: readonly TopicPatterns[]): TopicIndex {
  const patterns: Pattern[] = [];
  const fold = (s: string) => normalize(s).text;
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const [before, after, extra] = alias.text.split(' * ');
      if (extra !== undefined || ((after !== undefined || alias.compound) && alias.caseSensitive)) {
        throw new Error(`alias "${alias.text}": at most one " * ", and neither it nor compound with caseSensitive`);
      }
      patterns.push({
        kind: 'alias', topic: topic.id, label: alias.text, alias,
        text: fold(before), after: after === undefined ? undefined : fold(after),
        cased: alias.caseSensitive ? normalize(alias.text, { keepCase: true }).text : undefined,
      });
    }
    for (const phrase of topic.exclude ?? []) {
      patterns.push({ kind: 'exclude', topic: topic.id, label: phrase, text: fold(phrase) });
    }
    const word = (kind: PatternKind, label: string, alias?: Alias): Pattern => {
      const prefix = label.endsWith('*');
      return { kind, topic: topic.id, label, text: fold(prefix ? label.slice(0, -1) : label), prefix, alias };
    };
    for (const label of topic.context ?? []) patterns.push(word('context', label));
    for (const alias of topic.aliases) for (const label of alias.otherSense ?? []) patterns.push(word('other', label, alias));
  }
  const automaton = compile(patterns.map((p) => p.text));

  return {
    patterns,
    scan(folded) {
      const hits: Hit[] = [];
      automaton.run(folded, (id, end) => {
        const p = patterns[id];
        let start = end - p.text.length;
        // A compound's first part is taken into the hit: "vrachtluchthaven van luik".
        if (p.alias?.compound && p.kind === 'alias') while (start > 0 && classOf(folded.charCodeAt(start - 1)) === WORD) start--;
        else if (glued(folded, start - 1, p.text.charCodeAt(0))) return;
        if (p.after !== undefined) {
          end = afterOneWord(folded, end, p.after);
          if (end < 0) return;
        }
        if (p.prefix) {
          while (end < folded.length && classOf(folded.charCodeAt(end)) === WORD) end++;
        } else if (glued(folded, end, (p.after ?? p.text).charCodeAt((p.after ?? p.text).length - 1))) return;
        hits.push({ pattern: p, start, end, score: 1, why: 'exact alias' });
      });
      return hits;
    },
  };
}

/** For "Liège * Airport": checks " <one word> airport" at `pos`; returns the end or -1. */
function afterOneWord(text: string, pos: number, after: string): number {
  if (canon(text.charCodeAt(pos)) !== 32) return -1;
  let i = pos + 1;
  while (i < text.length && classOf(text.charCodeAt(i)) === WORD) i++;
  if (i === pos + 1 || canon(text.charCodeAt(i)) !== 32) return -1;
  i++;
  for (let k = 0; k < after.length; k++, i++) {
    if (canon(text.charCodeAt(i)) !== canon(after.charCodeAt(k))) return -1;
  }
  return i;
}

/**
 * Dense DFA: from row offset `row`, folded unit `u` leads to `next[row + alpha[u]]`,
 * bitwise-negated when the state reached ends a pattern (`outputs[row / width]`).
 */
export interface Automaton {
  next: Int32Array;
  alpha: Uint16Array;
  width: number;
  /** Pattern ids each state ends. */
  outputs: number[][];
  run(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/** In a pattern, stands for any separator (non-word unit) that no pattern uses itself (column 1). */
export const ANY_SEPARATOR = '\0';

/**
 * Aho-Corasick compiled to a dense DFA over the small alphabet of pattern characters.
 * With `collapseSpaces`, a space after a space leaves the state as it is, so a pass
 * over unnormalized text needs no check of its own (a hyphen counts as a space here).
 */
export function compile(words: readonly string[], { collapseSpaces = false } = {}): Automaton {
  // Alphabet: column 0 is any character no pattern uses, except ASCII separators (and
  // ANY_SEPARATOR), which are column 1, so a pattern can ask for a word's start. Other
  // separators are column 0 here: a pass that needs them apart places them itself
  // (see separatorColumns), as classifying all 65,536 units up front is slow.
  const alpha = new Uint16Array(0x10000);
  let size = 2;
  alpha[32] = size++;
  alpha[45] = alpha[32];
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!alpha[c] && c !== 0) alpha[c] = size++;
    }
  }
  for (let c = 0; c < 128; c++) if (!alpha[c] && classOf(c) !== WORD) alpha[c] = 1;
  // Trie, in typed arrays (Maps and their entry arrays were most of a cold build, which
  // every page load pays): `child` finds an edge by state and column (0: none, as the
  // root is nobody's child), `first`/`sibling`/`label` list a state's edges in order.
  let cap = 1;
  for (const w of words) cap += w.length;
  const child = new Int32Array(cap * size);
  const first = new Int32Array(cap);
  const sibling = new Int32Array(cap);
  const label = new Int32Array(cap);
  const lastChild = new Int32Array(cap);
  const own: number[][] = [[]];
  let states = 1;
  words.forEach((w, id) => {
    if (!w) throw new Error(`pattern ${id} folds to nothing`);
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const a = alpha[w.charCodeAt(i)];
      let t = child[s * size + a];
      if (t === 0) {
        t = child[s * size + a] = states++;
        label[t] = a;
        if (lastChild[s]) sibling[lastChild[s]] = t;
        else first[s] = t;
        lastChild[s] = t;
        own.push([]);
      }
      s = t;
    }
    own[s].push(id);
  });
  // Breadth-first: failure links become direct transitions; outputs include the failure chain's.
  // The table is built encoded as the hot loops read it: the next state's row offset,
  // bitwise-negated when that state ends a pattern (it or its failure chain).
  const next = new Int32Array(states * size);
  const fail = new Int32Array(states);
  const ends = new Uint8Array(states);
  const outputs: number[][] = own.map((o) => o.slice());
  const encode = (t: number) => (ends[t] ? ~(t * size) : t * size);
  const decode = (v: number) => (v < 0 ? ~v : v) / size;
  const queue = new Int32Array(states);
  let queued = 0;
  for (let t = first[0]; t; t = sibling[t]) {
    ends[t] = own[t].length ? 1 : 0;
    next[label[t]] = encode(t);
    queue[queued++] = t;
  }
  for (let q = 0; q < queued; q++) {
    const s = queue[q];
    const f = fail[s];
    if (outputs[f].length) outputs[s].push(...outputs[f]);
    // Where the failure state goes, except where the trie goes on (fail[s] is shallower, so done).
    next.copyWithin(s * size, f * size, f * size + size);
    for (let t = first[s]; t; t = sibling[t]) {
      // Shallower than t, fail[t] was created (and its `ends` set) before t.
      fail[t] = decode(next[f * size + label[t]]);
      ends[t] = own[t].length || ends[fail[t]] ? 1 : 0;
      next[s * size + label[t]] = encode(t);
      queue[queued++] = t;
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outputs[s].length;
  const outList = Int32Array.from(outputs.flat());
  if (collapseSpaces) {
    // Every state a space leads to is one whose last character is a space.
    const space = alpha[32];
    for (let s = 0; s < states; s++) {
      const t = decode(next[s * size + space]);
      next[t * size + space] = encode(t);
    }
  }

  return {
    next,
    alpha,
    width: size,
    outputs,
    run(text, onMatch) {
      let row = 0;
      for (let i = 0; i < text.length; i++) {
        row = next[row + alpha[text.charCodeAt(i)]];
        if (row < 0) {
          row = ~row;
          const s = row / size;
          for (let k = outStart[s]; k < outStart[s + 1]; k++) onMatch(outList[k], i + 1);
        }
      }
    },
  };
}
