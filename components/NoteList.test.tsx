// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOURCES as SOURCE_DATA } from '@/lib/notes';
import { NOTE_LANGS, type Fact, type Source } from '@/lib/types';
import { NoteList } from './NoteList';

const text = (en: string) => ({ en, fr: `${en} (fr)`, nl: `${en} (nl)` });
const fact = (over: Partial<Fact>): Fact => ({
  id: 'f1', topic: 'vsse', kind: 'fact', text: text('A plain fact.'), date: '2024-03-01', asOf: '2024-03-01', sources: ['s1'], ...over,
});
const SOURCES: Record<string, Source> = {
  s1: { id: 's1', url: 'https://www.lesoir.be/article', publisher: 'Le Soir', title: 'An article', titleFrom: 'page', published: '2024-03-12', language: 'fr' },
  s2: { id: 's2', url: 'https://example.org/undated', publisher: 'Example Times', title: 'Undated piece', titleFrom: 'url', published: null, language: 'en' },
  s3: { id: 's3', url: 'https://www.brf.be/x/1', publisher: 'BRF', via: { en: 'via Belga', fr: 'via Belga', nl: 'via Belga' }, title: null, titleFrom: 'none', published: null, publishedMonth: '2021-11', language: 'de' },
  evil: { id: 'evil', url: 'javascript:alert(1)', publisher: 'Evil', title: 'Click me', titleFrom: 'page', published: null, language: 'en' },
};
const lookup = (id: string) => SOURCES[id];

afterEach(cleanup);

describe('NoteList', () => {
  it('labels each kind of note, with who made claims and responses', () => {
    render(
      <NoteList
        lang="en"
        sourceById={lookup}
        facts={[
          fact({ id: 'a' }),
          fact({ id: 'b', kind: 'claim', attribution: text('VSSE') }),
          fact({ id: 'c', kind: 'response', attribution: text('Cainiao'), respondsTo: 'b' }),
          fact({ id: 'd', kind: 'context' }),
        ]}
      />,
    );
    const labels = screen.getAllByRole('listitem').filter((li) => li.classList.contains('note')).map((li) => li.querySelector('.note-kind')!.textContent);
    expect(labels).toEqual(['Fact', 'Claim by VSSE', 'Response by Cainiao', 'Background']);
  });

  it('writes the note and its labels in the chosen language', () => {
    render(<NoteList lang="fr" sourceById={lookup} facts={[fact({ kind: 'claim', attribution: text('VSSE') })]} />);
    expect(screen.getByText('A plain fact. (fr)')).toBeTruthy();
    expect(screen.getByText('Affirmation de VSSE (fr)')).toBeTruthy();
    expect(screen.getByText('12 mars 2024')).toBeTruthy();
  });

  it('gives every source its title, publisher, date, month or "date not visible", and a link that opens safely', () => {
    render(<NoteList lang="en" sourceById={lookup} facts={[fact({ sources: ['s1', 's2', 's3', 'missing'] })]} />);
    const lines = document.querySelectorAll('.note-source');
    expect([...lines].map((l) => l.textContent)).toEqual([
      '“An article” — Le Soir, 12 March 2024',
      'Undated piece — Example Times, date not visible',
      'BRF (brf.be), via Belga, November 2021',
    ]);
    expect(screen.getByRole('link', { name: 'Undated piece' }).getAttribute('title')).toMatch(/address/);
    cleanup();
    render(<NoteList lang="fr" sourceById={lookup} facts={[fact({ sources: ['s1', 's2'] })]} />);
    expect([...document.querySelectorAll('.note-source')].map((l) => l.textContent)).toEqual([
      '« An article » — Le Soir, 12 mars 2024',
      'Undated piece — Example Times, date non visible',
    ]);
    const link = screen.getByRole('link', { name: 'An article' });
    expect(link.getAttribute('href')).toBe('https://www.lesoir.be/article');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(lines[0].querySelector('time')?.getAttribute('datetime')).toBe('2024-03-12');
  });

  it('renders hostile text as inert text and never links a script URL', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(
      <NoteList
        lang="en"
        sourceById={lookup}
        facts={[fact({ kind: 'claim', text: text(hostile), attribution: text('<b>x</b>'), sources: ['evil'] })]}
      />,
    );
    const note = document.querySelector('.note')!;
    expect(note.querySelector('img, b')).toBeNull();
    expect(within(note as HTMLElement).getByText(hostile)).toBeTruthy();
    expect(within(note as HTMLElement).getByText('Claim by <b>x</b>')).toBeTruthy();
    expect(note.querySelector('a')!.hasAttribute('href')).toBe(false);
  });

  it('shows the event date and folds sources beyond maxSources under "N more sources"', () => {
    render(<NoteList lang="en" sourceById={lookup} maxSources={1} facts={[fact({ sources: ['s1', 's2', 'evil'] })]} />);
    expect(document.querySelector('.note-date')?.textContent).toContain('1 March 2024');
    expect(document.querySelectorAll('.note > .note-sources .note-source')).toHaveLength(1);
    expect(screen.getByText('2 more sources')).toBeTruthy();
    expect(document.querySelectorAll('.note-more .note-source')).toHaveLength(2);
  });
});

