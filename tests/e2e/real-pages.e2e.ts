// The content script on real article pages (../shared/pages) with annotated texts
// inserted: highlights must match the annotations, the page must not change, and the
// page's own text is marked exactly as tests/e2e/expected-marks/<page>.json says
// (mostly nothing: a false mark in a real article fails here).
// FACT_NOTES_WRITE_EXPECTED=1 writes those files from what is found: review them by hand.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCorpus, scoreCorpus, type Span } from '../../lib/eval-score';
import {
  hoverHighlight,
  launchExtension,
  NO_PAGE_SCRIPTS,
  ourErrors,
  readSharedPage,
  SHARED,
  waitForCard,
  waitForHighlights,
  type ExtensionSession,
} from './harness';

interface Annotated {
  id: string;
  text: string;
  mentions: Array<{ topic: string; start: number; end: number }>;
}

const hasShared = existsSync(join(SHARED, 'pages')) && existsSync(join(SHARED, 'corpus'));
if (!hasShared) console.warn('real-pages e2e: ../shared is absent, skipping');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** text[from, to) as HTML; with `split`, its first mention is cut by a <b> tag mid-word. */
function paragraphHtml(t: Annotated, split: boolean, from = 0, to = t.text.length): string {
  const m = t.mentions.find((x) => x.start >= from && x.end <= to);
  if (!split || !m) return escapeHtml(t.text.slice(from, to));
  const cut = m.start + Math.ceil((m.end - m.start) / 2);
  return `${escapeHtml(t.text.slice(from, m.start))}<b>${escapeHtml(t.text.slice(m.start, cut))}</b>${escapeHtml(t.text.slice(cut, to))}`;
}

/** The text as an <article>, a <p> per line ("\n" is a block boundary), each saying where it starts in the text. */
function articleHtml(t: Annotated, split: boolean): string {
  let at = 0;
  const paragraphs = t.text.split('\n').map((line) => {
    const p = `<p data-fn-id="${t.id}" data-fn-at="${at}">${paragraphHtml(t, split, at, at + line.length)}</p>`;
    at += line.length + 1;
    return p;
  });
  return `<article>${paragraphs.join('')}</article>`;
}

function withInserted(html: string, texts: Annotated[]): string {
  const section = `<section id="fact-notes-test">${texts
    .map((t, i) => `<p data-fn-id="${t.id}">${paragraphHtml(t, i % 2 === 1)}</p>`)
    .join('')}</section>`;
  // The last </body>: earlier ones can sit inside inline scripts' strings.
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + section : html.slice(0, at) + section + html.slice(at);
}

/** Highlighted spans as offsets into the text of the inserted paragraph holding them. */
function foundSpans(page: Page) {
  return page.evaluate(() => {
    const out: Array<{ id: string; topic: string; start: number; end: number }> = [];
    CSS.highlights.forEach((h, name) => {
      if (name.endsWith('-active')) return;
      for (const r of h as unknown as Iterable<Range>) {
        const p = r.startContainer.parentElement?.closest('p[data-fn-id]');
        if (!p) continue;
        const before = document.createRange();
        before.setStart(p, 0);
        before.setEnd(r.startContainer, r.startOffset);
        const start = Number(p.getAttribute('data-fn-at') ?? 0) + before.toString().length;
        out.push({ id: p.getAttribute('data-fn-id')!, topic: name.replace('fact-notes-', ''), start, end: start + r.toString().length });
      }
    });
    return out;
  });
}

const EXPECTED_DIR = join(import.meta.dirname, 'expected-marks');
const WRITE_EXPECTED = process.env.FACT_NOTES_WRITE_EXPECTED === '1';

