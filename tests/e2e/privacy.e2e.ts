// Zero network: every request made while the extension works (content script on several
// pages including a real article, card, popup, options, background) is recorded. Our own
// pages ask for nothing but themselves; on the real article the extension adds nothing
// to what the page requests on its own (measured with the same visit, extension absent).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hoverHighlight,
  launchExtension,
  NO_PAGE_SCRIPTS,
  ourErrors,
  readSharedPage,
  ROOT,
  waitForCard,
  waitForHighlights,
  type ExtensionSession,
  type Served,
} from './harness';

const MENTION_ID = 'fact-notes-privacy';
const withMention = (html: string) =>
  html.replace(/<\/body>/i, `<p id="${MENTION_ID}">Le fret de Cainiao transite par l'aéroport de Liège, selon la Sûreté de l'État.</p>$&`);

interface Visit {
  url: string;
  served: Served;
  /** Words of a highlighted mention to rest the pointer on. */
  hover: string;
}

const REAL_ARTICLE = 'https://www.lemonde.fr/international/article/fact-notes-privacy.html';
const VISITS: Visit[] = [
  // Page scripts off, so the page's own requests are the same with and without us.
  { url: REAL_ARTICLE, served: { body: withMention(readSharedPage('lemonde-1.html')), headers: NO_PAGE_SCRIPTS }, hover: 'Cainiao' },
  { url: 'https://www.brusselstimes.com/privacy-demo', served: { body: readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8') }, hover: 'VSSE' },
  { url: 'https://www.rtbf.be/privacy-dark', served: { body: readFileSync(join(ROOT, 'tests/fixtures/dark-page.html'), 'utf8') }, hover: 'Cainiao' },
];

const isOwnFile = (url: string) => url.startsWith('chrome-extension://');

/** Opens every visit, rests the pointer on a mention (or, without us, on the same paragraph) and lets loads settle. */
async function visitAll(s: ExtensionSession, withExtension: boolean): Promise<Page[]> {
  const pages: Page[] = [];
  for (const v of VISITS) {
    s.serve(v.url, v.served);
    const page = await s.open(v.url);
    if (withExtension) {
      await waitForHighlights(page, (c) => Object.keys(c).length > 0);
      await hoverHighlight(page, v.hover);
      await waitForCard(page);
    } else {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), MENTION_ID);
    }
    await page.waitForLoadState('networkidle');
    pages.push(page);
  }
  return pages;
}

describe('privacy: the extension makes no network request', () => {
  let baseline: Set<string>;
  let s: ExtensionSession;
  let pages: Page[];

  beforeAll(async () => {
    // The page alone: the same browser with an extension that does nothing.
    const empty = await mkdtemp(join(tmpdir(), 'fact-notes-empty-'));
    await writeFile(join(empty, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', background: { service_worker: 'sw.js' } }));
    await writeFile(join(empty, 'sw.js'), '');
    const alone = await launchExtension({ extensionDir: empty });
    await visitAll(alone, false);
    baseline = new Set(alone.requests);
    await alone.close();
    await rm(empty, { recursive: true, force: true });

    s = await launchExtension();
    pages = await visitAll(s, true);
    const popup = await s.openPopup(await s.tabId(pages[0]));
    await popup.getByText('Cainiao').first().waitFor();
    const options = await s.openOptions();
    await options.getByRole('checkbox', { name: 'Cainiao' }).waitFor();
    await Promise.all([popup.waitForLoadState('networkidle'), options.waitForLoadState('networkidle')]);
  }, 120_000);
  afterAll(async () => s?.close());

  it('our own pages load nothing but themselves', () => {
    for (const v of VISITS.slice(1)) {
      const fromSite = s.requests.filter((u) => new URL(u).host === new URL(v.url).host);
      expect(fromSite.filter((u) => u !== v.url && !u.endsWith('/favicon.ico'))).toEqual([]);
    }
  });

  it('adds no request to those the real article makes on its own', () => {
    expect(baseline.has(REAL_ARTICLE)).toBe(true);
    expect(s.requests.filter((u) => !isOwnFile(u) && !baseline.has(u))).toEqual([]);
  });

  it('the popup, options and background load only packaged files', () => {
    const fromExtension = s.requests.filter(isOwnFile);
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.every((u) => u.startsWith(`chrome-extension://${s.extensionId}/`))).toBe(true);
  });

  it('caused no errors of ours', () => {
    // The real article's own blocked inline scripts report errors; none may come from us.
    expect(ourErrors(s.errors)).toEqual([]);
    expect(s.errors.filter((e) => !e.startsWith(REAL_ARTICLE))).toEqual([]);
  });
});
