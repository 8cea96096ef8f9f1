// Hostile and odd pages written by us (tests/fixtures/hostile), one set of cases for
// every browser: the extension keeps each page working, shows correct results or
// gracefully nothing, and throws nothing. hostile.e2e.ts runs them in Chromium,
// hostile-firefox.e2e.ts in Firefox; each passes a HostileBrowser that knows how to
// serve a page and how far a test can see into the card (whose root is closed).
// Pages are used through what Playwright's and puppeteer's pages share: evaluate,
// mouse, keyboard, click, frames.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { highlightList, ROOT, waitForHighlights, type Served } from './harness';

export const HOSTILE_SITE = 'https://www.lesoir.be/hostile/';
export const hostileFixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/hostile', name), 'utf8');
const STRICT_CSP = { 'Content-Security-Policy': "default-src 'none'; script-src 'none'; style-src 'none'" };

/** The card once open. */
export interface OpenCard {
  /** Runs `fn` on the card's element, where the browser lets a test reach into a closed root (Chromium, over CDP). */
  inside?<T>(fn: (el: HTMLElement) => T): Promise<T>;
  /** Its buttons as assistive tech names them, where a test can read them. */
  buttons?: string[];
  /** Its links as assistive tech reads them now, where a test can read them (Chromium). */
  links?(): Promise<Array<{ name: string; url: string }>>;
}

export interface HostileBrowser {
  serve(url: string, page: Served | string): void;
  /** Opens `url` and waits for its load event. */
  open(url: string): Promise<Page>;
  /** Every uncaught page error and console error so far, each prefixed with its page's URL. */
  errors: string[];
  /** Hovers `words` and waits for the card: named `name` where the browser can read it, else drawn over the page there. */
  openCard(page: Page, words: string, name: RegExp): Promise<OpenCard>;
  /** Content scripts see the page through Xray wrappers, which a page's named form fields cannot shadow (Firefox). */
  xrays?: boolean;
  /** Evaluates `expression` in the page's world without using the page's own built-ins. */
  pageValue(page: Page, expression: string): Promise<unknown>;
  /** Whether `selector`'s element looks different with the page's highlights than without them. */
  highlightsDrawnIn(page: Page, selector: string): Promise<boolean>;
  /** Waits for the popup of the page's tab to show `text`, as text, where a test can open the popup (Chromium). */
  popupShows?(page: Page, text: string): Promise<void>;
  /** The toolbar badge and the popup's total for the page's tab, where a test can read them (Chromium). */
  tabCounts?(page: Page): Promise<{ badge: string; total: number | undefined }>;
  /** Waits until the background's result for the page's tab counts `total` mentions, and gives its
   * count of scan reports (TabResult.scans), where a test can reach the background (Chromium). */
  scansOnceCounted?(page: Page, total: number): Promise<number>;
}

type Frame = ReturnType<Page['frames']>[number];
const detached = (f: Frame) => ((f as unknown as { detached?: boolean }).detached ?? f.isDetached());

