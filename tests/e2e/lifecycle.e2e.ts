// A page can neither switch Fact Notes off, nor forge its card, nor learn from us that it
// is installed; a second injection keeps the page marked; an extension reload leaves
// nothing behind. The "Must show" of issue 16, in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverHighlight, launchExtension, readCard, waitForCard, waitForHighlights, type ExtensionSession } from './harness';

const URL = 'https://www.lesoir.be/lifecycle';
// The page records every message it receives, as a page that fingerprints readers would.
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Lifecycle</title>
<script>
  window.__received = [];
  addEventListener('message', (e) => __received.push(e.data));
</script>
<article>
  <p>Cainiao runs a parcel hub at Liège Airport.</p>
  <p>Belgium's VSSE has looked at the hub.</p>
</article>`;

const total = (c: Record<string, number>) =>
  Object.entries(c).filter(([name]) => !name.endsWith('-active')).reduce((n, [, k]) => n + k, 0);

/** What a hostile page script does: every link in every shadow root it can reach now points to it. */
const forgeEveryLink = (page: Page) =>
  page.evaluate(() => {
    let rewritten = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const a of root.querySelectorAll('a')) {
        a.href = 'https://forged.example/';
        a.textContent = 'Forged source';
        rewritten++;
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return rewritten;
  });

/** Replays every message the page received, as postMessage and as a CustomEvent on document, plus WXT 0.21's start-up announcement. */
const replayEverything = (page: Page, extensionId: string) =>
  page.evaluate((id) => {
    const wxt = { type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'page' };
    const received = (window as unknown as { __received: unknown[] }).__received;
    for (const data of [...received, wxt]) {
      window.postMessage(data, '*');
      const type = typeof data === 'object' && data && 'type' in data ? String(data.type) : 'message';
      document.dispatchEvent(new CustomEvent(type, { detail: data }));
    }
  }, extensionId);

const addParagraph = (page: Page, text: string) =>
  page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.querySelector('article')!.append(p);
  }, text);

/** What of ours is left in the page: marks, our host elements, adopted stylesheets. */
const leftInPage = (page: Page) =>
  page.evaluate(() => ({
    marks: CSS.highlights.size,
    elements: document.querySelectorAll('[data-fact-notes-ui]').length,
    sheets: document.adoptedStyleSheets.length,
  }));

describe('the content script in a page that works against it', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('keeps its card and its marks, tells the page nothing, survives a second injection and leaves nothing behind on reload', async () => {
    const page = await s.open(URL, PAGE);
    await waitForHighlights(page, (c) => total(c) === 3);

    // The card's links, read back through the accessibility tree, are ours whatever the page does.
    await hoverHighlight(page, 'Cainiao');
    const before = await waitForCard(page, /Cainiao/);
    expect(before.links.length).toBeGreaterThan(0);
    await forgeEveryLink(page);
    const after = await readCard(page, /Cainiao/);
    expect(after?.links).toEqual(before.links);
    expect(after!.links.every((l) => !l.url.includes('forged'))).toBe(true);

    // Nothing the page received names us, and replaying it all switches nothing off.
    const received = await page.evaluate(() => JSON.stringify((window as unknown as { __received: unknown[] }).__received));
    expect(received).not.toContain(s.extensionId);
    await replayEverything(page, s.extensionId);
    await addParagraph(page, 'Later: Cainiao again, and the VSSE again.');
    await waitForHighlights(page, (c) => total(c) === 5);

    // A second injection of the manifest's content script keeps every mark and follows the page.
    const tabId = await s.tabId(page);
    await s.worker.evaluate(async (id) => {
      const file = chrome.runtime.getManifest().content_scripts![0].js![0];
      await chrome.scripting.executeScript({ target: { tabId: id }, files: [file] });
    }, tabId);
    expect(total(await waitForHighlights(page, (c) => total(c) === 5))).toBe(5);
    await addParagraph(page, 'Even later: Liège Airport and Cainiao.');
    await waitForHighlights(page, (c) => total(c) === 7);

    // An update (or reload) of the extension: within 3 s nothing of ours is left in the open page.
    await s.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    const reloaded = Date.now();
    await expect.poll(() => leftInPage(page), { timeout: 3000, interval: 100 }).toEqual({ marks: 0, elements: 0, sheets: 0 });
    expect(Date.now() - reloaded).toBeLessThan(3000);
    expect(s.errors).toEqual([]);
  });
});
