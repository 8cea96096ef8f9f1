import { describe, expect, it } from 'vitest';
import { CONFLICTS } from './conflicts';
import {
  countShown,
  createConflictSearch,
  createNoteSearch,
  filterConflicts,
  filterNotes,
  isFiltering,
  NO_FILTERS,
  threadsShowing,
  topicThreads,
  UNDATED,
  yearsOf,
  type LibraryFilters,
} from './library-search';
import { FACTS, sourceById } from './notes';
import { TOPICS } from './topics';
import type { Conflict, Fact, FactKind, NoteLang, Source, TopicId } from './types';

const note = (id: string, over: Partial<Fact> & { en?: string; fr?: string }): Fact => ({
  id,
  topic: 'vsse',
  kind: 'fact',
  text: { en: over.en ?? id, fr: over.fr ?? over.en ?? id, nl: over.en ?? id },
  date: '2021-05-05',
  asOf: '2024-01-01',
  sources: ['s1'],
  ...over,
});
const SOURCES: Record<string, Source> = {
  s1: { id: 's1', url: 'https://example.be/a', publisher: 'Le Soir', title: 'Un article', titleFrom: 'page', published: null, language: 'fr' },
  s2: { id: 's2', url: 'https://example.be/b', publisher: 'Reuters', title: 'A wire story', titleFrom: 'page', published: null, language: 'en' },
};
const NOTES: Fact[] = [
  note('staff', { en: 'Francisca Bostyn heads the service since 2024.', fr: 'Francisca Bostyn dirige le service depuis 2024.', date: '2024-02-01' }),
  note('name', { en: 'In French it is the Sûreté de l’État.', fr: 'En français, la Sûreté de l’État.', date: null }),
  note('warning', { kind: 'claim', en: 'The minister warned of spying at the airport.', attribution: { en: 'Vincent Van Quickenborne', fr: 'Vincent Van Quickenborne', nl: 'Vincent Van Quickenborne' } }),
  note('reply', { kind: 'response', respondsTo: 'warning', en: 'The embassy called this groundless.', date: '2021-05-07', sources: ['s2'] }),
  note('hub', { topic: 'cainiao', en: 'The hub opened in Liège in 2021.', date: '2021-11-08' }),
];
const searchIn = (lang: NoteLang) => createNoteSearch(NOTES, (id) => SOURCES[id], lang);
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('createNoteSearch', () => {
  it.each<[string, NoteLang, string, string[]]>([
    ['a typo in a name', 'en', 'Bostin', ['staff']],
    ['no accents for accented words', 'en', 'surete', ['name']],
    ['accents typed where the text has them', 'fr', 'SÛRETÉ', ['name']],
    ['every word must be found', 'en', 'bostyn 2024', ['staff']],
    ['words in any order', 'en', 'airport spying', ['warning']],
    ['who said it', 'en', 'Quickenborne', ['warning']],
    ['not the topic’s name', 'en', 'Cainiao', []],
    ['a publisher of a source', 'en', 'Reuters', ['reply']],
    ['the chosen language only', 'en', 'dirige', []],
    ['the chosen language only (fr)', 'fr', 'dirige', ['staff']],
    ['short words are not guessed at', 'en', 'hud', []],
    ['two typos in a short word find nothing', 'en', 'Bstin', []],
    ['a typo is not guessed at in the first letter', 'en', 'Costyn', []],
    ['part of a longer word, typed right', 'en', 'uickenborn', ['warning']],
    ['typed punctuation is ignored', 'en', '"Bostyn",', ['staff']],
    ['a blank query finds everything', 'en', '   ', ['hub', 'name', 'reply', 'staff', 'warning']],
  ])('%s: %s "%s"', (_name, lang, query, expected) => {
    expect(sorted(searchIn(lang)(query))).toEqual(expected);
  });

  it('on the bundled notes, "Bostin" finds the Bostyn note in every language, and few others', () => {
    for (const lang of ['en', 'fr', 'nl'] as const) {
      const found = createNoteSearch(FACTS, sourceById, lang)('Bostin');
      expect(found).toContain('vsse-bostyn-staff');
      expect([...found]).toEqual(['vsse-bostyn-staff']);
    }
  });

  it('on the bundled notes, "surete" finds notes naming the Sûreté (in French)', () => {
    const found = createNoteSearch(FACTS, sourceById, 'fr')('surete');
    const named = FACTS.filter((f) => f.text.fr.includes('Sûreté')).map((f) => f.id);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !found.has(id))).toEqual([]);
  });
});

