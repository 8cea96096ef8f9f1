// The library's search and filters: which notes (and conflicts between sources) a query, a
// topic, a kind and a year leave, and how a topic's notes are listed. Pure: the library page
// and the bench run it.
import Fuse from 'fuse.js/basic';
import { noteThreads } from './note-threads';
import { normalize } from './normalize';
import { factText } from './select-notes';
import type { Conflict, Fact, FactKind, NoteLang, Source, TopicId } from './types';

export interface LibraryFilters {
  query: string;
  topic: TopicId | null;
  kind: FactKind | null;
  /** "2021", or UNDATED for notes without a date. */
  year: string | null;
}

export const NO_FILTERS: Readonly<LibraryFilters> = Object.freeze({ query: '', topic: null, kind: null, year: null });
export const UNDATED = 'undated';

export const isFiltering = (f: LibraryFilters): boolean => !!f.query.trim() || !!f.topic || !!f.kind || !!f.year;

export const yearOf = (fact: Fact): string => fact.date?.slice(0, 4) ?? UNDATED;

/** The years the notes fall in, newest first, "undated" last when some are. */
export function yearsOf(facts: readonly Fact[]): string[] {
  const years = [...new Set(facts.map(yearOf))];
  return years.filter((y) => y !== UNDATED).sort((a, b) => b.localeCompare(a)).concat(years.includes(UNDATED) ? [UNDATED] : []);
}

/**
 * Allowed mistakes per query word, as a share of its length: none under 5 letters, one up
 * to 9 ("Bostin" finds "Bostyn"), two from 10. Looser, short words find too much.
 */
const THRESHOLD = 0.2;
/** Query words remembered with the notes they find: typing repeats the earlier words. */
const CACHE_SIZE = 256;

/** Case, accents and letter variants folded as the finder folds them ("Sûreté" → "surete"). */
const fold = (s: string) => normalize(s).text;
const wordsOf = (folded: string): string[] => folded.match(/[\p{L}\p{N}]+/gu) ?? [];
const MATCH = { threshold: THRESHOLD, ignoreLocation: true };

/** The letters a-z a folded word has, as bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/** Finds the ids of the notes (or conflicts) a query names, in one notes language. */
export type NoteSearch = (query: string) => Set<string>;

/** The words a source adds to what cites it: its publisher and title. */
const sourceWords = (ids: readonly string[], sourceById: (id: string) => Source | undefined): string =>
  ids.map((id) => sourceById(id)).map((s) => (s ? `${s.publisher} ${s.title ?? ''}` : '')).join(' ');

/**
 * A search over the notes in `lang` (their text, who made a claim or response, the
 * sources' publishers and titles). Every word of the query must be found in a word of the
 * note, tolerant of accents and of a typo or two (fuse.js compares it with each distinct
 * word, as the finder does with aliases); the blank query finds every note. Not the topic's
 * name: "Sûreté" would find every VSSE note, and the topic filter does that job.
 */
export function createNoteSearch(facts: readonly Fact[], sourceById: (id: string) => Source | undefined, lang: NoteLang): NoteSearch {
  return createTextSearch(
    facts.map((f) => f.id),
    facts.map((f) => [factText(f, lang), f.attribution?.[lang] || f.attribution?.en || '', sourceWords(f.sources, sourceById)].join(' ')),
  );
}

/** The same search over the conflicts between sources: their title, text, versions and sources. */
export function createConflictSearch(conflicts: readonly Conflict[], sourceById: (id: string) => Source | undefined, lang: NoteLang): NoteSearch {
  return createTextSearch(
    conflicts.map((c) => c.id),
    conflicts.map((c) => [c.title[lang], c.text[lang], ...c.sides.map((s) => `${s.says[lang]} ${sourceWords(s.sources, sourceById)}`)].join(' ')),
  );
}

