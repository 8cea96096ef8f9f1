import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, waitForHighlights, type ExtensionSession } from './harness';

const DEMO = readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.brusselstimes.com/fact-notes-demo';

describe('the built extension in Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('runs its content script on a default news site and highlights the demo mentions', async () => {
    const page = await s.open(ARTICLE_URL, DEMO);
    const counts = await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect(Object.keys(counts).sort()).toEqual(['fact-notes-cainiao', 'fact-notes-liege-airport', 'fact-notes-vsse']);
    await page.close();
  });

  it('does not run on a site outside the default list', async () => {
    const page = await s.open('https://example.org/article', DEMO);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('renders the popup and the options page without console errors', async () => {
    const popup = await s.openPopup();
    await expect.poll(() => popup.locator('h1').textContent()).toContain('Fact Notes');
    const options = await s.openOptions();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Cainiao' }).count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