describe('filterNotes', () => {
  const search = searchIn('en');
  it.each<[string, Partial<LibraryFilters>, string[]]>([
    ['no filter', {}, ['staff', 'name', 'warning', 'reply', 'hub']],
    ['topic', { topic: 'cainiao' }, ['hub']],
    ['kind', { kind: 'claim' }, ['warning']],
    ['year', { year: '2021' }, ['warning', 'reply', 'hub']],
    ['undated', { year: UNDATED }, ['name']],
    ['query and year together', { query: 'the', year: '2021' }, ['warning', 'reply', 'hub']],
    ['query and topic that exclude each other', { query: 'Bostyn', topic: 'cainiao' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(filterNotes(NOTES, { ...NO_FILTERS, ...filters }, search).map((f) => f.id)).toEqual(expected);
  });

  it('isFiltering is false only with nothing chosen and a blank query', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, kind: 'context' as FactKind })).toBe(true);
  });
});

describe('conflicts between sources', () => {
  const words = (en: string, fr = en) => ({ en, fr, nl: en });
  const DIFFERS: Conflict[] = [
    { id: 'staff', topic: 'vsse', title: words('Staff numbers', 'Effectifs'), text: words('The police site gives 600; the service gives 900.', 'Le site de la police donne 600 ; le service 900.'),
      sides: [{ says: words('About 600'), sources: ['s1'], facts: [] }, { says: words('More than 900'), sources: ['s2'], facts: [] }], about: [] },
    { id: 'hub', topic: 'cainiao', title: words('Opening year'), text: words('Some say 2018, others 2021.'),
      sides: [{ says: words('2021'), sources: ['s1'], facts: ['hub'] }, { says: words('2018'), sources: ['s1'], facts: [] }], about: [] },
  ];
  const search = (lang: NoteLang) => createConflictSearch(DIFFERS, (id) => SOURCES[id], lang);

  it.each<[string, NoteLang, string, string[]]>([
    ['its text, with a typo', 'en', 'servise', ['staff']],
    ['a version', 'en', 'More than 900', ['staff']],
    ['a publisher of its sources', 'en', 'Reuters', ['staff']],
    ['the chosen language', 'fr', 'effectifs', ['staff']],
    ['several', 'en', '2021', ['hub']],
    ['none', 'en', 'zzzqqq', []],
  ])('createConflictSearch: %s (%s "%s")', (_name, lang, query, expected) => {
    expect(sorted(search(lang)(query))).toEqual(expected);
  });

  it.each<[string, Partial<LibraryFilters>, string[]]>([
    ['no filter: all', {}, ['staff', 'hub']],
    ['a topic: its own', { topic: 'cainiao' }, ['hub']],
    ['a query: those it finds', { query: 'police' }, ['staff']],
    ['a kind: none', { kind: 'fact' }, []],
    ['a year: none', { year: '2021' }, []],
  ])('filterConflicts: %s', (_name, filters, expected) => {
    expect(filterConflicts(DIFFERS, { ...NO_FILTERS, ...filters }, search('en')).map((c) => c.id)).toEqual(expected);
  });

  it('on the bundled conflicts, "Foglio" finds the one Il Foglio is a source of', () => {
    expect([...createConflictSearch(CONFLICTS, sourceById, 'en')('Foglio')]).toEqual(['vsse-monitoring-length-differs']);
  });
});

describe('listing', () => {
  it('yearsOf: newest first, undated last', () => {
    expect(yearsOf(NOTES)).toEqual(['2024', '2021', UNDATED]);
  });

  it('topicThreads: date order, undated last, each claim with its responses', () => {
    expect(topicThreads(NOTES, 'vsse').map((t) => t.map((f) => f.id))).toEqual([['warning', 'reply'], ['staff'], ['name']]);
  });

  it('threadsShowing keeps a whole thread when only its response matches', () => {
    expect(threadsShowing(topicThreads(NOTES, 'vsse'), new Set(['reply'])).map((t) => t.map((f) => f.id))).toEqual([['warning', 'reply']]);
  });

  it.each<[string, string[], { found: number; claims: number; responses: number }]>([
    ['a found claim brings its response', ['warning'], { found: 1, claims: 0, responses: 1 }],
    ['a found response brings its claim', ['reply'], { found: 1, claims: 1, responses: 0 }],
    ['both found, nothing came along', ['warning', 'reply', 'staff'], { found: 3, claims: 0, responses: 0 }],
  ])('countShown: %s', (_, found, count) => {
    const shown = threadsShowing(topicThreads(NOTES, 'vsse'), new Set(found)).flat();
    expect(countShown(shown, new Set(found))).toEqual(count);
  });

  it('every bundled note is listed once under its topic', () => {
    const listed = TOPICS.flatMap((t) => topicThreads(FACTS, t.id as TopicId).flat().map((f) => f.id));
    expect(sorted(listed)).toEqual(sorted(FACTS.map((f) => f.id)));
  });
});
