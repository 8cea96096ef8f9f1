// The number check in real Chromium (issue 23): a card opened on a mention whose paragraph
// states figures shows them, as written, beside the notes' sourced figures for the same
// quantity, in a region named "Figures in this paragraph" (read through the accessibility
// tree: the card's root is closed).
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, readCardRegion, waitForCard, waitForHighlights, type ExtensionSession } from './harness';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hub figures</title></head><body>
<article>
<h1>Cargo at the airport</h1>
<p>Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.</p>
<p lang="fr">L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.</p>
<p>Cainiao says its parcels reach shoppers across Europe within days.</p>
<p>Liège Airport kept its night slots for another season, the regional government said after a long meeting. Residents of
the villages nearby had asked for quieter evenings, and the airport answered with a list of measures that would take
several years to show. Over the whole of 2024, the airport counted 37,029 aircraft movements.</p>
</article></body></html>`;

const REGION = 'Figures in this paragraph';

/** Puts the pointer on `word` inside the paragraph that starts with `paragraphStart`, as a reader would. */
async function hoverWord(page: Page, paragraphStart: string, word: string): Promise<void> {
  const point = await page.evaluate(
    ([start, w]) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(start))!;
      const node = p.firstChild as Text;
      const at = node.data.indexOf(w);
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [paragraphStart, word] as const,
  );
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

async function waitForRegion(page: Page) {
  await waitForCard(page);
  await expect.poll(() => readCardRegion(page, REGION), { timeout: 5000 }).not.toBeNull();
  return (await readCardRegion(page, REGION))!;
}

describe('number check in the card', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('hovering "Cainiao" shows 3,000 and 30,000 beside sourced figures from the notes', async () => {
    const page = await s.open('https://www.lesoir.be/fact-notes-figures-en', ARTICLE);
    await waitForHighlights(page, (c) => (c['fact-notes-cainiao'] ?? 0) >= 2 && (c['fact-notes-liege-airport'] ?? 0) >= 1);
    await hoverWord(page, 'Cainiao now employs', 'Cainiao');
    const region = await waitForRegion(page);
    // The article's own figures, each quoted on its own line (the notes' figures are not quoted: they
    // hold 3,000 and 30,000 too).
    expect(region.text).toContain('“3,000 people”');
    expect(region.text).toContain('“30,000 m²”');
    // The notes' figures: a kind and a date each, and a link to a source.
    expect(region.text).toMatch(/promised|measured/);
    expect(region.links.length).toBeGreaterThan(0);
    expect(region.links.every((l) => /^https:\/\//.test(l.url))).toBe(true);
    expect(region.text).not.toMatch(/\b(false|wrong|true|correct)\b/i);
    expect(s.errors).toEqual([]);
    await page.close();
  });

  it('hovering "Liège" in the French sentence shows 1,2 million beside the notes\' tonnage figures', async () => {
    const page = await s.open('https://www.lesoir.be/fact-notes-figures-fr', ARTICLE);
    await waitForHighlights(page, (c) => (c['fact-notes-liege-airport'] ?? 0) >= 1);
    await hoverWord(page, "L'aéroport de Liège", 'Liège');
    const region = await waitForRegion(page);
    expect(region.text).toContain('“1,2 million de tonnes”');
    expect(region.text).toMatch(/\d[\d,.]*( million)? t\s+— measured/);
    expect(region.links.length).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
    await page.close();
  });

  it("the popup lists the page's figures by quantity in a closed section, opened on demand", async () => {
    const page = await s.open('https://www.lesoir.be/fact-notes-figures-popup', ARTICLE);
    await waitForHighlights(page, (c) => (c['fact-notes-cainiao'] ?? 0) >= 2 && (c['fact-notes-liege-airport'] ?? 0) >= 1);
    const popup = await s.openPopup(await s.tabId(page));
    const region = popup.getByRole('region', { name: 'Figures on this page' });
    const button = region.getByRole('button', { name: 'Figures on this page' });
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    // The movements are read from the whole paragraph, past the 240 characters the popup once read.
    expect(ARTICLE.slice(ARTICLE.indexOf('<p>Liège Airport')).indexOf('37,029')).toBeGreaterThan(300);
    await expect.poll(() => region.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(['AREA', 'TONNAGE', 'AIRCRAFT MOVEMENTS', 'STAFF']);
    const text = await region.innerText();
    expect(text).toContain('“3,000 people”');
    expect(text).toContain('“1,2 million de tonnes”');
    expect(text).toContain('“37,029 aircraft movements”');
    expect(await region.getByRole('link').count()).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page: popup as never }).include('.figures').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
    }
    expect(s.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('sets a figure only beside the notes\' figures of the same thing, whichever mention is hovered', async () => {
    const page = await s.open(
      'https://www.lesoir.be/fact-notes-figures-owner',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Whose figures</title></head><body><article>
<p>Cainiao now employs 3,000 people at its 30,000 m² warehouse at Liège Airport, the company said.</p>
<p lang="fr">La Sûreté de l'État surveille le hub de Cainiao, qui emploie près de 300 personnes.</p>
</article></body></html>`,
    );
    await waitForHighlights(page, (c) => (c['fact-notes-liege-airport'] ?? 0) >= 1 && (c['fact-notes-vsse'] ?? 0) >= 1);
    // The airport's card: the hub's jobs beside Cainiao's 3,000 people, not the airport's customs officers.
    await hoverWord(page, 'Cainiao now employs', 'Liège');
    const airport = await waitForRegion(page);
    expect(airport.text).toContain('“3,000 people”');
    expect(airport.text).toMatch(/Direct jobs:\s+about 900 jobs\s+— promised/);
    expect(airport.text).not.toMatch(/Customs officers|VSSE staff/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCardRegion(page, REGION)).toBeNull();
    // The VSSE's card: the hub's staff beside the hub's 300, not the VSSE's own 900.
    await hoverWord(page, 'La Sûreté', 'Sûreté');
    const vsse = await waitForRegion(page);
    expect(vsse.text).toContain('“près de 300 personnes”');
    expect(vsse.text).toMatch(/People employed at Cainiao’s hub/);
    expect(vsse.text).not.toMatch(/VSSE staff|900 staff/);
    expect(s.errors).toEqual([]);
    await page.close();
  });

  it('a card on a paragraph without figures has no such region', async () => {
    const page = await s.open('https://www.lesoir.be/fact-notes-figures-none', ARTICLE);
    await waitForHighlights(page, (c) => (c['fact-notes-cainiao'] ?? 0) >= 2);
    await hoverWord(page, 'Cainiao says', 'Cainiao');
    await waitForCard(page);
    expect(await readCardRegion(page, REGION)).toBeNull();
    await page.close();
  });
});
