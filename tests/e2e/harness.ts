// Drives the built extension in Debian's Chromium with playwright-core.
// Test pages are served at real news-site URLs by request interception, so the
// content script's normal `matches` apply and nothing reaches the network.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { TabResult } from '../../lib/messages';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = (extensionDir: string) => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Served {
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser tried to make, page or extension. */
  requests: string[];
  /** Uncaught page errors and console errors, per page URL. */
  errors: string[];
  serve(url: string, page: Served | string): void;
  /** Opens `url` (served with `html` if given) and waits for the load event. */
  open(url: string, html?: string): Promise<Page>;
  tabId(page: Page): Promise<number>;
  /** The popup as a page of its own, for the tab given (no activeTab grant this way). */
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The tab's result as the background gives it to our own pages (the popup asks the same way). */
  tabResult(tabId: number): Promise<TabResult | null>;
  /**
   * Waits until the background has a report from a scan of the tab newer than the
   * `after`-th (TabResult.scans): the "scan done" signal, which no page can see or fake.
   * Fails, saying so, when none comes within `timeoutMs`.
   */
  waitForScan(tabId: number, after: number, timeoutMs?: number): Promise<TabResult>;
  close(): Promise<void>;
}

/** The extension's service worker. Polls as well as listening: on a loaded machine Playwright
 * can miss the worker's start event when it comes during the context launch. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error('the extension service worker did not start within 60 s');
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
}

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  extensionDir?: string;
  /** The browser's language, as a user's system sets it ("fr-FR"): pages' navigator.language
   * (Playwright's locale) and the browser's own UI language (LANGUAGE, which picks _locales). */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** More Chromium switches (benchmarks: V8 flags). */
  extraArgs?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'fact-notes-')));
  const { locale } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...chromiumArgs(extensionDir), ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1200, height: 900 },
    colorScheme: options.colorScheme,
    // As a user's system sets it: Chromium's UI language (hence _locales) comes from LANGUAGE,
    // the pages' navigator.language and Accept-Language from Playwright's locale.
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: `${locale.replace('-', '_')}:${locale.split('-')[0]}` } } : {}),
  });
  const routes = new Map<string, Served>();
  const requests: string[] = [];
  const errors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files are local, not network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const served = routes.get(url.split('#')[0]);
    if (!served) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the test harness' });
    return route.fulfill({
      status: 200,
      contentType: served.contentType ?? 'text/html; charset=utf-8',
      headers: served.headers,
      body: served.body,
    });
  });
  context.on('request', (req) => requests.push(req.url()));

  const watch = (page: Page) => {
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}\n${err.stack ?? ''}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: console: ${msg.text()} @ ${msg.location().url}`);
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  // One of our pages to ask the background from, opened when first needed.
  let probe: Promise<Page> | undefined;

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    requests,
    errors,
    serve(url, page) {
      routes.set(url, typeof page === 'string' ? { body: page } : page);
    },
    async open(url, html) {
      if (html !== undefined) session.serve(url, html);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabId(page) {
      // No "tabs" permission, so tab URLs are hidden from the extension: find the tab as the active one.
      await page.bringToFront();
      return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    },
    async openPopup(tabId) {
      const query = tabId === undefined ? '' : `?tabId=${tabId}`;
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return popup;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async tabResult(tabId) {
      probe ??= context.newPage().then(async (p) => (await p.goto(`chrome-extension://${extensionId}/options.html`), p));
      const page = await probe;
      return page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-result', tabId: id }), tabId);
    },
    async waitForScan(tabId, after, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = await session.tabResult(tabId);
        if (result && result.scans > after) return result;
        if (Date.now() > deadline) throw new Error(`no scan of tab ${tabId} after scan ${after} within ${timeoutMs} ms (the tab's result: ${JSON.stringify(result)})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Names of the registered CSS highlights and their range counts, read from the page. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => (out[name] = h.size));
    return out;
  });
}

/**
 * Waits until the page's highlights satisfy `ok` (the scan runs after load, in idle
 * slices); throws, with what the page had, when they do not within `timeoutMs`.
 */
export async function waitForHighlights(
  page: Pick<Page, 'evaluate'>,
  ok: (counts: Record<string, number>) => boolean,
  timeoutMs = 5000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  let counts = await highlightCounts(page as Page);
  while (!ok(counts)) {
    if (Date.now() > deadline) throw new Error(`highlights never came: after ${timeoutMs} ms the page had ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 50));
    counts = await highlightCounts(page as Page);
  }
  return counts;
}

