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
    // The page holds a frame from a listed site: once that frame is marked, the extension has
    // looked at this page load (the top document's idle scripts run at its load, before the frame's scan ends).
    s.serve('https://www.lesoir.be/framed', '<!doctype html><meta charset="utf-8"><p>Framed: Cainiao parcels.</p>');
    const page = await s.open('https://example.org/article', DEMO.replace('</body>', '<iframe src="https://www.lesoir.be/framed"></iframe></body>'));
    const frame = page.frames().find((f) => f.url() === 'https://www.lesoir.be/framed')!;
    await waitForHighlights(frame, (c) => c['fact-notes-cainiao'] === 1);
    // No script of ours in the top document: no world of the extension's there, no marks.
    const cdp = await s.context.newCDPSession(page);
    const top = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => void (context.auxData?.frameId === top && worlds.push(context.origin)));
    await cdp.send('Runtime.enable'); // reports the worlds that exist
    expect(worlds).not.toContain(`chrome-extension://${s.extensionId}`);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect((await s.tabResult(await s.tabId(page)))?.total).toBe(1);
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
