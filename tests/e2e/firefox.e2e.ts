// The Firefox build (MV2) in Debian's firefox-esr: installs, marks the demo article's
// mentions with the Highlight API, opens the card when the pointer rests on one, and its
// notes library opens and searches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS, sourceById } from '../../lib/notes';
import { selectNotes } from '../../lib/select-notes';
import { asPlaywright, firefoxForTests, waitForCardOver } from './firefox-harness';
import { highlightList, highlightsDrawnIn, hoverHighlight, ROOT, waitForHighlights } from './harness';
import { hostileFixture } from './hostile-cases';

const DEMO = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.brusselstimes.com/fact-notes-demo';
const FACT_COUNT = (JSON.parse(readFileSync(join(ROOT, 'data/facts.json'), 'utf8')) as unknown[]).length;

/** Where a tab went: its URL, or the one its error page names (nothing here reaches the network). */
const wentTo = (url: string) => (url.startsWith('about:neterror?') ? new URL(url).searchParams.get('u') : url);

describe('the Firefox build in firefox-esr', () => {
  const firefox = firefoxForTests();
  let page: Page;
  beforeAll(async () => {
    page = await firefox().open(ARTICLE_URL, DEMO);
  }, 60_000);

  it('marks the demo article’s mentions of all three topics', async () => {
    const topics = async () => new Set((await highlightList(asPlaywright(page))).map((h) => h.split(':')[0]));
    await expect.poll(topics, { timeout: 10_000 }).toEqual(new Set(['cainiao', 'liege-airport', 'vsse']));
    expect(await highlightList(asPlaywright(page))).toContain('vsse:VSSE');
  });

  it('opens the card when the pointer rests on a mention, out of the page scripts’ reach', async () => {
    await hoverHighlight(asPlaywright(page), 'VSSE');
    await waitForCardOver(page, 'VSSE');
  });

  it('opens library.html, and typing "Bostin" keeps the Bostyn note and hides others', async () => {
    const library = await firefox().openExtensionPage('library.html');
    const notes = () => library.evaluate(() => [...document.querySelectorAll('li.note')].map((li) => li.id));
    await expect.poll(async () => (await notes()).length, { timeout: 10_000 }).toBe(FACT_COUNT);
    await library.type('#library-search', 'Bostin');
    await expect.poll(notes, { timeout: 5000 }).toContain('vsse-bostyn-staff');
    expect((await notes()).length).toBeLessThan(FACT_COUNT / 2);
    expect(await library.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toMatch(new RegExp(`^\\d+ of ${FACT_COUNT} notes$`));
    await library.close();
  });

  it('made no request beyond the page itself, and caused no page errors', () => {
    // data: URLs are not network (Firefox's own UA resources in omni.ja load one, a font).
    const remote = firefox().requests.filter((u) => !u.startsWith('data:'));
    expect(remote.filter((u) => !u.startsWith(ARTICLE_URL) && u !== 'https://www.brusselstimes.com/favicon.ico')).toEqual([]);
    expect(firefox().errors).toEqual([]);
  });

  it('opens a note’s source in a new tab from the card, by keyboard as a reader would', async () => {
    // A page with nothing focusable of its own: the first tab stop is the card's close button, the next its first note's first source.
    const paragraph = 'Cainiao runs a parcel hub for its e-commerce customers in Europe.';
    const url = 'https://www.lesoir.be/fact-notes-source-link';
    const page = await firefox().open(url, `<!doctype html><html lang="en"><meta charset="utf-8"><title>Source link</title><article><p>${paragraph}</p></article></html>`);
    await waitForHighlights(asPlaywright(page), (c) => c['fact-notes-cainiao'] === 1);
    await hoverHighlight(asPlaywright(page), 'Cainiao');
    await waitForCardOver(page, 'Cainiao');
    // What the background sends the card for this paragraph (notes-service.ts), in the reader's language.
    const first = sourceById(selectNotes(FACTS, 'cainiao', paragraph, { lang: 'en' })[0].sources[0])!;
    const inCard = () => page.evaluate(() => !!document.activeElement?.hasAttribute('data-fact-notes-ui'));
    await page.keyboard.press('Tab');
    expect(await inCard()).toBe(true);
    await page.keyboard.press('Tab');
    const opened = firefox().browser.waitForTarget((t) => wentTo(t.url()) === first.url, { timeout: 5000 });
    await page.keyboard.press('Enter');
    await opened;
    // The page stays where it was: the link opened in a tab of its own.
    expect(page.url()).toBe(url);
  });

  // Last: it takes the add-on away. Firefox stops a content script's code for good when its
  // add-on goes (nothing of ours can run to clean up) and takes the manifest's stylesheet
  // out; the marks, in the document and in its shadow roots, must go with it.
  it('draws no mark, in the page or its shadow roots, once the add-on is uninstalled', async () => {
    const page = await firefox().open('https://www.lesoir.be/shadow-roots', hostileFixture('shadow-roots.html'));
    await waitForHighlights(asPlaywright(page), (c) => c['fact-notes-vsse'] === 4);
    const drawn = async () => {
      const [light, shadow] = [(await page.$('body > p'))!, (await page.$('#open'))!];
      return { light: await highlightsDrawnIn(page, light), shadow: await highlightsDrawnIn(page, shadow) };
    };
    expect(await drawn()).toEqual({ light: true, shadow: true });
    await firefox().browser.uninstallExtension(firefox().extensionId);
    await expect.poll(drawn, { timeout: 3000 }).toEqual({ light: false, shadow: false });
  });
});
