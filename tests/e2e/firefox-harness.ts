// Drives the Firefox build in Debian's firefox-esr with puppeteer-core (WebDriver BiDi).
// Like the Chromium harness, pages are served at real news-site URLs by request
// interception, so the manifest's `matches` apply and nothing reaches the network.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  /** Every request a page made, as the interception saw it. */
  requests: string[];
  /** Uncaught page errors and console errors, per page URL. */
  errors: string[];
  /** Serves `html` at `url`, opens it and waits for the load event. */
  open(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  // A temporary add-on, as about:debugging would load it.
  await browser.installExtension(extensionDir);
  const documents = new Map<string, string>();
  const requests: string[] = [];
  const errors: string[] = [];

  // Only the opened documents exist; anything else a page asks for gets a 404.
  const answer = (req: HTTPRequest) => {
    const target = req.url();
    requests.push(target);
    if (target.startsWith('moz-extension://')) return void req.continue();
    const html = documents.get(target.split('#')[0]);
    void req.respond(
      html === undefined
        ? { status: 404, contentType: 'text/plain', body: 'not served by the test harness' }
        : { status: 200, contentType: 'text/html; charset=utf-8', body: html },
    );
  };

  return {
    browser,
    requests,
    errors,
    async open(url, html) {
      documents.set(url, html);
      const page = await browser.newPage();
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${(err as Error).message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${page.url()}: console: ${msg.text()}`);
      });
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    close: () => browser.close(),
  };
}
