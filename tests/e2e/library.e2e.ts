// The notes library in real Chromium: every note reachable by its id, search, deep links,
// the card's link to it, print and accessibility.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInCard,
  EXTENSION_DIR,
  hoverHighlight,
  launchExtension,
  ourErrors,
  readCard,
  ROOT,
  waitForCard,
  waitForHighlights,
  type CardView,
  type ExtensionSession,
} from './harness';

const read = <T,>(file: string): T => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
const FACT_IDS = read<Array<{ id: string }>>('data/facts.json').map((f) => f.id);
const TOPIC_NAMES = read<Array<{ id: string; names: { en: string } }>>('data/topics.json').map((t) => t.names.en);

/** The id of each note whose box is at least partly inside the window. */
const notesInView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('li.note')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
      })
      .map((el) => el.id),
  );

/** axe-core's default rules (best practices included): each violation with where it is. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page as never }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the notes library', () => {
  let s: ExtensionSession;
  const openLibrary = async (hash = '') => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/library.html${hash}`);
    await page.getByRole('searchbox', { name: 'Search the notes' }).waitFor();
    return page;
  };

  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('opens with the three topics, and every note in data/facts.json is an element with its fact id', async () => {
    const page = await openLibrary();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(TOPIC_NAMES);
    expect(await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), FACT_IDS)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe(`All ${FACT_IDS.length} notes`);
  });

  it('typing "Bostin" keeps the note about Francisca Bostyn visible and hides others', async () => {
    const page = await openLibrary();
    await page.getByRole('searchbox', { name: 'Search the notes' }).pressSequentially('Bostin');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`^\\d+ of ${FACT_IDS.length} notes$`));
    const bostyn = page.locator('[id="vsse-bostyn-staff"]');
    expect(await bostyn.isVisible()).toBe(true);
    expect(await bostyn.textContent()).toContain('Bostyn');
    expect(await page.locator('li.note').count()).toBeLessThan(FACT_IDS.length / 2);
  });

  it('library.html#<fact id> opened in a new tab shows that note in view, marked', async () => {
    const id = FACT_IDS.at(-1)!;
    const page = await openLibrary(`#${id}`);
    await expect.poll(() => notesInView(page)).toContain(id);
    expect(await page.locator(`[id="${id}"]`).getAttribute('class')).toContain('note-marked');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  });

  it('a new link on the open page clears search and filters and shows the note', async () => {
    const page = await openLibrary();
    await page.getByRole('searchbox').fill('Bostyn');
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2024');
    const id = FACT_IDS[0];
    await page.evaluate((hash) => (location.hash = hash), id);
    await expect.poll(() => notesInView(page)).toContain(id);
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Year' }).inputValue()).toBe('');
    expect(await page.getByRole('status').textContent()).toBe(`All ${FACT_IDS.length} notes`);
  });

  it('prints sources as text with their addresses, without the search controls', async () => {
    const page = await openLibrary();
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.note-source a').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" <${href}>"`);
    expect(await page.getByRole('search').isVisible()).toBe(false);
  });

  it('is not reachable by web pages: no web-accessible resource names it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('library');
  });

  it("on a page mentioning the VSSE, the card's “All n notes…” link opens library.html in a new tab", async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
    const page = await s.open('https://www.lesoir.be/library-link', html);
    await waitForHighlights(page, (c) => (c['fact-notes-vsse'] ?? 0) > 0);
    await hoverHighlight(page, 'VSSE');
    // The card's root is closed: read and click it through the accessibility tree, as a reader's tools do.
    const named = (card: CardView | null) => card?.links.find((l) => /^All \d+ notes about VSSE/.test(l.name))?.name;
    await waitForCard(page, /Fact Notes: VSSE/);
    await expect.poll(async () => named(await readCard(page, /Fact Notes: VSSE/))).toBeTruthy();
    const name = named(await readCard(page, /Fact Notes: VSSE/))!;
    const [tab] = await Promise.all([s.context.waitForEvent('page'), clickInCard(page, name, 'link')]);
    await tab.waitForURL(`chrome-extension://${s.extensionId}/library.html#topic=vsse`);
    await tab.getByRole('heading', { level: 2, name: /VSSE/ }).waitFor();
    expect(page.url()).toBe('https://www.lesoir.be/library-link');
    expect(await tab.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe('vsse');
  });

  it.each(['light', 'dark'] as const)('axe-core finds no violations (%s, a note marked by a link)', async (colorScheme) => {
    const page = await openLibrary(`#${FACT_IDS[3]}`);
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('leaves no errors from our code', () => {
    expect(ourErrors(s.errors)).toEqual([]);
  });
});