/** Finds the `ids` whose `texts` have every word of a query (see createNoteSearch). */
function createTextSearch(ids: readonly string[], texts: readonly string[]): NoteSearch {
  // Each distinct word with the texts that have it: a few thousand words to compare, not
  // every note's whole text, so a keystroke costs the same with ten times the notes.
  const postings = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const word of new Set(wordsOf(fold(text)))) {
      const notes = postings.get(word);
      if (notes) notes.push(i);
      else postings.set(word, [i]);
    }
  });
  const words = [...postings.keys()];
  const masks = Int32Array.from(words, letterMask);
  const found = new Map<string, Uint8Array>();
  /** Which notes have a word like `term`: a flag per note, so a short term that matches most
   * words costs no big allocations (per keystroke, garbage collection is what shows). */
  const notesWith = (term: string): Uint8Array => {
    const known = found.get(term);
    if (known) return known;
    const notes = new Uint8Array(ids.length);
    const typos = Math.floor(term.length * THRESHOLD);
    const mask = letterMask(term);
    words.forEach((word, w) => {
      // Each letter of the term that the word lacks costs a mistake at least: most words
      // are out at once, and fuse.js looks only at the few left.
      if (bitCount(mask & ~masks[w]) > typos) return;
      // A typo is guessed at only in a word that starts as the term does: "Bostin" is
      // Bostyn, not "costing" (readers rarely mistype a first letter).
      if (!word.includes(term) && !(typos && word[0] === term[0] && Fuse.match(term, word, MATCH).isMatch)) return;
      for (const i of postings.get(word)!) notes[i] = 1;
    });
    if (found.size >= CACHE_SIZE) found.clear();
    found.set(term, notes);
    return notes;
  };
  return (query) => {
    const terms = wordsOf(fold(query));
    const sets = terms.map(notesWith);
    return new Set(ids.filter((_, i) => sets.every((s) => s[i])));
  };
}

/** The notes that meet every filter, in their order. */
export function filterNotes(facts: readonly Fact[], filters: LibraryFilters, search: NoteSearch): Fact[] {
  const found = filters.query.trim() ? search(filters.query) : null;
  return facts.filter(
    (f) =>
      (!found || found.has(f.id)) &&
      (!filters.topic || f.topic === filters.topic) &&
      (!filters.kind || f.kind === filters.kind) &&
      (!filters.year || yearOf(f) === filters.year),
  );
}

/**
 * The conflicts between sources that the filters leave: those of the topic, and with a query
 * those it finds. None under a kind or a year: a conflict is no kind of note, and spans years.
 */
export function filterConflicts(conflicts: readonly Conflict[], filters: LibraryFilters, search: NoteSearch): Conflict[] {
  if (filters.kind || filters.year) return [];
  const found = filters.query.trim() ? search(filters.query) : null;
  return conflicts.filter((c) => (!found || found.has(c.id)) && (!filters.topic || c.topic === filters.topic));
}

/** Oldest first, undated last, then by id so the order never depends on the data's. */
const byDate = (a: Fact, b: Fact) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id);

/** A topic's notes as the library lists them: in date order, each claim with its responses. */
export function topicThreads(facts: readonly Fact[], topicId: TopicId): Fact[][] {
  return noteThreads(facts.filter((f) => f.topic === topicId).sort(byDate));
}

/** The threads with at least one of the `shown` notes: a claim never goes without its responses. */
export const threadsShowing = (threads: readonly Fact[][], shown: ReadonlySet<string>): Fact[][] =>
  threads.filter((t) => t.some((f) => shown.has(f.id)));

/** Of the notes shown, how many the search and filters found, and the claims and responses
 * that came along in their threads. */
export interface ShownCount {
  found: number;
  claims: number;
  responses: number;
}

export function countShown(shown: readonly Fact[], found: ReadonlySet<string>): ShownCount {
  const count = { found: 0, claims: 0, responses: 0 };
  for (const f of shown) {
    if (found.has(f.id)) count.found++;
    else count[f.kind === 'claim' ? 'claims' : 'responses']++;
  }
  return count;
}
