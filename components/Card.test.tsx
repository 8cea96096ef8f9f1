// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOPICS } from '@/lib/topics';
import type { Fact, NoteLang } from '@/lib/types';
import { Card, type CardProps } from './Card';

const cainiao = TOPICS.find((t) => t.id === 'cainiao')!;
const card = (over: Partial<CardProps> = {}) =>
  render(
    <Card
      topic={cainiao}
      matched="Cainiao"
      why="exact alias"
      notes={[]}
      sourceById={() => undefined}
      lang="en"
      position={{ left: 0, top: 0, maxHeight: 400 }}
      focus={false}
      onDismiss={() => undefined}
      onClose={() => undefined}
      libraryNotes={22}
      onOpenLibrary={() => undefined}
      {...over}
    />,
  );

afterEach(cleanup);

describe('Card: its language', () => {
  it.each<NoteLang>(['en', 'fr', 'nl'])('says it is in the notes language (%s), whatever the page’s', (lang) => {
    card({ lang });
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe(lang);
  });
});

describe('Card: the link to the library', () => {
  it.each<[NoteLang, string]>([
    ['en', 'All 22 notes about Cainiao'],
    ['fr', 'Les 22 notes sur Cainiao'],
    ['nl', 'Alle 22 notities over Cainiao'],
  ])('is named for the topic and its notes (%s)', (lang, name) => {
    card({ lang });
    expect(screen.getByRole('link', { name })).toBeTruthy();
  });

  it('asks for the library instead of following the link, whether clicked or middle-clicked', () => {
    const onOpenLibrary = vi.fn();
    card({ onOpenLibrary });
    const link = screen.getByRole('link', { name: /All 22 notes/ });
    expect(link.getAttribute('href')).toBe('#'); // no extension URL in the page
    expect(fireEvent.click(link)).toBe(false); // default prevented
    expect(fireEvent(link, new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }))).toBe(false);
    expect(onOpenLibrary).toHaveBeenCalledTimes(2);
  });

  it('is left out when the background gave no count', () => {
    card({ libraryNotes: 0 });
    expect(screen.queryByRole('link', { name: /notes about/ })).toBeNull();
  });
});

describe('Card: where sources differ', () => {
  const note = (id: string, en: string): Fact => ({
    id, topic: 'cainiao', kind: 'fact', text: { en, fr: en, nl: en }, date: '2024-03-01', asOf: '2024-03-01', sources: [],
  });
  const notes = [note('cainiao-warehouse-size', 'The first building’s size.'), note('cainiao-other', 'Another note.')];

  it('links only the notes that are part of a conflict to it, asking the background to open the library there', () => {
    const onOpenConflict = vi.fn();
    card({ notes, conflicts: { 'cainiao-warehouse-size': ['cainiao-building-size-differs'] }, onOpenConflict });
    const [first, second] = [...document.querySelectorAll('li.note')] as HTMLElement[];
    const link = first.querySelector('a.note-differ-link')!;
    expect(link.textContent).toBe('Sources differ on this: see the versions');
    expect(second.querySelector('a.note-differ-link')).toBeNull();
    expect(fireEvent.click(link)).toBe(false);
    expect(fireEvent(link, new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }))).toBe(false);
    expect(onOpenConflict.mock.calls).toEqual([['cainiao-building-size-differs'], ['cainiao-building-size-differs']]);
  });

  it('is reachable from the keyboard: a real link with an href', () => {
    card({ notes, conflicts: { 'cainiao-other': ['cainiao-building-size-differs'] }, onOpenConflict: vi.fn() });
    const link = screen.getByRole('link', { name: 'Sources differ on this: see the versions' });
    expect(link.tagName).toBe('A');
    expect(link.hasAttribute('href')).toBe(true);
    expect(link.tabIndex).not.toBe(-1);
  });

  it('shows no such line when the background sent no conflicts (an older one)', () => {
    card({ notes });
    expect(screen.queryByRole('link', { name: /Sources differ/ })).toBeNull();
  });
});
