// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOPICS } from '@/lib/topics';
import type { NoteLang } from '@/lib/types';
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