describe('every bundled source line, in every language', () => {
  const bundled = new Map<string, Source>(SOURCE_DATA.map((s) => [s.id, s]));
  it.each(NOTE_LANGS)('%s: no researcher\'s note on screen', (lang) => {
    render(<NoteList lang={lang} sourceById={(id) => bundled.get(id)} facts={[fact({ sources: [...bundled.keys()] })]} />);
    const text = [...document.querySelectorAll('.note-source')].map((l) => l.textContent).join('\n');
    expect(document.querySelectorAll('.note-source')).toHaveLength(bundled.size);
    expect(text).not.toMatch(/headline not shown|url slug|title taken from|republication of|date unknown|date inconnue|datum onbekend/i);
  });

  describe('where sources differ', () => {
    const facts = [fact({ id: 'a' }), fact({ id: 'b' }), fact({ id: 'c' })];
    const conflicts = { a: ['size-differs'], c: ['size-differs', 'year-differs'] };
    const differLinks = (id: string) => document.querySelectorAll('li.note')[['a', 'b', 'c'].indexOf(id)];
    const linksIn = (li: Element) => within(li as HTMLElement).queryAllByRole('link').filter((l) => l.classList.contains('note-differ-link'));

    it('puts a line under each note that is part of a conflict, and none under the others', () => {
      render(<NoteList lang="en" sourceById={lookup} facts={facts} conflicts={conflicts} />);
      expect(linksIn(differLinks('a')).map((l) => [l.textContent, l.getAttribute('href'), l.getAttribute('target')])).toEqual([
        ['Sources differ on this: see the versions', 'library.html#conflict=size-differs', '_blank'],
      ]);
      expect(linksIn(differLinks('b'))).toEqual([]);
      expect(linksIn(differLinks('c')).map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
        ['Sources differ on this (1 of 2): see the versions', 'library.html#conflict=size-differs'],
        ['Sources differ on this (2 of 2): see the versions', 'library.html#conflict=year-differs'],
      ]);
    });

    it('says it in the notes language', () => {
      render(<NoteList lang="fr" sourceById={lookup} facts={facts} conflicts={conflicts} />);
      expect(screen.getByRole('link', { name: 'Les sources divergent sur ce point : voir les versions' })).toBeTruthy();
      cleanup();
      render(<NoteList lang="nl" sourceById={lookup} facts={facts} conflicts={conflicts} />);
      expect(screen.getByRole('link', { name: 'Bronnen verschillen hierover: zie de versies' })).toBeTruthy();
    });

    it('asks instead of linking when told how to open the library (the in-page card)', () => {
      const onOpenConflict = vi.fn();
      render(<NoteList lang="en" sourceById={lookup} facts={facts} conflicts={conflicts} onOpenConflict={onOpenConflict} />);
      const [link] = linksIn(differLinks('a'));
      expect(link.getAttribute('href')).toBe('#'); // no extension URL in the page
      expect(fireEvent.click(link)).toBe(false);
      expect(onOpenConflict).toHaveBeenCalledWith('size-differs');
    });

    it('shows no line without conflicts, or for a note named only by an inherited key', () => {
      render(<NoteList lang="en" sourceById={lookup} facts={[fact({ id: 'toString' }), fact({ id: 'a' })]} conflicts={{}} />);
      expect(screen.queryAllByRole('link', { name: /Sources differ/ })).toEqual([]);
    });
  });
});
