// The notes library in real Chromium: every note reachable by its id, search, deep links,
// where sources differ, the card's and popup's links to it, print and accessibility.
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
import { uiStrings } from '../../lib/ui-strings';

const read = <T,>(file: string): T => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
const FACTS = read<Array<{ id: string; topic: string }>>('data/facts.json');
const FACT_IDS = FACTS.map((f) => f.id);
const TOPICS = read<Array<{ id: string; names: { en: string; fr: string } }>>('data/topics.json');
const TOPIC_NAMES = TOPICS.map((t) => t.names.en);
const CONFLICTS = read<Array<{ id: string; topic: string; title: { en: string } }>>('data/conflicts.json');
const DEMO = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');

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

  it('with Kind = Claims, each topic’s heading counts its claims, and apart the responses shown with them', async () => {
    const page = await openLibrary();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('claim');
    const kinds = read<Array<{ topic: string; kind: string }>>('data/facts.json');
    const count = (topic: string, kind: string) => kinds.filter((f) => f.topic === topic && f.kind === kind).length;
    const expected = TOPICS.map((t) => `${count(t.id, 'claim')} claims · shown with ${count(t.id, 'response')} responses`);
    await expect.poll(() => page.locator('section.topic h3').allTextContents()).toEqual(expected);
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
    // The last note: far down the page, and hidden by the search, until the link brings it.
    const id = FACT_IDS.at(-1)!;
    expect(await page.locator(`[id="${id}"]`).count()).toBe(0);
    await page.evaluate((hash) => (location.hash = hash), id);
    await expect.poll(() => notesInView(page)).toContain(id);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Year' }).inputValue()).toBe('');
    expect(await page.getByRole('status').textContent()).toBe(`All ${FACT_IDS.length} notes`);
  });

  it("each topic shows where its sources differ, and a note's “Sources differ” link brings the conflict into view", async () => {
    const page = await openLibrary();
    for (const topic of TOPICS) {
      const section = page.getByRole('region', { name: topic.names.en, exact: true });
      const differ = section.getByRole('region', { name: `Where sources differ ${topic.names.en}` });
      expect(await differ.isVisible()).toBe(true);
      expect(await differ.locator('li.conflict').evaluateAll((els) => els.map((el) => el.id))).toEqual(
        CONFLICTS.filter((c) => c.topic === topic.id).map((c) => `conflict-${c.id}`),
      );
    }
    const conflict = CONFLICTS.find((c) => c.id === 'vsse-staff-differs')!;
    await page.locator('[id="vsse-bostyn-staff"]').getByRole('link', { name: `Sources differ: ${conflict.title.en}` }).click();
    await page.waitForURL(/#conflict=vsse-staff-differs$/);
    const shown = page.locator(`[id="conflict-${conflict.id}"]`);
    await expect.poll(() => shown.evaluate((el) => el === document.activeElement && el.getBoundingClientRect().top < innerHeight)).toBe(true);
    expect(await shown.getAttribute('class')).toContain('conflict-marked');
    expect(await shown.getByRole('heading', { level: 4 }).textContent()).toBe(conflict.title.en);
  });

  it('prints sources as text with their addresses, without the search controls', async () => {
    const page = await openLibrary();
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.note-source a').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" <${href}>"`);
    expect(await page.getByRole('search').isVisible()).toBe(false);
  });

  it('after a search, prints which search left the notes (a line shown on paper only)', async () => {
    const page = await openLibrary();
    await page.getByRole('searchbox').fill('Bostin');
    const line = page.locator('.print-filtered');
    await line.waitFor({ state: 'attached' });
    expect(await line.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe('Filtered: search “Bostin”');
  });

  it('is not reachable by web pages: no web-accessible resource names it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('library');
  });

  it("on a page mentioning the VSSE, the card's “All n notes…” link opens library.html in a new tab", async () => {
    const page = await s.open('https://www.lesoir.be/library-link', DEMO);
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

  it("where sources differ on a note, the card's and the popup's line under it open the library at that conflict", async () => {
    const differ = uiStrings('en').notes.differ(1, 1);
    const vsseConflicts = CONFLICTS.filter((c) => c.topic === 'vsse').map((c) => c.id);
    const openedAtConflict = async (tab: Page) => {
      await tab.waitForURL(new RegExp(`^chrome-extension://${s.extensionId}/library\\.html#conflict=[a-z0-9-]+$`));
      const id = new URL(tab.url()).hash.slice('#conflict='.length);
      expect(vsseConflicts).toContain(id);
      const shown = tab.locator(`[id="conflict-${id}"]`);
      await shown.waitFor();
      await expect.poll(() => shown.getAttribute('class')).toContain('conflict-marked');
      await tab.close();
    };
    const page = await s.open('https://www.lesoir.be/sources-differ', DEMO);
    await waitForHighlights(page, (c) => (c['fact-notes-vsse'] ?? 0) > 0);
    await hoverHighlight(page, 'VSSE');
    await waitForCard(page, /Fact Notes: VSSE/);
    await expect.poll(async () => (await readCard(page, /Fact Notes: VSSE/))?.links.map((l) => l.name)).toContain(differ);
    const [fromCard] = await Promise.all([s.context.waitForEvent('page'), clickInCard(page, differ, 'link')]);
    await openedAtConflict(fromCard);
    expect(page.url()).toBe('https://www.lesoir.be/sources-differ');

    const popup = await s.openPopup(await s.tabId(page));
    const vsse = popup.getByRole('region', { name: /VSSE/ });
    await popup.setViewportSize({ width: 400, height: 600 }); // the toolbar popup's size
    await vsse.locator('details.notes-fold > summary').click();
    // The line wraps within the popup: nothing wider than its 400 px.
    const line = vsse.getByRole('link', { name: differ }).first();
    await line.waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await line.evaluate((a) => a.getBoundingClientRect().right)).toBeLessThanOrEqual(400);
    const [fromPopup] = await Promise.all([s.context.waitForEvent('page'), vsse.getByRole('link', { name: differ }).first().click()]);
    await openedAtConflict(fromPopup);
    await Promise.all([page.close(), popup.close()]);
  });

  it("the popup's library link, on a page where nothing was found, opens library.html in a new tab", async () => {
    const article = await s.open('https://www.lesoir.be/library-nothing-found', '<!doctype html><title>Weather</title><main><p>Sunny spells and a light breeze over the coast.</p></main>');
    const tabId = await s.tabId(article);
    await s.waitForScan(tabId, 0);
    const popup = await s.openPopup(tabId);
    await popup.getByText(uiStrings('en').popup.nothingFound).waitFor();
    const [tab] = await Promise.all([s.context.waitForEvent('page'), popup.getByRole('link', { name: 'Notes library' }).click()]);
    await tab.waitForURL(`chrome-extension://${s.extensionId}/library.html`);
    await tab.getByRole('heading', { level: 2, name: TOPIC_NAMES[0] }).waitFor();
    expect(popup.url()).toContain('/popup.html');
    await Promise.all([article.close(), popup.close(), tab.close()]);
  });

  it("in French, the card's link is named as the strings module says, and opens the library in French", async () => {
    const library = await openLibrary();
    await library.getByRole('combobox', { name: 'Notes language' }).selectOption('fr');
    await library.getByRole('heading', { level: 1, name: /Bibliothèque des notes/ }).waitFor();
    try {
      const page = await s.open('https://www.lesoir.be/library-link-fr', DEMO);
      await waitForHighlights(page, (c) => (c['fact-notes-vsse'] ?? 0) > 0);
      await hoverHighlight(page, 'VSSE');
      const vsse = TOPICS.find((t) => t.id === 'vsse')!;
      const name = uiStrings('fr').library.allNotesAbout(FACTS.filter((f) => f.topic === 'vsse').length, vsse.names.fr);
      await waitForCard(page, /Fact Notes/);
      await expect.poll(async () => (await readCard(page, /Fact Notes/))?.links.map((l) => l.name)).toContain(name);
      const [tab] = await Promise.all([s.context.waitForEvent('page'), clickInCard(page, name, 'link')]);
      await tab.waitForURL(`chrome-extension://${s.extensionId}/library.html#topic=vsse`);
      await tab.getByRole('heading', { level: 1, name: /Bibliothèque des notes/ }).waitFor();
      await Promise.all([page.close(), tab.close()]);
    } finally {
      // Back to the browser's language (English) for the tests that follow, once it is saved.
      await library.getByRole('combobox', { name: 'Langue des notes' }).selectOption('auto');
      await library.getByRole('heading', { level: 1, name: /Notes library/ }).waitFor();
      await library.close();
    }
  });

  it.each([
    ['light', 'a note', FACT_IDS[3]],
    ['dark', 'a conflict between sources', `conflict=${CONFLICTS[0].id}`],
  ] as const)('axe-core finds no violations (%s, %s marked by a link)', async (colorScheme, _marked, hash) => {
    const page = await openLibrary(`#${hash}`);
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('leaves no errors from our code', () => {
    expect(ourErrors(s.errors)).toEqual([]);
  });
});
