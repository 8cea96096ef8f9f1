// The Firefox build (MV2) in Debian's firefox-esr: installs, marks the demo article's
// mentions with the Highlight API, and opens the card when the pointer rests on one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { asPlaywright, firefoxForTests, waitForCardOver } from './firefox-harness';
import { highlightList, hoverHighlight, ROOT } from './harness';

const DEMO = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.brusselstimes.com/fact-notes-demo';

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

  it('made no request beyond the page itself, and caused no page errors', () => {
    // data: URLs are not network (Firefox's own UA resources in omni.ja load one, a font).
    const remote = firefox().requests.filter((u) => !u.startsWith('data:'));
    expect(remote.filter((u) => !u.startsWith(ARTICLE_URL) && u !== 'https://www.brusselstimes.com/favicon.ico')).toEqual([]);
    expect(firefox().errors).toEqual([]);
  });
});