/** Every mark on the page, with its topic (the card's "active" mark excluded). */
export async function highlightedTexts(page: Page): Promise<Array<{ topic: string; text: string }>> {
  return page.evaluate(() => {
    const out: Array<{ topic: string; text: string }> = [];
    CSS.highlights.forEach((h, name) => {
      if (name.endsWith('-active')) return;
      for (const r of h as unknown as Iterable<Range>) out.push({ topic: name.replace('fact-notes-', ''), text: r.toString() });
    });
    return out;
  });
}

/** Puts the pointer on the middle of the first highlighted range whose text is `words`. */
export async function hoverHighlight(page: Page, words: string): Promise<void> {
  const point = await page.evaluate((w) => {
    let found: Range | undefined;
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Iterable<Range>) if (!found && r.toString() === w) found = r;
    });
    if (!found) return null;
    found.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = found.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, words);
  if (!point) throw new Error(`no highlight reads "${words}"`);
  // From up and left of the words, inside the viewport (WebDriver BiDi refuses moves out of it).
  await page.mouse.move(Math.max(0, point.x - 40), Math.max(0, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

export const SHARED = resolve(ROOT, '../shared');

/** A real page from ../shared/pages, decoded to a string whatever its byte encoding. */
export function readSharedPage(file: string): string {
  const manifest = JSON.parse(readFileSync(join(SHARED, 'pages/manifest.json'), 'utf8')) as Array<{ file: string; encoding: string }>;
  const encoding = manifest.find((p) => p.file === file)?.encoding ?? 'utf-8';
  return new TextDecoder(encoding).decode(readFileSync(join(SHARED, 'pages', file)));
}

/** Page scripts blocked, so the page's DOM only changes if we change it. */
export const NO_PAGE_SCRIPTS = { 'Content-Security-Policy': "script-src 'none'" };

/** Errors raised by our code (extension pages, content script), not by the page's own. */
export const ourErrors = (errors: string[]) => errors.filter((e) => e.includes('chrome-extension://'));

/** "topic:text" for every mark (whitespace collapsed), sorted; pages or frames. */
export async function highlightList(target: Pick<Page, 'evaluate'>): Promise<string[]> {
  const list = await highlightedTexts(target as Page);
  return list.map((x) => `${x.topic}:${x.text.replace(/\s+/g, ' ')}`).sort();
}

/** True when the page's highlights change what `target` looks like (compares screenshots with and without them). */
export async function highlightsDrawnIn(page: Pick<Page, 'evaluate'>, target: { screenshot(): Promise<Uint8Array> }): Promise<boolean> {
  const marked = Buffer.from(await target.screenshot());
  await page.evaluate(() => {
    (window as unknown as { __savedHighlights: Map<string, Highlight> }).__savedHighlights = new Map(CSS.highlights);
    CSS.highlights.clear();
  });
  const plain = Buffer.from(await target.screenshot());
  await page.evaluate(() => {
    const saved = (window as unknown as { __savedHighlights: Map<string, Highlight> }).__savedHighlights;
    saved.forEach((h, name) => CSS.highlights.set(name, h));
  });
  return !marked.equals(plain);
}


/** The card as assistive tech sees it: its shadow root is closed, so read through the accessibility tree over CDP. */
export interface CardView {
  name: string;
  links: Array<{ name: string; url: string }>;
  buttons: string[];
  /** All the text in the card, in order, joined by spaces. */
  text: string;
  /** The dialog element's backend DOM node id, for evaluateInCard and clickInCard. */
  nodeId: number;
}

type AxNode = {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
  childIds?: string[];
  backendDOMNodeId?: number;
};

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpFor(page: Page): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (!session) cdpSessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

async function axNodes(page: Page): Promise<{ nodes: AxNode[]; byId: Map<string, AxNode> }> {
  const cdp = await cdpFor(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  return { nodes, byId: new Map(nodes.map((n) => [n.nodeId, n])) };
}

/** The links, buttons and text under one node of the accessibility tree. */
function contentOf(root: AxNode, byId: Map<string, AxNode>): Pick<CardView, 'links' | 'buttons' | 'text'> {
  const view: Pick<CardView, 'links' | 'buttons' | 'text'> = { links: [], buttons: [], text: '' };
  const texts: string[] = [];
  const visit = (n: AxNode) => {
    const role = n.role?.value;
    const label = n.name?.value ?? '';
    if (role === 'link') view.links.push({ name: label, url: String(n.properties?.find((p) => p.name === 'url')?.value.value ?? '') });
    if (role === 'button') view.buttons.push(label);
    if (role === 'StaticText') texts.push(label);
    n.childIds?.forEach((id) => byId.has(id) && visit(byId.get(id)!));
  };
  visit(root);
  view.text = texts.join(' ');
  return view;
}

/** The open card whose accessible name matches `name`, read from the accessibility tree; null when none is open. */
export async function readCard(page: Page, name: RegExp = /Fact Notes/): Promise<CardView | null> {
  const { nodes, byId } = await axNodes(page);
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog' && name.test(n.name?.value ?? ''));
  if (!dialog) return null;
  return { name: dialog.name!.value, nodeId: dialog.backendDOMNodeId!, ...contentOf(dialog, byId) };
}

/** The region named `name` inside the open card, as assistive tech reads it; null when there is none. */
export async function readCardRegion(page: Page, name: string): Promise<Pick<CardView, 'links' | 'buttons' | 'text'> | null> {
  const { nodes, byId } = await axNodes(page);
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog');
  const inDialog = new Set<string>();
  const mark = (n: AxNode) => {
    inDialog.add(n.nodeId);
    n.childIds?.forEach((id) => byId.has(id) && mark(byId.get(id)!));
  };
  if (dialog) mark(dialog);
  const region = nodes.find((n) => inDialog.has(n.nodeId) && !n.ignored && n.role?.value === 'region' && n.name?.value === name);
  return region ? contentOf(region, byId) : null;
}

/** Waits for the card named `name` to open; fails, saying so, when it does not within `timeoutMs`. */
export async function waitForCard(page: Page, name: RegExp = /Fact Notes/, timeoutMs = 5000): Promise<CardView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(page, name);
    if (card) return card;
    if (Date.now() > deadline) throw new Error(`no card named ${name} opened within ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

/** Waits until no card is open. */
export async function waitForNoCard(page: Page, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await readCard(page)) {
    if (Date.now() > deadline) throw new Error(`the card was still open after ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

/** Runs `fn` on the card's dialog element (reached over CDP, as page scripts cannot). */
export async function evaluateInCard<T>(page: Page, card: CardView, fn: (el: HTMLElement) => T): Promise<T> {
  const cdp = await cdpFor(page);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: card.nodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { return (${fn.toString()})(this); }`,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Clicks the button (or link) named `name` in the open card, where a reader would. */
export async function clickInCard(page: Page, name: string, role: 'button' | 'link' = 'button'): Promise<void> {
  const cdp = await cdpFor(page);
  const { nodes } = await axNodes(page);
  const button = nodes.find((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
  if (!button?.backendDOMNodeId) throw new Error(`no ${role} "${name}" in the page's accessibility tree`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendDOMNodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
