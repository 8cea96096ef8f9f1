// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryTarget } from '@/lib/library-hash';
import { CONFLICTS, conflictNotes, gist } from '@/lib/conflicts';
import { createConflictSearch, createNoteSearch, NO_FILTERS, type LibraryFilters } from '@/lib/library-search';
import { FACTS, sourceById } from '@/lib/notes';
import { TOPICS } from '@/lib/topics';
import { factText } from '@/lib/select-notes';
import type { Fact, NoteLang } from '@/lib/types';
import { generateNotes } from '@/scripts/bench/generate-notes';
import { LibraryView } from './LibraryView';

const searches = new Map<NoteLang, ReturnType<typeof createNoteSearch>>();
const searchIn = (lang: NoteLang) => searches.get(lang) ?? searches.set(lang, createNoteSearch(FACTS, sourceById, lang)).get(lang)!;
const conflictSearches = new Map<NoteLang, ReturnType<typeof createConflictSearch>>();
const conflictSearchIn = (lang: NoteLang) =>
  conflictSearches.get(lang) ?? conflictSearches.set(lang, createConflictSearch(CONFLICTS, sourceById, lang)).get(lang)!;

/** The view with its filters held in state, as the page's hook holds them. */
function Library({
  lang = 'en',
  target = { kind: 'none' },
  filters: initial = NO_FILTERS,
  facts = FACTS,
  search = searchIn(lang),
}: {
  lang?: NoteLang;
  target?: LibraryTarget;
  filters?: LibraryFilters;
  facts?: readonly Fact[];
  search?: ReturnType<typeof createNoteSearch>;
}) {
  const [filters, setFilters] = useState(initial);
  return (
    <LibraryView
      lang={lang}
      languagePref={lang}
      autoLang="en"
      topics={TOPICS}
      facts={facts}
      sourceById={sourceById}
      search={search}
      conflicts={CONFLICTS}
      conflictSearch={conflictSearchIn(lang)}
      filters={filters}
      target={target}
      seq={0}
      onFilters={setFilters}
      onLanguage={() => undefined}
    />
  );
}

const noteIds = () => [...document.querySelectorAll('li.note')].map((li) => li.id);
const searchBox = () => screen.getByRole('searchbox', { name: 'Search the notes' }) as HTMLInputElement;
const count = () => screen.getByRole('status').textContent;
const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

describe('LibraryView: everything', () => {
  it('shows each topic with its summary, key dates and every note, each note under its fact id', () => {
    render(<Library />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(TOPICS.map((t) => t.names.en));
    expect(noteIds().sort()).toEqual(FACTS.map((f) => f.id).sort());
    expect(screen.getAllByRole('heading', { name: 'Key dates' })).toHaveLength(TOPICS.length);
    expect(count()).toBe(`All ${FACTS.length} notes`);
  });

  it('gives each note its kind, who said it, its date, its as-of date and all its sources', () => {
    render(<Library />);
    const fact = FACTS.find((f) => f.kind === 'claim' && f.sources.length > 2 && f.date)!;
    const el = document.getElementById(fact.id)!;
    expect(el.querySelector('.note-kind')!.textContent).toBe(`Claim by ${fact.attribution!.en}`);
    expect(el.textContent).toContain('as of ');
    expect([...el.querySelectorAll('.note-source a')].map((a) => a.getAttribute('href'))).toEqual(fact.sources.map((id) => sourceById(id)!.url));
  });

  it('puts each claim beside every response recorded to it', () => {
    render(<Library />);
    for (const claim of FACTS.filter((f) => f.kind === 'claim')) {
      const thread = document.getElementById(claim.id)!.closest('.thread');
      const responses = FACTS.filter((f) => f.respondsTo === claim.id).map((f) => f.id);
      if (!responses.length) continue;
      expect([...thread!.querySelectorAll('.thread-responses > li')].map((li) => li.id).sort()).toEqual(responses.sort());
    }
  });

  it('key dates link to their notes', () => {
    render(<Library />);
    const vsse = screen.getByRole('region', { name: TOPICS.find((t) => t.id === 'vsse')!.names.en });
    const links = within(vsse).getAllByRole('link').filter((a) => a.closest('.timeline'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))).toBeTruthy();
  });
});

