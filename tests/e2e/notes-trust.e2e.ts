// Notes a reader trusts at a glance (issue 17): no researcher's note in the card or the popup,
// and a popup whose rows all fit its first screen, in real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInCard, hoverHighlight, launchExtension, ROOT, waitForCard, waitForHighlights, type ExtensionSession } from './harness';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/popup-article.html'), 'utf8');
const NOTES_NOT_FOR_READERS = /headline not shown|url slug|title taken from|republication of|date unknown/i;

describe('notes a reader trusts', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('the popup at 400×600 shows every topic row in its first screen, and no researcher\'s note with every section open', async () => {
    const page = await s.open('https://www.lesoir.be/fact-notes-trust', ARTICLE);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const popup = await s.openPopup(await s.tabId(page));
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => popup.locator('h2').count()).toBe(3);
    const tops = await popup.locator('h2').evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().top));
    expect(tops.every((top) => top < 560), `h2 tops: ${tops.join(', ')}`).toBe(true);

    const opened = await popup.locator('details').evaluateAll((ds) => ds.map((d) => ((d as HTMLDetailsElement).open = true)).length);
    expect(opened).toBeGreaterThanOrEqual(9); // notes, key dates, mentions for three topics, plus "n more sources"
    const text = await popup.locator('body').innerText();
    expect(text).toMatch(/\d{4}/);
    expect(text).not.toMatch(NOTES_NOT_FOR_READERS);
    expect(s.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each([['Cainiao'], ['Liège Airport'], ['VSSE']])('the card for %s shows no researcher\'s note with every section open', async (words) => {
    const page = await s.open('https://www.lesoir.be/fact-notes-trust-card', ARTICLE);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    await hoverHighlight(page, words);
    // The card's root is closed: reached over CDP (harness.ts).
    const card = await waitForCard(page);
    const text = await evaluateInCard(page, card, (el) => {
      el.querySelectorAll('details').forEach((d) => (d.open = true));
      return el.innerText;
    });
    expect(text).toMatch(/\d{4}/);
    expect(text).not.toMatch(NOTES_NOT_FOR_READERS);
    await page.close();
  });
});
