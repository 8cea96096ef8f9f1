// Accessibility checked in the real browser: axe-core (its default rules, best practices
// included) on the popup, the options page and the card, in light and dark; the card as
// assistive tech reads it through its closed root; marks that stay visible in forced colors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictIdsOf } from '../../lib/conflicts';
import { checkFigures } from '../../lib/figures/figure-check';
import { FACTS } from '../../lib/notes';
import { EXTENSION_DIR, highlightedTexts, hoverHighlight, launchExtension, ROOT, waitForCard, waitForHighlights, type ExtensionSession } from './harness';
const facts = JSON.parse(readFileSync(join(ROOT, 'data/facts.json'), 'utf8')) as Array<{ id: string; topic: string; kind: string; respondsTo?: string; sources: string[] }>;
const sources = JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as Array<{ id: string }>;

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/popup-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.lesoir.be/fact-notes-accessibility-test';
const SCHEMES = ['light', 'dark'] as const;

/** Every violation, one line each, so a failure says what and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page as never }).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** Opens every folded section, so what a reader can open is audited too. */
const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

/**
 * The card's page: the built extension plus one page that renders the card from the
 * shipped card-ui.js into an open shadow root, where axe can reach it. It lives in a
 * copy of the build, so it is never in the zips.
 */
function extensionWithCardPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-notes-a11y-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'card-test.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Card test</title></head>' +
      '<body><main><h1>A page with a card</h1><p>Text under the card.</p></main><div id="host"></div><script src="/card-ui.js"></script></body></html>',
  );
  return dir;
}

/** A VSSE card as the content script would open it: a claim, its response, a note with more
 * sources than fit, a note where sources differ (its line to the library), and the number check
 * of a paragraph that states a staff figure. */
async function renderCard(page: Page): Promise<void> {
  const vsse = facts.filter((f) => f.topic === 'vsse');
  const claim = vsse.find((f) => f.kind === 'claim' && vsse.some((r) => r.respondsTo === f.id))!;
  const notes = [claim, vsse.find((r) => r.respondsTo === claim.id)!, vsse.find((f) => f.sources.length > 2)!, vsse.find((f) => f.id === 'vsse-bostyn-staff')!];
  const conflicts = conflictIdsOf(notes);
  expect(conflicts['vsse-bostyn-staff']).toEqual(['vsse-staff-differs']);
  const figures = checkFigures('The VSSE now employs 1,000 people, a spokesperson said.', FACTS);
  expect(figures.length).toBe(1);
  await page.evaluate(
    ({ notes, figures, sources, conflicts }) => {
      const ui = (globalThis as Record<symbol, any>)[Symbol.for('fact-notes.card-ui')];
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ui.css);
      root.adoptedStyleSheets = [sheet];
      const mount = root.appendChild(document.createElement('div'));
      ui.render(mount, {
        topicId: 'vsse', matched: 'VSSE', why: 'exact name', notes, figures, lang: 'en', focus: false, step: '1 / 2',
        position: { left: 20, top: 120, maxHeight: 600 },
        sourceById: (id: string) => sources.find((s) => s.id === id),
        onDismiss: () => undefined, onClose: () => undefined, conflicts, onOpenConflict: () => undefined,
      });
    },
    { notes, figures, sources, conflicts },
  );
}

describe('accessibility in Chromium', () => {
  let s: ExtensionSession;
  let dir: string;
  let tabId: number;
  beforeAll(async () => {
    dir = extensionWithCardPage();
    s = await launchExtension({ extensionDir: dir });
    const article = await s.open(ARTICLE_URL, ARTICLE);
    await waitForHighlights(article, (c) => Object.keys(c).length === 3);
    tabId = await s.tabId(article);
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(SCHEMES)('%s scheme: axe finds no violations', (colorScheme) => {
    it('in the popup, every section opened', async () => {
      const popup = await s.openPopup(tabId);
      await popup.emulateMedia({ colorScheme });
      await popup.getByRole('heading', { level: 2, name: /VSSE/ }).waitFor();
      await openAll(popup);
      expect(await popup.getByRole('link', { name: /^Sources differ on this/ }).count()).toBeGreaterThan(0); // checked too
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('in the options page', async () => {
      const options = await s.openOptions();
      await options.emulateMedia({ colorScheme });
      await options.getByRole('heading', { level: 1 }).waitFor();
      await openAll(options);
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });

    it('on the card, rendered with its root open in an extension test page', async () => {
      const page = await s.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${s.extensionId}/card-test.html`);
      await renderCard(page);
      await page.getByRole('dialog', { name: 'Fact Notes: VSSE' }).waitFor();
      await openAll(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  it('the open card, behind its closed root, is a named dialog whose links and buttons all have names, and adds no landmark', async () => {
    const page = await s.open(ARTICLE_URL);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    await hoverHighlight(page, 'VSSE');
    const card = await waitForCard(page, /VSSE/);
    expect(card.name).toMatch(/^Fact Notes: VSSE/);
    expect(card.links.length).toBeGreaterThan(0);
    expect(card.links.filter((l) => !l.name.trim())).toEqual([]);
    expect(card.buttons.length).toBeGreaterThanOrEqual(2);
    expect(card.buttons.filter((b) => !b.trim())).toEqual([]);
    // The article page has no landmark of its own: any banner or contentinfo would be ours.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string } }> };
    expect(nodes.filter((n) => !n.ignored && ['banner', 'contentinfo'].includes(n.role?.value ?? '')).map((n) => n.role!.value)).toEqual([]);
    await page.close();
  });

  it.each(['underline', 'background'] as const)('keeps %s marks visible in forced-colors (high-contrast) mode', async (style) => {
    const options = await s.openOptions();
    const radio = options.getByRole('radio', { name: style === 'underline' ? 'Underline' : 'Background' });
    if (!(await radio.isChecked())) {
      await radio.check();
      await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    }
    await options.close();
    const page = await s.open(ARTICLE_URL);
    await page.emulateMedia({ forcedColors: 'active' });
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.values()][0].values().next().value as Range;
      const { x, y, width, height } = r.getBoundingClientRect();
      return { x: Math.floor(x), y: Math.floor(y) - 2, width: Math.ceil(width) + 1, height: Math.ceil(height) + 8 };
    });
    const marked = await page.screenshot({ clip: box });
    // The same words with our highlights taken out of the registry for a moment.
    await page.evaluate(() => {
      const saved = new Map(CSS.highlights);
      CSS.highlights.clear();
      (globalThis as Record<string, unknown>).__saved = saved;
    });
    const unmarked = await page.screenshot({ clip: box });
    expect(marked.equals(unmarked)).toBe(false);
    await page.close();
  });
});
