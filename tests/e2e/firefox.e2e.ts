// The Firefox build (MV2) in Debian's firefox-esr: installs, marks the demo article's
// mentions with the Highlight API, and opens the card when the pointer rests on one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './build';
import { launchFirefox, type FirefoxSession } from './firefox-harness';
import { highlightList, hoverHighlight, ROOT } from './harness';

const DEMO = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.brusselstimes.com/fact-notes-demo';

// The page helpers only use evaluate() and mouse.move(x, y, { steps }), which puppeteer's Page shares.
const asHelperPage = (page: Page) => page as unknown as PlaywrightPage;

describe('the Firefox build in firefox-esr', () => {
  let ff: FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    ff = await launchFirefox(buildExtension('firefox-mv2'));
    page = await ff.open(ARTICLE_URL, DEMO);
  }, 180_000);
  afterAll(async () => ff?.close());

  it('marks the demo article’s mentions of all three topics', async () => {
    const topics = async () => new Set((await highlightList(asHelperPage(page))).map((h) => h.split(':')[0]));
    await expect.poll(topics, { timeout: 10_000 }).toEqual(new Set(['cainiao', 'liege-airport', 'vsse']));
    expect(await highlightList(asHelperPage(page))).toContain('vsse:VSSE');
  });

  it('opens the card when the pointer rests on a mention, out of the page scripts’ reach', async () => {
    await hoverHighlight(asHelperPage(page), 'VSSE');
    // The card's root is closed, so the page sees only our host where the card is drawn:
    // just below the words, where the card opens.
    const drawn = () =>
      page.evaluate(() => {
        const host = document.querySelector('fact-notes-ui');
        let words: DOMRect | undefined;
        CSS.highlights.forEach((h) => h.forEach((r) => void (r.toString() === 'VSSE' && (words ??= (r as Range).getBoundingClientRect()))));
        const hit = words && document.elementFromPoint(words.left + 30, words.bottom + 40);
        return { hit: !!host && hit === host, readable: !!host?.shadowRoot };
      });
    await expect.poll(drawn, { timeout: 5000 }).toEqual({ hit: true, readable: false });
  });

  it('made no request beyond the page itself, and caused no page errors', () => {
    // data: URLs are not network (Firefox's own UA resources in omni.ja load one, a font).
    const remote = ff.requests.filter((u) => !u.startsWith('data:'));
    expect(remote.filter((u) => !u.startsWith(ARTICLE_URL) && u !== 'https://www.brusselstimes.com/favicon.ico')).toEqual([]);
    expect(ff.errors).toEqual([]);
  });
});