/** "topic:text" for every mark in the page's own text (the inserted section left out), in document order. */
function ownMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: Array<{ range: Range; mark: string }> = [];
    CSS.highlights.forEach((h, name) => {
      if (name.endsWith('-active')) return;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.startContainer.parentElement?.closest('#fact-notes-test')) continue;
        out.push({ range: r, mark: `${name.replace('fact-notes-', '')}:${r.toString().replace(/\s+/g, ' ')}` });
      }
    });
    // Ranges in different trees (an open shadow root) do not compare: those keep their order.
    const order = (a: Range, b: Range) => (a.startContainer.getRootNode() === b.startContainer.getRootNode() ? a.compareBoundaryPoints(Range.START_TO_START, b) : 0);
    return out.sort((a, b) => order(a.range, b.range)).map((x) => x.mark);
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe.skipIf(!hasShared)('real article pages', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
    await s.context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
  });
  afterAll(async () => s?.close());

  const corpus = (): Annotated[] =>
    ['dev.jsonl', 'seeds.jsonl'].flatMap((f) =>
      readFileSync(join(SHARED, 'corpus', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Annotated),
    );

  it('marks the annotated mentions (F1 ≥ 0.85 per topic), leaves the HTML byte-identical, and opens the card', async () => {
    const texts = corpus();
    s.serve('https://www.theguardian.com/world/fact-notes', {
      body: withInserted(readSharedPage('guardian-1.html'), texts),
      headers: NO_PAGE_SCRIPTS,
    });
    const page = await s.open('https://www.theguardian.com/world/fact-notes');
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    await s.waitForScan(await s.tabId(page), 0); // the first scan has reported: every slice has landed
    const found = await foundSpans(page);

    const scores: Record<string, { tp: number; fp: number; fn: number }> = {};
    const score = (topic: string) => (scores[topic] ??= { tp: 0, fp: 0, fn: 0 });
    for (const t of texts) {
      const mine = found.filter((f) => f.id === t.id);
      for (const m of t.mentions) mine.some((f) => f.topic === m.topic && overlaps(f, m)) ? score(m.topic).tp++ : score(m.topic).fn++;
      for (const f of mine) if (!t.mentions.some((m) => m.topic === f.topic && overlaps(f, m))) score(f.topic).fp++;
    }
    for (const [topic, { tp, fp, fn }] of Object.entries(scores)) {
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      console.log(`real page ${topic}: tp ${tp} fp ${fp} fn ${fn} F1 ${f1.toFixed(3)}`);
      expect(f1, topic).toBeGreaterThanOrEqual(0.85);
    }

    const [before, after] = await page.evaluate(() => [(window as unknown as { __before: string }).__before, document.documentElement.outerHTML]);
    expect(after).toBe(before);

    await hoverHighlight(page, 'VSSE');
    await waitForCard(page);
    expect(ourErrors(s.errors)).toEqual([]);
    await page.close();
  });

  it('marks each annotated corpus, one <article> per text, half split by inline tags, at F1 ≥ 0.95 per topic (one-to-one)', async () => {
    const files = [join(SHARED, 'corpus/dev.jsonl'), join(SHARED, 'corpus/seeds.jsonl'), join(import.meta.dirname, '../corpus/own.jsonl')];
    const texts = files.flatMap((f) => parseCorpus(readFileSync(f, 'utf8')));
    const html = `<!doctype html><meta charset="utf-8"><title>Corpus as articles</title><main>${texts.map((t, i) => articleHtml(t, i % 2 === 1)).join('')}</main>`;
    s.serve('https://www.lesoir.be/corpus-articles', { body: html, headers: NO_PAGE_SCRIPTS });
    const page = await s.open('https://www.lesoir.be/corpus-articles');
    // The marks come at the end of a scan and its report follows: once the background has it, every slice has landed.
    await s.waitForScan(await s.tabId(page), 0, 30_000);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);
    const found = await foundSpans(page);
    const report = scoreCorpus(texts, texts.map((t) => found.filter((f) => f.id === t.id) as Span[]));
    for (const [topic, sc] of Object.entries(report.topics)) {
      console.log(`corpus as articles ${topic}: tp ${sc.tp} fp ${sc.fp} fn ${sc.fn} split ${sc.split} F1 ${sc.f1.toFixed(3)}`);
      expect(sc.f1, `${topic}: false ${JSON.stringify(report.falsePositives)} missed ${JSON.stringify(report.misses)}`).toBeGreaterThanOrEqual(0.95);
    }
    expect(ourErrors(s.errors)).toEqual([]);
    await page.close();
  });

  it('runs on every real page without errors, without changing it, and marks its own text as expected', async () => {
    const files = readdirSync(join(SHARED, 'pages')).filter((f) => f.endsWith('.html'));
    const probe: Annotated = { id: 'probe', text: 'Cainiao runs a parcel hub at Liège Airport.', mentions: [] };
    for (const file of files) {
      const url = `https://www.lemonde.fr/real/${file}`;
      s.serve(url, { body: withInserted(readSharedPage(file), [probe]), headers: NO_PAGE_SCRIPTS });
      const page = await s.open(url);
      const counts = await waitForHighlights(page, (c) => c['fact-notes-cainiao'] >= 1 && c['fact-notes-liege-airport'] >= 1);
      expect(counts, file).toMatchObject({ 'fact-notes-cainiao': expect.any(Number), 'fact-notes-liege-airport': expect.any(Number) });
      const same = await page.evaluate(() => (window as unknown as { __before: string }).__before === document.documentElement.outerHTML);
      expect(same, file).toBe(true);
      // The probe is the body's last text and one scan sets every highlight: the page's own marks are in.
      const marks = await ownMarks(page);
      const expectedFile = join(EXPECTED_DIR, file.replace(/\.html$/, '.json'));
      if (WRITE_EXPECTED) writeFileSync(expectedFile, `${JSON.stringify(marks, null, 2)}\n`);
      expect(marks, file).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      await page.close();
    }
    expect(ourErrors(s.errors)).toEqual([]);
  });
});