describe('LibraryView: where sources differ', () => {
  const conflictEl = (id: string) => document.getElementById(`conflict-${id}`)!;
  const conflictIds = () => [...document.querySelectorAll('li.conflict')].map((li) => li.id.replace(/^conflict-/, ''));

  it("shows every conflict of data/conflicts.json in its topic's section, under \"Where sources differ\"", () => {
    render(<Library />);
    for (const topic of TOPICS) {
      const section = document.getElementById(`section-${topic.id}`)!;
      const ids = CONFLICTS.filter((c) => c.topic === topic.id).map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(within(section).getByRole('region', { name: `Where sources differ ${topic.names.en}` })).toBeTruthy();
      expect([...section.querySelectorAll('li.conflict')].map((li) => li.id)).toEqual(ids.map((id) => `conflict-${id}`));
    }
  });

  it('tells what differs, each version with all its sources written as the card writes them', () => {
    render(<Library />);
    for (const c of CONFLICTS) {
      const el = conflictEl(c.id);
      expect(within(el).getByRole('heading', { level: 4 }).textContent).toBe(c.title.en);
      expect(el.textContent).toContain(c.text.en);
      const sides = within(el).getByRole('list', { name: 'Versions' }).querySelectorAll(':scope > li');
      expect([...sides].map((side) => side.querySelector('.conflict-says')!.textContent)).toEqual(c.sides.map((s) => s.says.en));
      c.sides.forEach((side, i) => {
        const lines = [...sides[i].querySelectorAll('li.note-source')];
        expect(lines.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(side.sources.map((id) => sourceById(id)!.url));
        // As the card writes a source: its publisher and its date (or that none is visible).
        lines.forEach((li, j) => expect(li.textContent).toMatch(new RegExp(`${sourceById(side.sources[j])!.publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*, .+`)));
      });
    }
  });

  it("links to the notes on each side, and each of those notes links back with a \"Sources differ\" link", () => {
    render(<Library />);
    for (const c of CONFLICTS) {
      const el = conflictEl(c.id);
      const noteLinks = [...el.querySelectorAll('.conflict-notes a')].map((a) => a.getAttribute('href'));
      expect(noteLinks).toEqual(expect.arrayContaining(conflictNotes(c).map((id) => `#${id}`)));
      for (const id of conflictNotes(c)) {
        const back = within(document.getElementById(id)!).getByRole('link', { name: `Sources differ: ${c.title.en}` });
        expect(back.getAttribute('href')).toBe(`#conflict=${c.id}`);
      }
    }
    const side = CONFLICTS.find((c) => c.id === 'lgg-customs-staff-differs')!;
    const claim = within(conflictEl(side.id)).getByRole('link', { name: gist(factText(FACTS.find((f) => f.id === 'lgg-kik-claim-2024')!, 'en')) });
    expect(claim.closest('.conflict-side')!.querySelector('.conflict-says')!.textContent).toBe(side.sides[0].says.en);
  });

  it('notes outside any conflict have no such link', () => {
    render(<Library />);
    const inConflicts = new Set(CONFLICTS.flatMap(conflictNotes));
    const lone = FACTS.filter((f) => !inConflicts.has(f.id));
    expect(lone.length).toBeGreaterThan(0);
    for (const f of lone) expect(document.getElementById(f.id)!.querySelector('.note-differs')).toBeNull();
  });

  it('speaks the notes language', () => {
    render(<Library lang="fr" />);
    const c = CONFLICTS.find((x) => x.id === 'vsse-staff-differs')!;
    expect(screen.getAllByRole('region', { name: /^Là où les sources divergent / })).toHaveLength(TOPICS.length);
    expect(conflictEl(c.id).textContent).toContain(c.text.fr);
    expect(within(document.getElementById('vsse-bostyn-staff')!).getByRole('link', { name: `Les sources divergent : ${c.title.fr}` })).toBeTruthy();
  });

  it('are found by the search: a conflict the query names shows, even where no note matches', () => {
    render(<Library />);
    fireEvent.input(searchBox(), { target: { value: 'Foglio' } });
    expect(conflictIds()).toEqual(['vsse-monitoring-length-differs']);
    expect(noteIds()).toEqual([]);
    expect(screen.queryByText(/No note matches/)).toBeNull();
    expect(count()).toBe(`0 of ${FACTS.length} notes · 1 point where sources differ`);
    fireEvent.input(searchBox(), { target: { value: 'runway' } });
    expect(conflictIds()).toEqual(['lgg-runway-differs']);
    expect(noteIds()).toContain('lgg-runway');
  });

  it('a kind or a year filter leaves them out; a topic filter keeps its own', () => {
    render(<Library />);
    choose('Topic', 'vsse');
    expect(conflictIds()).toEqual(CONFLICTS.filter((c) => c.topic === 'vsse').map((c) => c.id));
    choose('Kind', 'fact');
    expect(conflictIds()).toEqual([]);
  });

  it('a link to a conflict scrolls to it, marks it and moves focus to it', () => {
    render(<Library target={{ kind: 'conflict', id: 'lgg-runway-differs' }} />);
    const el = conflictEl('lgg-runway-differs');
    expect(el.classList.contains('conflict-marked')).toBe(true);
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(el);
    expect(document.activeElement).toBe(el);
  });
});

describe('LibraryView: search', () => {
  it('"Bostin" keeps the Bostyn note and hides others, and says how many are left', () => {
    render(<Library />);
    fireEvent.input(searchBox(), { target: { value: 'Bostin' } });
    expect(noteIds()).toContain('vsse-bostyn-staff');
    expect(noteIds().length).toBeLessThan(5);
    expect(count()).toBe(`${noteIds().length} of ${FACTS.length} notes`);
    expect(screen.queryByRole('heading', { name: 'Key dates' })).toBeNull();
  });

  it('"surete" finds the Sûreté in French', () => {
    render(<Library lang="fr" />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Rechercher dans les notes' }), { target: { value: 'surete' } });
    const shown = noteIds();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((id) => document.getElementById(id)!.textContent!.includes('Sûreté'))).toBe(true);
  });

  it('a response that matches brings its claim with it', () => {
    render(<Library />);
    const response = FACTS.find((f) => f.id === 'vsse-embassy-2023')!;
    fireEvent.input(searchBox(), { target: { value: 'groundless conjecture' } });
    expect(noteIds()).toEqual(expect.arrayContaining([response.respondsTo, response.id]));
  });

  it('says so when nothing matches, and clearing shows everything again', () => {
    render(<Library />);
    fireEvent.input(searchBox(), { target: { value: 'zzzqqq' } });
    expect(noteIds()).toEqual([]);
    expect(screen.getByText(/No note matches/)).toBeTruthy();
    expect(count()).toBe(`0 of ${FACTS.length} notes`);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(searchBox().value).toBe('');
    expect(noteIds()).toHaveLength(FACTS.length);
  });

  it('clearing puts keyboard focus in the search box, not on the page (the button disables itself)', () => {
    render(<Library />);
    fireEvent.input(searchBox(), { target: { value: 'Bostyn' } });
    const clear = screen.getByRole('button', { name: 'Clear search and filters' }) as HTMLButtonElement;
    clear.focus();
    fireEvent.click(clear);
    expect(clear.disabled).toBe(true);
    expect(document.activeElement).toBe(searchBox());
  });

  it('renders what is typed as text, never as markup', () => {
    render(<Library />);
    fireEvent.input(searchBox(), { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('LibraryView: filters', () => {
  it.each<[string, string, string, (id: string) => boolean]>([
    ['topic', 'Topic', 'liege-airport', (id) => FACTS.find((f) => f.id === id)!.topic === 'liege-airport'],
    ['year', 'Year', '2021', (id) => FACTS.find((f) => f.id === id)!.date?.startsWith('2021') ?? false],
    ['undated', 'Year', 'undated', (id) => FACTS.find((f) => f.id === id)!.date === null],
  ])('by %s', (_name, label, value, fits) => {
    render(<Library />);
    choose(label, value);
    const shown = noteIds();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(FACTS.length);
    expect(shown.filter((id) => !fits(id))).toEqual([]);
  });

  it('by kind: the claims, each still with its responses', () => {
    render(<Library />);
    choose('Kind', 'claim');
    const claims = FACTS.filter((f) => f.kind === 'claim').map((f) => f.id);
    const responses = FACTS.filter((f) => f.respondsTo).map((f) => f.id);
    expect(noteIds().sort()).toEqual([...claims, ...responses].sort());
  });

  // Claims, and the claims that have a response; responses.
  const claims = FACTS.filter((f) => f.kind === 'claim').length;
  const answered = new Set(FACTS.map((f) => f.respondsTo).filter(Boolean)).size;
  const responses = FACTS.filter((f) => f.kind === 'response').length;
  it.each<[NoteLang, string, string, number]>([
    ['en', 'claim', `${claims} of ${FACTS.length} notes · shown with ${responses} responses`, claims + responses],
    ['en', 'response', `${responses} of ${FACTS.length} notes · shown with ${answered} claims`, answered + responses],
    ['fr', 'claim', `${claims} notes sur ${FACTS.length} · affichées avec ${responses} réponses`, claims + responses],
    ['nl', 'response', `${responses} van ${FACTS.length} notities · getoond met ${answered} beweringen`, answered + responses],
  ])('%s, kind %s: the count says how many were found, and the thread partners shown with them', (lang, kind, text, shown) => {
    render(<Library lang={lang} />);
    fireEvent.change(document.getElementById('filter-kind')!, { target: { value: kind } });
    expect(noteIds()).toHaveLength(shown);
    expect(count()).toBe(text);
  });

  /** Each shown topic's count of its notes, as its panel's heading says it. */
  const panelCounts = () =>
    Object.fromEntries([...document.querySelectorAll('section.topic')].map((s) => [s.id.replace('section-', ''), s.querySelector('h3')?.textContent]));
  const inTopic = (topic: string, kind: string) => FACTS.filter((f) => f.topic === topic && f.kind === kind).length;
  const answeredIn = (topic: string) => new Set(FACTS.filter((f) => f.topic === topic && f.respondsTo).map((f) => f.respondsTo)).size;
  const TOPIC_IDS = TOPICS.map((t) => t.id);
  it.each<[NoteLang, string, (topic: string) => string]>([
    ['en', 'claim', (x) => `${inTopic(x, 'claim')} claims · shown with ${inTopic(x, 'response')} responses`],
    ['fr', 'claim', (x) => `${inTopic(x, 'claim')} affirmations · affichées avec ${inTopic(x, 'response')} réponses`],
    ['nl', 'response', (x) => `${inTopic(x, 'response')} reacties · getoond met ${answeredIn(x)} beweringen`],
    ['en', 'fact', (x) => `${inTopic(x, 'fact')} facts`],
  ])('%s, kind %s: each topic’s heading counts the notes of that kind, and apart those that came along', (lang, kind, text) => {
    render(<Library lang={lang} filters={{ ...NO_FILTERS, kind: kind as LibraryFilters['kind'] }} />);
    expect(panelCounts()).toEqual(Object.fromEntries(TOPIC_IDS.map((x) => [x, text(x)])));
  });

  it.each<[NoteLang, string[]]>([
    ['en', ['1 background note', '2 background notes', '3 background notes']],
    ['fr', ['1 note de contexte', '2 notes de contexte', '3 notes de contexte']],
    ['nl', ['1 achtergrondnotitie', '2 achtergrondnotities', '3 achtergrondnotities']],
  ])('%s: a kind’s count takes the noun the language uses for it', (lang, texts) => {
    render(<Library lang={lang} filters={{ ...NO_FILTERS, kind: 'context' }} />);
    expect(Object.values(panelCounts()).sort()).toEqual(texts);
  });

  it('a search that finds one response counts it alone; its claim and the claim’s other responses come along', () => {
    render(<Library />);
    const response = FACTS.find((f) => f.id === 'vsse-embassy-2023')!;
    const others = FACTS.filter((f) => f.respondsTo === response.respondsTo).length - 1;
    fireEvent.input(searchBox(), { target: { value: 'groundless conjecture' } });
    expect(noteIds()).toHaveLength(2 + others);
    expect(count()).toBe(`1 of ${FACTS.length} notes · shown with 1 claim and ${others} ${others === 1 ? 'response' : 'responses'}`);
    expect(panelCounts()).toEqual({ vsse: `1 note · shown with 1 claim and ${others} ${others === 1 ? 'response' : 'responses'}` });
  });

  it('on paper, a filtered page says which search and filters left it (nothing said when unfiltered)', () => {
    render(<Library />);
    const line = () => document.querySelector('.print-filtered')?.textContent;
    expect(line()).toBeUndefined();
    fireEvent.input(searchBox(), { target: { value: ' Bostin ' } });
    expect(line()).toBe('Filtered: search “Bostin”');
    choose('Topic', 'vsse');
    choose('Kind', 'claim');
    choose('Year', 'undated');
    expect(line()).toBe(`Filtered: search “Bostin”, topic ${TOPICS.find((t) => t.id === 'vsse')!.names.en}, kind claims, year undated`);
    cleanup();
    render(<Library lang="fr" filters={{ ...NO_FILTERS, kind: 'response', year: '2021' }} />);
    expect(line()).toBe('Liste filtrée : type réponses, année 2021');
  });

  it('query and filters together, and the topic heading only where notes are left', () => {
    render(<Library />);
    choose('Topic', 'cainiao');
    fireEvent.input(searchBox(), { target: { value: 'Bostyn' } });
    expect(noteIds()).toEqual([]);
    choose('Topic', '');
    expect(noteIds()).toContain('vsse-bostyn-staff');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain(TOPICS.find((t) => t.id === 'vsse')!.names.en);
  });
});

describe('LibraryView: deep links', () => {
  it('a note link scrolls to that note, marks it and moves focus to it', () => {
    render(<Library target={{ kind: 'note', id: 'lgg-runway' }} />);
    const note = document.getElementById('lgg-runway')!;
    expect(note.classList.contains('note-marked')).toBe(true);
    expect(document.querySelectorAll('.note-marked')).toHaveLength(1);
    expect(note.scrollIntoView).toHaveBeenCalled();
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(note);
    expect(document.activeElement).toBe(note);
  });

  it('a topic link scrolls to its section', () => {
    render(<Library target={{ kind: 'topic', topic: 'vsse' }} filters={{ ...NO_FILTERS, topic: 'vsse' }} />);
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(document.getElementById('section-vsse'));
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
  });

  it('a link to a note we do not have says so and shows everything', () => {
    render(<Library target={{ kind: 'unknown', fragment: 'gone-note' }} />);
    expect(screen.getByRole('alert').textContent).toContain('“gone-note”');
    expect(noteIds()).toHaveLength(FACTS.length);
  });
});

describe('LibraryView: a library ten times ours', () => {
  const many = generateNotes(FACTS, 700);
  const search = createNoteSearch(many, sourceById, 'en');

  it('draws a first screen of notes at once, and every note just after', async () => {
    render(<Library facts={many} search={search} />);
    expect(noteIds().length).toBeGreaterThan(0);
    expect(noteIds().length).toBeLessThan(60);
    expect(count()).toBe('All 700 notes');
    await waitFor(() => expect(noteIds()).toHaveLength(700), { timeout: 20_000 });
    expect(document.querySelectorAll('li.conflict')).toHaveLength(CONFLICTS.length);
  }, 30_000);

  it('draws everything at once when a link points at a note far down', () => {
    const last = many.at(-1)!.id;
    render(<Library facts={many} search={search} target={{ kind: 'note', id: last }} />);
    expect(document.activeElement).toBe(document.getElementById(last));
  }, 30_000);
});

describe('LibraryView: keyboard', () => {
  it('"/" brings focus to the search box, but types "/" in a field', () => {
    render(<Library />);
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(searchBox());
    const year = screen.getByRole('combobox', { name: 'Year' });
    year.focus();
    fireEvent.keyDown(year, { key: '/' });
    expect(document.activeElement).toBe(year);
  });
});
