// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabMention, TabResult } from '@/lib/messages';
import type { NoteLang } from '@/lib/types';
import { PopupView } from './PopupView';

const mention = (id: number, topic: TabMention['topic'], excerpt: string): TabMention => ({
  id, topic, alias: topic, why: 'exact alias', excerpt, frameId: 0,
});
const result = (mentions: TabMention[]): TabResult => ({
  url: 'https://www.lesoir.be/a',
  paused: false,
  total: mentions.length,
  scans: 1,
  byTopic: Object.fromEntries([...new Set(mentions.map((m) => m.topic))].map((t) => [t, mentions.filter((m) => m.topic === t)])),
});
const FIGURES = result([
  mention(0, 'cainiao', 'Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.'),
  mention(1, 'liege-airport', "L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction."),
]);

function show(r: TabResult, lang: NoteLang = 'en') {
  render(
    <PopupView
      state={{ kind: 'results', site: 'lesoir.be', result: r }}
      lang={lang}
      onPause={vi.fn()}
      onResume={vi.fn()}
      onScan={vi.fn()}
      onShowMention={vi.fn()}
    />,
  );
}

afterEach(cleanup);

describe("the popup's figures", () => {
  it('are a closed section below the topic rows that opens on demand, grouped by quantity', () => {
    show(FIGURES);
    const region = screen.getByRole('region', { name: 'Figures on this page' });
    const button = within(region).getByRole('button', { name: 'Figures on this page' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region.textContent).not.toContain('3,000');
    // Below the rows: after the last topic heading in document order.
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.at(-1)!.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(button);
    const groups = within(region).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(groups).toEqual(['Area', 'Tonnage', 'Staff']);
    expect(region.textContent).toContain('“3,000 people”');
    expect(region.textContent).toContain('“1,2 million de tonnes”');
    expect(region.textContent).toMatch(/1,324,579 t — measured, 2025/);
    expect(within(region).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('speak the notes language', () => {
    show(FIGURES, 'nl');
    fireEvent.click(screen.getByRole('button', { name: 'Cijfers op deze pagina' }));
    expect(screen.getByRole('region', { name: 'Cijfers op deze pagina' }).textContent).toContain('Personeel');
  });

  it('are absent when no paragraph states a figure of a known quantity', () => {
    show(result([mention(0, 'cainiao', 'Cainiao opened its hub in 2021.')]));
    expect(screen.queryByRole('region', { name: 'Figures on this page' })).toBeNull();
  });
});
