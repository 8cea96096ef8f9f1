// Time to marks, measured from outside as a reader gets it: the built extension in
// Chromium, the page served at a news URL the content script runs on, and the page's
// own world watching when the marks change (scripts/bench/page-probe.ts). Nothing of
// ours is timed from inside, so start-up (script evaluation, storage reads, building
// the finder), the slices' gaps and the restyle our highlights cause all count.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs, launchExtension, type ExtensionSession, type LaunchOptions } from '../../tests/e2e/harness';
import { lastChangeAfterLoad, PROBE_SCRIPT, readProbe, tasksFromDcl, type ProbeReading } from './page-probe';

/** A news URL the content script runs on by default. */
export const NEWS_URL = 'https://www.theguardian.com/world/ng-interactive/the-long-read';
/**
 * Page scripts and every subresource blocked by the browser itself: a real page asks
 * for hundreds, and each one routed through Playwright costs a round trip. Inline
 * styles stay, so the page lays out as it would without its stylesheets.
 */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The window: the last change of the marks within 6 s after load. */
export const WINDOW_MS = 6000;
/** Real pages: marks this long unchanged (and some registered) end the wait. */
const SETTLED_MS = 500;
const VIEWPORT = { width: 1200, height: 900 };

export interface ColdLoad {
  /**
   * The last change of the marks within WINDOW_MS, ms after the load event: when the page
   * sees it, at the start of the frame after the highlights were registered (null: no marks).
   */
  timeToMarksMs: number | null;
  /** The same change once that frame is rendered (its restyle and paint done). */
  timeToMarksDrawnMs: number | null;
  ranges: number;
  /** Long tasks that started from DOMContentLoaded on. */
  blockingMs: number;
  longestTaskMs: number;
  loadMs: number;
}

function coldLoad(reading: ProbeReading, windowMs = WINDOW_MS): ColdLoad {
  const last = lastChangeAfterLoad(reading, windowMs);
  const tasks = tasksFromDcl(reading);
  return { timeToMarksMs: last.seenMs, timeToMarksDrawnMs: last.drawnMs, ranges: last.ranges, blockingMs: tasks.blockingMs, longestTaskMs: tasks.longestMs, loadMs: reading.loadMs };
}

/** Waits in Node until the page's clock reads `loadMs + windowMs`. */
async function waitPastLoad(page: Page, windowMs: number): Promise<ProbeReading> {
  const first = await readProbe(page);
  const now = await page.evaluate(() => performance.now());
  await page.waitForTimeout(Math.max(0, first.loadMs + windowMs - now + 50));
  return readProbe(page);
}

/**
 * One page load in a fresh browser with the extension loaded (fresh profile, default
 * settings). `inspect` runs on the page after the window, before the browser closes.
 */
export async function withExtension<T>(
  url: string,
  html: string,
  headers: Record<string, string>,
  inspect: (page: Page) => Promise<T>,
  launch: LaunchOptions = {},
): Promise<ColdLoad & { extra: T }> {
  const s = await launchExtension({ viewport: VIEWPORT, ...launch });
  try {
    await s.context.addInitScript({ content: PROBE_SCRIPT });
    s.serve(url, { body: html, headers });
    const page = await s.open(url);
    const reading = await waitPastLoad(page, WINDOW_MS);
    return { ...coldLoad(reading), extra: await inspect(page) };
  } finally {
    await s.close();
  }
}

/**
 * A control for the blocking time: an extension whose content script does nothing, run at
 * document_idle on NEWS_URL's site as ours is (no frames, no stylesheet: the bench's page
 * has no frames, and the sheet is ours to answer for). In our traces any idle-time content
 * script brings the load event 200-330 ms after DOMContentLoaded, which moves Chromium's own
 * tasks (the page's last layout, its text capture for language detection) after it,
 * whatever the script does: the control says what that looks like beside ours.
 * Returns the unpacked extension's directory; the caller removes it.
 */
export async function controlExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fact-notes-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'control',
    version: '1.0',
    // The harness waits for an extension's service worker.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: [`*://*.${new URL(NEWS_URL).hostname.replace(/^www\./, '')}/*`], run_at: 'document_idle', js: ['content.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), '');
  await writeFile(join(dir, 'content.js'), '');
  return dir;
}

/** The same load in the same browser without the extension: the baseline's long tasks. */
export async function withoutExtension(url: string, html: string, headers: Record<string, string>): Promise<ColdLoad> {
  const dir = await mkdtemp(join(tmpdir(), 'fact-notes-baseline-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs('').filter((a) => !a.includes('extension')),
      viewport: VIEWPORT,
    });
    await context.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html })
        : route.abort(),
    );
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return coldLoad(await waitPastLoad(page, WINDOW_MS));
  } finally {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Real pages: one browser with the extension, a new tab (a fresh content script) per
 * load; the wait ends once marks are registered and unchanged for SETTLED_MS.
 */
export class TabLoads {
  private constructor(private readonly s: ExtensionSession) {}

  static async start(): Promise<TabLoads> {
    const s = await launchExtension({ viewport: VIEWPORT });
    await s.context.addInitScript({ content: PROBE_SCRIPT });
    return new TabLoads(s);
  }

  async load(url: string, html: string, headers: Record<string, string>): Promise<ColdLoad> {
    this.s.serve(url, { body: html, headers });
    const page = await this.s.open(url);
    try {
      for (;;) {
        const reading = await readProbe(page);
        const now = await page.evaluate(() => performance.now());
        const last = reading.changes.at(-1);
        const settled = last && last[1] > 0 && last[2] > 0 && now - last[0] >= SETTLED_MS;
        if (settled || now > reading.loadMs + WINDOW_MS) return coldLoad(reading);
        await page.waitForTimeout(100);
      }
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.s.close();
  }
}
