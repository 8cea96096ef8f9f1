import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInCard,
  highlightedTexts,
  hoverHighlight,
  launchExtension,
  ROOT,
  waitForHighlights,
  waitForCard,
  waitForNoCard,
  type ExtensionSession,
} from './harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8');
const sorted = (xs: Array<{ topic: string; text: string }>) =>
  xs.map((x) => `${x.topic}:${x.text.replace(/\s+/g, ' ')}`).sort();

describe('reading a page', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('marks mentions split across inline tags, and only real mentions', async () => {
    const page = await s.open('https://www.lesoir.be/demo', fixture('demo-article.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const texts = sorted(await highlightedTexts(page));
    expect(texts).toContain('liege-airport:Liège Airport');
    expect(texts).toContain('vsse:VSSE');
    expect(texts.some((t) => t.startsWith("vsse:Belgium's State Security"))).toBe(true);
    expect(texts.filter((t) => t.startsWith('cainiao:'))).toEqual(['cainiao:Cainiao', 'cainiao:Cainiao']);
    // The aside names decoys only.
    expect(texts.join(' ')).not.toMatch(/University|Standard|Ministry/);
  });

  it('keeps confirmation inside each <article> of a home page: an unrelated story\'s ambiguous name stays unmarked', async () => {
    const page = await s.open('https://www.lesoir.be/home', fixture('home-page.html'));
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 2 && c['fact-notes-liege-airport'] === 2 && c['fact-notes-vsse'] === 1);
    // Each mark with the story it sits in.
    const marks = await page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (name.endsWith('-active')) return;
        for (const r of h as unknown as Iterable<Range>) {
          out.push(`${(r.startContainer.parentElement?.closest('article') as HTMLElement | null)?.dataset.story}:${r.toString()}`);
        }
      });
      return out.sort();
    });
    // LGG the probiotic, 菜鸟 the rookie and another country's State Security sit beside real mentions, unmarked.
    expect(marks).toEqual(['cargo:Cainiao', 'cargo:LGG', 'cargo:Liège Airport', 'logistics:菜鸟网络', 'security:VSSE']);
  });

  it('opens a card with sourced notes when the pointer rests on a mention, and Escape closes it', async () => {
    const page = await s.open('https://www.lesoir.be/demo-card', fixture('demo-article.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    await hoverHighlight(page, 'VSSE');
    const card = await waitForCard(page, /Fact Notes: VSSE/);
    expect(card.links.length).toBeGreaterThanOrEqual(2);
    expect(card.text).toMatch(/\d{4}|date not visible/);
    // The card's mention is drawn more strongly: its look differs with the card's own mark taken away.
    const box = await page.evaluate(() => {
      const r = CSS.highlights.get('fact-notes-vsse-active')!.values().next().value as Range;
      const { x, y, width, height } = r.getBoundingClientRect();
      return { x: Math.floor(x), y: Math.floor(y) - 2, width: Math.ceil(width) + 1, height: Math.ceil(height) + 8 };
    });
    const active = await page.screenshot({ clip: box });
    const saved = await page.evaluateHandle(() => {
      const h = CSS.highlights.get('fact-notes-vsse-active')!;
      CSS.highlights.delete('fact-notes-vsse-active');
      return h;
    });
    const plain = await page.screenshot({ clip: box });
    await page.evaluate((h) => CSS.highlights.set('fact-notes-vsse-active', h), saved);
    expect(active.equals(plain)).toBe(false);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  it('steps through mentions from the keyboard shortcut, with focus in the card', async () => {
    const page = await s.open('https://www.lesoir.be/demo-keys', fixture('demo-article.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const tabId = await s.tabId(page);
    // What the background does on the shortcut (commands cannot be pressed in headless Chromium).
    const step = (n: 1 | -1) => s.worker.evaluate(([id, st]) => chrome.tabs.sendMessage(id, { type: 'step-mention', step: st }), [tabId, n] as const);
    await step(1);
    await expect.poll(async () => (await waitForCard(page)).text).toContain('1 / 6');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-fact-notes-ui'))).toBe(true);
    await step(-1);
    await expect.poll(async () => (await waitForCard(page)).text).toContain('6 / 6');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  it('"Not this topic" removes that mention and remembers it on reload', async () => {
    const url = 'https://www.lesoir.be/demo-dismiss';
    const page = await s.open(url, fixture('demo-article.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    await hoverHighlight(page, 'LGG');
    await waitForCard(page);
    await clickInCard(page, 'Not this topic');
    await expect.poll(async () => sorted(await highlightedTexts(page))).not.toContain('liege-airport:LGG');
    await page.reload();
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    expect(sorted(await highlightedTexts(page))).not.toContain('liege-airport:LGG');
    expect(sorted(await highlightedTexts(page))).toContain('liege-airport:Liège Airport');
  });

  it('follows a page that re-renders its article and appends stories, without breaking it', async () => {
    const page = await s.open('https://www.nrc.nl/rerender', fixture('framework-page.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 2);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.click('#more');
    const counts = await waitForHighlights(page, (c) => c['fact-notes-vsse'] >= 1);
    expect(counts).toMatchObject({ 'fact-notes-cainiao': 1, 'fact-notes-liege-airport': 1 });
    // The re-rendered nodes are the ones marked: no stale ranges left on detached nodes.
    expect(await page.evaluate(() => [...CSS.highlights.values()].every((h) => [...h].every((r) => r.startContainer.isConnected)))).toBe(true);
    await page.click('#count');
    expect(await page.textContent('#count')).toBe('Clicked 1 times');
  });

  it('never marks form fields or editable regions, and reads on a dark page', async () => {
    const page = await s.open('https://www.rtbf.be/dark', fixture('dark-page.html'));
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const texts = sorted(await highlightedTexts(page));
    expect(texts).toEqual(['cainiao:Cainiao', "liege-airport:aéroport de Liège", "vsse:Sûreté de l'État"]);
  });

  it('scans a very long page in slices and keeps the page responsive', async () => {
    const para = '<p>Filler text about harbours, weather and local politics in several towns. </p>';
    const html = `<!doctype html><meta charset="utf-8"><body>${para.repeat(20000)}<p>At the end: Cainiao.</p></body>`;
    const page = await s.open('https://www.hln.be/long', html);
    const counts = await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 1, 15000);
    expect(counts['fact-notes-cainiao']).toBe(1);
  });

  it('leaves no page errors behind', () => {
    expect(s.errors).toEqual([]);
  });
});