/** Registers the shared cases; `browser()` gives the browser once its session is up. */
export function hostileCases(browser: () => HostileBrowser): void {
  const open = (name: string, headers?: Record<string, string>) => {
    browser().serve(HOSTILE_SITE + name, { body: hostileFixture(name), headers });
    return browser().open(HOSTILE_SITE + name);
  };
  const errorsOn = (page: Page) => browser().errors.filter((e) => e.startsWith(page.url()));
  /** Waits until the page has run a timer task of its own: its main thread is free between our slices. */
  const pageAnswers = (page: Page) => page.evaluate(() => new Promise<boolean>((r) => setTimeout(() => r(true), 0)));

  it('shows page text that looks like markup as inert text, in the card and the popup', async () => {
    const page = await open('html-as-text.html');
    const dialogs: string[] = [];
    (page as unknown as { on(e: 'dialog', f: (d: { message(): string; dismiss(): Promise<void> }) => void): void }).on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect(await highlightList(page)).toEqual(['cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:VSSE']);
    const card = await browser().openCard(page, 'Cainiao', /Cainiao/);
    if (card.inside) expect(await card.inside((el) => el.querySelectorAll('img, script, svg, iframe, object').length)).toBe(0);
    await browser().popupShows?.(page, '<img src=x onerror="document.title=');
    expect(await page.evaluate(() => document.querySelectorAll('img, svg, script').length)).toBe(0);
    expect(await page.title()).toBe('Markup as text (fixture)');
    expect(dialogs).toEqual([]);
    expect(errorsOn(page)).toEqual([]);
  });

  it('marks mentions and shows a styled card on a page with a strict CSP, without a CSP report', async () => {
    const page = await open('strict-csp.html', STRICT_CSP);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:Belgian State Security', 'vsse:VSSE',
    ]);
    expect(await browser().highlightsDrawnIn(page, 'article p')).toBe(true);
    const card = await browser().openCard(page, 'Liège Airport', /Liège Airport/);
    if (card.inside) {
      expect(await card.inside((el) => {
        const cs = getComputedStyle(el);
        return { position: cs.position, radius: cs.borderTopLeftRadius, background: cs.backgroundColor, size: cs.fontSize };
      })).toEqual({ position: 'fixed', radius: '10px', background: 'rgb(255, 255, 255)', size: '14px' });
    }
    // The page has no inline style or script, so any "Refused to…" report would be ours.
    expect(errorsOn(page)).toEqual([]);
  });

  it('works while the page has broken every built-in of its own world', async () => {
    const page = await open('overrides.html');
    // Page-world helpers are broken too: read the registry the page saved before breaking things.
    await expect.poll(() => browser().pageValue(page, '__highlights.size'), { timeout: 5000 }).toBe(3);
    await browser().pageValue(page, '__restore()');
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:Belgian State Security', 'vsse:VSSE',
    ]);
    await browser().openCard(page, 'Cainiao', /Cainiao/);
    expect(errorsOn(page)).toEqual([]);
  });

  it('copes with DOM clobbering: named images and form fields that shadow DOM properties', async () => {
    const page = await open('clobbering.html');
    await waitForHighlights(page, (c) => Object.keys(c).length >= 2);
    // A form whose fields shadow its DOM properties cannot be read safely; the rest of the page can.
    // Through Xrays the fields shadow nothing, and the form is read like any other block.
    const inForm = browser().xrays ? ['vsse:Belgian State Security', 'vsse:VSSE'] : [];
    expect(await highlightList(page)).toEqual(['cainiao:Cainiao', 'liege-airport:Liège Airport', ...inForm]);
    await browser().openCard(page, 'Liège Airport', /Liège Airport/);
    expect(errorsOn(page)).toEqual([]);
  });

  it('scans a 200,000-node page to the end while the page keeps answering', async () => {
    // How long the page's tasks get is a figure of the bench (coldLongestTaskMs, docs/PERFORMANCE.md), not a test limit.
    const page = await open('big-dom.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    expect(await pageAnswers(page)).toBe(true);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3, 30_000);
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:Belgian State Security', 'vsse:VSSE',
    ]);
    expect(await pageAnswers(page)).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });

  it('keeps up with 1,000 text changes a second, the page’s own timer running on', async () => {
    const page = await open('mutating.html');
    const steady = ['cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:Belgian State Security', 'vsse:VSSE'];
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const ticks = () => page.evaluate(() => (window as unknown as { __timer: { runs: number } }).__timer.runs);
    const changes = () => page.evaluate(() => (window as unknown as { __changes: number }).__changes);
    for (let i = 0; i < 6; i++) {
      // The page's 50 ms timer runs ten times more, and its ticker goes on changing the text.
      const [runs, changed] = [await ticks(), await changes()];
      await expect.poll(ticks, { timeout: 10_000 }).toBeGreaterThanOrEqual(runs + 10);
      expect(await changes()).toBeGreaterThan(changed);
      // Mentions in blocks that do not change stay marked throughout.
      expect(await highlightList(page)).toEqual(expect.arrayContaining(steady));
    }
    // Once the churn stops, the marks match the page exactly, on live nodes.
    await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
    await expect.poll(() => highlightList(page)).toEqual(['cainiao:Cainiao', ...steady].sort());
    expect(await page.evaluate(() => [...CSS.highlights.values()].every((h) => [...h].every((r) => (r as Range).startContainer.isConnected)))).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });

  it('marks mentions inside same-origin frames of every kind, each in its own document', async () => {
    for (const name of ['frame-outer.html', 'frame-inner.html']) browser().serve(HOSTILE_SITE + name, hostileFixture(name));
    browser().serve('https://example.org/frame.html', '<!doctype html><meta charset="utf-8"><p>In a foreign frame: Cainiao parcels.</p>');
    const page = await open('frames.html');
    const byFrame = async () => {
      const frames = page.frames().filter((f) => !detached(f));
      const entries = await Promise.all(
        frames.map(async (f) => [await f.evaluate(() => document.body.innerText.split(': ')[0]), await highlightList(f)] as const),
      );
      return Object.fromEntries(entries);
    };
    await expect.poll(byFrame, { timeout: 8000 }).toEqual({
      'Top page': ['cainiao:Cainiao'],
      'In a srcdoc frame': ['liege-airport:Liège Airport'],
      'In a frame inside a srcdoc frame': ['liege-airport:LGG'],
      'In a same-origin frame': ['cainiao:Cainiao'],
      'In a srcdoc frame inside it': ['vsse:Belgian State Security', 'vsse:VSSE'],
      'In an about:blank frame': ['vsse:Belgian State Security', 'vsse:VSSE'],
      // Not one of the extension's sites: nothing runs there.
      'In a foreign frame': [],
    });
    // The badge and the popup count the mentions of every frame, not only the top one's.
    if (browser().tabCounts) await expect.poll(() => browser().tabCounts!(page)).toEqual({ badge: '8', total: 8 });
    expect(errorsOn(page)).toEqual([]);
  });

  it('marks mentions inside open shadow roots, visibly, including components added later', async () => {
    const page = await open('shadow-roots.html');
    await waitForHighlights(page, (c) => c['fact-notes-vsse'] === 4);
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', // light DOM
      'cainiao:Cainiao', // nested shadow root (the closed root's mention stays unmarked)
      'liege-airport:Liège Airport', // slotted
      'vsse:Belgian State Security', 'vsse:Belgian State Security', // open root, and its copy added after load
      'vsse:VSSE', 'vsse:VSSE',
    ]);
    expect(await browser().highlightsDrawnIn(page, '#open')).toBe(true);
    await browser().openCard(page, 'Belgian State Security', /VSSE/); // hovering inside the shadow root
    expect(errorsOn(page)).toEqual([]);
  });

  it('never marks editors or form fields, even when the reader types a mention', async () => {
    const page = await open('editable.html');
    await waitForHighlights(page, (c) => Object.keys(c).length === 2);
    const prose = ['cainiao:Cainiao', 'liege-airport:Liège Airport'];
    expect(await highlightList(page)).toEqual(prose);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' More about Liège Airport.');
    await page.click('textarea');
    await page.keyboard.type('Now the textarea says Cainiao.');
    // A paragraph added after the edits is scanned in the same batch or a later one: once it is marked, the edits have been looked at.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Afterwards: the VSSE.' })));
    await waitForHighlights(page, (c) => c['fact-notes-vsse'] === 1);
    expect(await highlightList(page)).toEqual([...prose, 'vsse:VSSE']);
    expect(await page.evaluate(() => document.querySelector('#editor')!.textContent)).toContain('More about Liège Airport.');
    expect(errorsOn(page)).toEqual([]);
  });

  it('marks Latin mentions in Arabic and Hebrew text and Chinese mentions, not the decoy', async () => {
    const page = await open('rtl-cjk.html');
    await waitForHighlights(page, (c) => Object.keys(c).length === 2 && c['fact-notes-cainiao'] === 2);
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', 'cainiao:菜鸟网络', 'liege-airport:Liège Airport', 'liege-airport:列日机场',
    ]);
    const card = await browser().openCard(page, 'Cainiao', /Cainiao/);
    if (card.inside) {
      const [box, width] = await card.inside((el) => [el.getBoundingClientRect().toJSON() as DOMRect, innerWidth] as const);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    expect(errorsOn(page)).toEqual([]);
  });

  it('keeps the card readable on a page whose styles target everything and every custom element', async () => {
    const page = await open('star-styles.html');
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    // Where the card cannot be read, openCard has checked that our host is on top where it is drawn.
    const card = await browser().openCard(page, 'Cainiao', /Cainiao/);
    if (card.inside) {
      expect(await card.inside((el) => {
        const cs = getComputedStyle(el);
        const host = (el.getRootNode() as ShadowRoot).host;
        const box = el.getBoundingClientRect();
        const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + 20) === host;
        return { size: cs.fontSize, color: cs.color, visible: cs.visibility, opacity: cs.opacity, filter: getComputedStyle(host).filter, onTop };
      })).toEqual({ size: '14px', color: 'rgb(31, 35, 40)', visible: 'visible', opacity: '1', filter: 'none', onTop: true });
    }
    if (card.buttons) expect(card.buttons).toContain('Not this topic');
    expect(errorsOn(page)).toEqual([]);
  });

  it('marks mentions exactly on an XHTML page whose text holds CDATA sections', async () => {
    browser().serve(HOSTILE_SITE + 'xhtml-cdata.xhtml', { body: hostileFixture('xhtml-cdata.xhtml'), contentType: 'application/xhtml+xml' });
    const page = await browser().open(HOSTILE_SITE + 'xhtml-cdata.xhtml');
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    // Offsets past a CDATA section land on the same characters: the walk reads it as the page shows it.
    expect(await highlightList(page)).toEqual(['cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:VSSE']);
  });

  it('keeps the card its own on a page that defined our host’s old tag, kept its internals and patched attachShadow', async () => {
    browser().serve(HOSTILE_SITE + 'custom-element.html', hostileFixture('custom-element.html'));
    // The page's class keeps each element's internals; at #own-root it attaches a root of its own first.
    for (const variant of ['', '#own-root']) {
      const page = await browser().open(HOSTILE_SITE + 'custom-element.html' + variant);
      await waitForHighlights(page, (c) => Object.keys(c).length === 3);
      const card = await browser().openCard(page, 'Cainiao', /Cainiao/);
      const links = await card.links?.();
      if (links) expect(links.length, variant).toBeGreaterThan(3);
      expect(await page.evaluate(() => (window as unknown as { __forge(): number }).__forge()), variant).toBe(0);
      if (links) expect(await card.links!(), variant).toEqual(links);
      expect(errorsOn(page)).toEqual([]);
    }
  });

  it('ignores events the page makes up: moves and keys open and close nothing, a made-up page show reports nothing', async () => {
    const page = await open('made-up-events.html');
    await waitForHighlights(page, (c) => Object.keys(c).length === 2);
    const before = await browser().scansOnceCounted?.(page, 2);
    await page.evaluate(() => (window as unknown as { __replayShows(): void }).__replayShows());
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later: Liège Airport.' })));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    // Reports reach the background in order: once the new mention is counted, any the page set off were too.
    if (before !== undefined) expect((await browser().scansOnceCounted!(page, 3)) - before).toBeLessThanOrEqual(2);
    // Every frame the page fakes a move over Cainiao and an Escape, while the reader rests on the VSSE.
    await page.evaluate(() => (window as unknown as { __jam(): void }).__jam());
    await browser().openCard(page, 'VSSE', /VSSE/);
    await page.evaluate(() => (window as unknown as { __unjam(): void }).__unjam());
    expect(errorsOn(page)).toEqual([]);
  });

  it('leaves the page’s own <mark> elements exactly as they were', async () => {
    const page = await open('marks.html');
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect(await highlightList(page)).toEqual([
      'cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:Belgian State Security', 'vsse:VSSE',
    ]);
    await browser().openCard(page, 'Cainiao', /Cainiao/);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { __before: string }).__before)).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });
}
