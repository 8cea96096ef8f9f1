// Drives the Firefox build in Debian's firefox-esr with puppeteer-core (WebDriver BiDi).
// Like the Chromium harness, pages are served at real news-site URLs by request
// interception, so the manifest's `matches` apply and nothing reaches the network.
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { buildExtension } from './build';
import type { Served } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's id (wxt.config.ts) and the moz-extension:// host we give it, so tests can open its pages. */
export const ADDON_ID = 'fact-notes@factnotes.example';
export const EXTENSION_UUID = '6d1f0c36-3b0e-4a7c-9a51-2f6a8e0b7c11';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's id, as installed. */
  extensionId: string;
  /** Every request a page made, as the interception saw it. */
  requests: string[];
  /** Uncaught page errors and console errors, per page URL. */
  errors: string[];
  serve(url: string, page: Served | string): void;
  /** Opens `url` (served with `html` if given) and waits for the load event. */
  open(url: string, html?: string): Promise<Page>;
  /** Opens one of the add-on's own pages ("library.html"): local files, nothing to intercept. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox asks for a tab's icon itself; a page's CSP that refuses it is reported as the page's error. */
const browsersOwn = (message: string) => /^Content-Security-Policy: .* at https:\/\/[^/]+\/favicon\.ico /.test(message);

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver may open moz-extension:// pages (the library) only with system access (Firefox 153+).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // What the harness does not serve goes to a proxy that is not there: nothing leaves the machine.
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
      // Firefox picks each add-on's moz-extension:// host at random unless told.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    },
  });
  // A temporary add-on, as about:debugging would load it.
  const extensionId = await browser.installExtension(extensionDir);
  const documents = new Map<string, Served>();
  const requests: string[] = [];
  const errors: string[] = [];

  // Only the opened documents exist; anything else a page asks for gets a 404.
  const answer = (req: HTTPRequest) => {
    const target = req.url();
    requests.push(target);
    if (target.startsWith('moz-extension://')) return void req.continue();
    const served = documents.get(target.split('#')[0]);
    void req.respond(
      served === undefined
        ? { status: 404, contentType: 'text/plain', body: 'not served by the test harness' }
        : { status: 200, contentType: served.contentType ?? 'text/html; charset=utf-8', headers: served.headers, body: served.body },
    );
  };

  const watchedPage = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (err) => !browsersOwn((err as Error).message) && errors.push(`${page.url()}: ${(err as Error).message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !browsersOwn(msg.text())) errors.push(`${page.url()}: console: ${msg.text()}`);
    });
    return page;
  };

  const session: FirefoxSession = {
    browser,
    extensionId,
    requests,
    errors,
    serve(url, page) {
      documents.set(url, typeof page === 'string' ? { body: page } : page);
    },
    async open(url, html) {
      if (html !== undefined) session.serve(url, html);
      const page = await watchedPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await watchedPage();
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      // Puppeteer never hears such a navigation end (Firefox 153): start it, then wait on the document itself.
      void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      const loaded = () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
      while ((await loaded()) !== `${url} complete`) {
        if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    },
    close: () => browser.close(),
  };
  return session;
}

/**
 * Waits until the card is drawn over the page beside `words` (below them, or above when
 * there is more room there) and the page cannot read into it: with the card's root
 * closed, the page sees only our host where the card is. Fails, saying so, after `timeoutMs`.
 */
export async function waitForCardOver(page: Page, words: string, timeoutMs = 5000): Promise<void> {
  const drawn = () =>
    page.evaluate((w) => {
      const host = document.querySelector('[data-fact-notes-ui]');
      let box: DOMRect | undefined;
      CSS.highlights.forEach((h) => h.forEach((r) => void (r.toString() === w && (box ??= (r as Range).getClientRects()[0]))));
      if (!host || !box) return { hit: false, readable: !!host?.shadowRoot };
      const x = Math.min(box.left + 10, innerWidth - 20);
      const hit = [box.bottom + 40, box.top - 40].some((y) => document.elementFromPoint(x, y) === host);
      return { hit, readable: !!host.shadowRoot };
    }, words);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await drawn();
    if (seen.hit && !seen.readable) return;
    if (Date.now() > deadline) throw new Error(`no card drawn beside "${words}" within ${timeoutMs} ms (${JSON.stringify(seen)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Firefox with the built add-on for a test file: started before its tests, closed after them. */
export function firefoxForTests(): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await launchFirefox(buildExtension('firefox-mv2'));
  }, 180_000);
  afterAll(async () => session?.close());
  return () => session!;
}

// The shared page helpers (harness.ts, hostile-cases.ts) are typed with Playwright's Page and
// use only what puppeteer's shares with it: evaluate, mouse, keyboard, click, frames, title.
export const asPlaywright = (page: Page) => page as unknown as PlaywrightPage;
export const asPuppeteer = (page: PlaywrightPage) => page as unknown as Page;
