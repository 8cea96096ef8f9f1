// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFigures } from '@/lib/figures/figure-check';
import { FACTS, sourceById } from '@/lib/notes';
import { TOPICS } from '@/lib/topics';
import type { NoteLang } from '@/lib/types';
import { Card } from './Card';

const CAINIAO = 'Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.';
const topic = TOPICS.find((t) => t.id === 'cainiao')!;

function renderCard(paragraph: string, lang: NoteLang = 'en') {
  render(
    <Card
      topic={topic}
      matched="Cainiao"
      why="exact alias"
      notes={[]}
      figures={checkFigures(paragraph, FACTS)}
      sourceById={sourceById}
      lang={lang}
      position={{ left: 0, top: 0, maxHeight: 600 }}
      focus={false}
      onDismiss={() => {}}
      onClose={() => {}}
    />,
  );
}

afterEach(cleanup);

describe('the card’s number check', () => {
  it('is a region named "Figures in this paragraph", open, with the article’s figures and the notes’ sourced ones', () => {
    renderCard(CAINIAO);
    const region = screen.getByRole('region', { name: 'Figures in this paragraph' });
    expect(within(region).getByRole('button', { name: 'Figures in this paragraph' }).getAttribute('aria-expanded')).toBe('true');
    expect(region.textContent).toContain('“3,000 people”');
    expect(region.textContent).toContain('“30,000 m²”');
    // Promised and measured both, each with when and a source link.
    // Each says what it measures and how its sources hedge it.
    expect(region.textContent).toMatch(/Direct jobs: about 900 jobs — promised, 2019–2021 \(Claim by Cainiao and Walloon officials\) · /);
    expect(region.textContent).toMatch(/Indirect jobs: about 3,000 jobs — promised, 2019–2021 /);
    expect(region.textContent).toMatch(/People employed at Cainiao’s hub: 220 people — measured, November 2021 · /);
    expect(region.textContent).toMatch(/Cainiao’s first warehouse: about 30,000 m² — measured, November 2021 · /);
    const links = within(region).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(region.textContent).not.toMatch(/false|wrong|true|correct|faux|onjuist/i);
  });

  it('shows the warehouse’s 30,000 m² once, and a figure the paragraph states twice once', () => {
    renderCard(`${CAINIAO} Cainiao says the 30,000 m² warehouse is full.`);
    const region = screen.getByRole('region', { name: 'Figures in this paragraph' });
    expect(region.textContent!.match(/first warehouse: (about )?30,000 m² — measured/g)).toHaveLength(1);
    expect(region.textContent!.match(/“30,000 m²”/g)).toHaveLength(1);
  });

  it('closes and opens from its heading', () => {
    renderCard(CAINIAO);
    const button = screen.getByRole('button', { name: 'Figures in this paragraph' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('region').textContent).not.toContain('3,000');
    fireEvent.click(button);
    expect(screen.getByRole('region').textContent).toContain('3,000');
  });

  it.each([
    ['fr', 'Chiffres de ce paragraphe', 'Emplois directs\u00a0: environ 900 emplois — promis'],
    ['nl', 'Cijfers in deze alinea', 'Directe banen: ongeveer 900 banen — beloofd'],
  ] as const)('speaks %s', (lang, heading, words) => {
    renderCard(CAINIAO, lang);
    expect(screen.getByRole('region', { name: heading }).textContent).toContain(words);
  });

  it.each([
    ['en', /E-commerce parcels: 400,000 parcels a day — claimed by Patrick Zahn, CEO of KiK, 28 August 2024 · /],
    ['fr', /affirmé par Patrick Zahn, CEO de KiK, /],
    ['nl', /beweerd door Patrick Zahn, CEO van KiK, /],
  ] as const)('says a claimed figure is claimed, and by whom (%s)', (lang, line) => {
    renderCard('Some 400,000 parcels a day reach Liège Airport, a retailer says.', lang);
    const text = screen.getByRole('region').textContent!;
    expect(text).toMatch(line);
    expect(text).not.toMatch(/measured|mesuré|gemeten|Claim by/);
  });

  it('names the VSSE’s headcount and the customs officers apart from the hub’s jobs', () => {
    renderCard('The VSSE now employs 1,000 people, and Bierset has 183 customs officers.');
    const text = screen.getByRole('region').textContent!;
    expect(text).toMatch(/VSSE staff: more than 900 staff — measured/);
    expect(text).toMatch(/Customs officers at the airport: 183 customs officers — measured, 28 August 2024 \(Response by FPS Finance/);
    expect(text).not.toMatch(/People employed|jobs/);
  });

  it('is absent when the paragraph states no figure of a known quantity', () => {
    renderCard('Cainiao opened its hub in 2021, with 16% more parcels than planned, on page 12.');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
