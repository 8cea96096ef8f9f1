// The library's search and filters: which notes a query, a topic, a kind and a year
// leave, and how a topic's notes are listed. Pure: the library page and the bench run it.
import Fuse from 'fuse.js';
import { noteThreads } from './note-threads';
import { normalize } from './normalize';
import { factText } from './select-notes';
import type { Fact, FactKind, NoteLang, Source, TopicId } from './types';

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
 * Allowed mistakes per query word, as a share of its length: none under 4 letters, one up
 * to 6 ("Bostin" finds "Bostyn"), two from 7. Looser lets "costin" find "costing"-like noise.
 */
const THRESHOLD = 0.2;

/** Case, accents and letter variants folded as the finder folds them ("Sûreté" → "surete"). */
const fold = (s: string) => normalize(s).text;

interface Entry {
  id: string;
  text: string;
  who: string;
  sources: string;
}

/** Finds the ids of the notes a query names, in one notes language. */
export type NoteSearch = (query: string) => Set<string>;

/**
 * A search over the notes in `lang` (their text, who made a claim or response, the
 * sources' publishers and titles). Every word of the query must be found, each tolerant
 * of accents and of a typo or two; the blank query finds every note. Not the topic's name:
 * "Sûreté" would find every VSSE note, and the topic filter does that job.
 */
export function createNoteSearch(
  facts: readonly Fact[],
  sourceById: (id: string) => Source | undefined,
  lang: NoteLang,
): NoteSearch {
  const entries: Entry[] = facts.map((f) => ({
    id: f.id,
    text: fold(factText(f, lang)),
    who: fold(f.attribution?.[lang] || f.attribution?.en || ''),
    sources: fold(
      f.sources
        .map(sourceById)
        .map((s) => (s ? `${s.publisher} ${s.title ?? ''}` : ''))
        .join(' '),
    ),
  }));
  const all = new Set(facts.map((f) => f.id));
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'text', weight: 1 },
      { name: 'who', weight: 0.7 },
      { name: 'sources', weight: 0.3 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    threshold: THRESHOLD,
    ignoreLocation: true,
    shouldSort: false,
  });
  return (query) => {
    const folded = fold(query).trim();
    if (!folded) return new Set(all);
    return new Set(fuse.search(folded).map((r) => r.item.id));
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

/** Oldest first, undated last, then by id so the order never depends on the data's. */
const byDate = (a: Fact, b: Fact) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id);

/** A topic's notes as the library lists them: in date order, each claim with its responses. */
export function topicThreads(facts: readonly Fact[], topicId: TopicId): Fact[][] {
  return noteThreads(facts.filter((f) => f.topic === topicId).sort(byDate));
}

/** The threads with at least one of the `shown` notes: a claim never goes without its responses. */
export const threadsShowing = (threads: readonly Fact[][], shown: ReadonlySet<string>): Fact[][] =>
  threads.filter((t) => t.some((f) => shown.has(f.id)));
