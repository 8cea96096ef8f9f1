// The library's search, timed per keystroke on a generated library of 700 notes (ten
// times ours), in every notes language: each prefix of each query as a reader types it,
// through the whole per-keystroke path (search, filters, threads, conflicts between sources). `npm run bench` runs it
// (and times the page in Chromium); `npm run bench:library` runs it alone, in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { CONFLICTS } from '../lib/conflicts';
import { createConflictSearch, createNoteSearch, filterConflicts, filterNotes, NO_FILTERS, threadsShowing, topicThreads } from '../lib/library-search';
import { FACTS, sourceById } from '../lib/notes';
import { TOPICS } from '../lib/topics';
import { NOTE_LANGS } from '../lib/types';
import { ROOT } from '../tests/e2e/harness';
import { generateNotes } from './bench/generate-notes';
import { cli } from './cli';
import type {} from './bench/library-entry'; // declares window.libraryBench

export const LIBRARY_GOAL_MS = 16;
const NOTES = 700;
const QUERIES = ['Bostin', 'surete de l etat', 'Cainiao hub 2021', 'luchthaven Luik', 'espionnage', 'Financial Times', 'qqqzzz'];

export interface LibraryBench {
  notes: number;
  keystrokes: number;
  /** Building the search for one language (once per language switch). */
  indexBuildMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const round = (x: number) => Math.round(x * 100) / 100;

export function benchLibrary(): LibraryBench {
  const facts = generateNotes(FACTS, NOTES);
  const threads = TOPICS.map((t) => topicThreads(facts, t.id));
  const builds: number[] = [];
  const times: number[] = [];
  for (const lang of NOTE_LANGS) {
    // A first search warms the code up, as the page has by the time a reader types; the
    // timed one is new, so it remembers no word from the warm-up.
    for (const timed of [false, true]) {
      let t = performance.now();
      const search = createNoteSearch(facts, sourceById, lang);
      const conflictSearch = createConflictSearch(CONFLICTS, sourceById, lang);
      if (timed) builds.push(performance.now() - t);
      for (const query of QUERIES) {
        for (let n = 1; n <= query.length; n++) {
          t = performance.now();
          const filters = { ...NO_FILTERS, query: query.slice(0, n) };
          const shown = new Set(filterNotes(facts, filters, search).map((f) => f.id));
          threads.forEach((ts) => threadsShowing(ts, shown));
          filterConflicts(CONFLICTS, filters, conflictSearch);
          if (timed) times.push(performance.now() - t);
        }
      }
    }
  }
  return {
    notes: facts.length,
    keystrokes: times.length,
    indexBuildMs: round(quantile(builds, 0.5)),
    medianMs: round(quantile(times, 0.5)),
    p95Ms: round(quantile(times, 0.95)),
    maxMs: round(Math.max(...times)),
  };
}

export interface LibraryPageBench {
  /** The view's first render, to the frame that shows its first screen of notes. */
  firstScreenMs: number;
  /** The view's first render, to the frame that shows all 700 notes (drawn after the first screen). */
  mountMs: number;
  /** From a keystroke in the search box to the frame that shows its results. */
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
}

/** The library's view in Chromium over the same 700 notes (`script`: scripts/bench/library-entry.tsx bundled). */
export async function benchLibraryPage(browser: Browser, script: string): Promise<LibraryPageBench> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const css = ['components/NoteList.css', 'entrypoints/library/style.css'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>${css}</style><body></body>`);
  await page.evaluate(script);
  const mount = await page.evaluate(() => window.libraryBench.mount());
  const times: number[] = [];
  // The first pass warms the code up.
  for (const pass of [0, 1]) {
    for (const query of QUERIES) {
      const t = await page.evaluate((q) => window.libraryBench.type(q), query);
      if (pass) times.push(...t);
    }
  }
  await page.close();
  return { firstScreenMs: round(mount.firstScreenMs), mountMs: round(mount.allMs), keystrokeMedianMs: round(quantile(times, 0.5)), keystrokeP95Ms: round(quantile(times, 0.95)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = cli<{ json: boolean }>({
    usage: `usage: npm run bench:library [-- --json]
Times the library's search per keystroke on 700 generated notes, in Node.
  --json  JSON on stdout instead of the lines
  --help  this text`,
    options: { json: { type: 'boolean', default: false } },
  });
  const r = benchLibrary();
  if (args.json) console.log(JSON.stringify(r));
  else {
    console.log(`library search, ${r.notes} notes, ${r.keystrokes} keystrokes in EN/FR/NL:`);
    console.log(`  per keystroke: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms (goal p95 <= ${LIBRARY_GOAL_MS} ms: ${r.p95Ms <= LIBRARY_GOAL_MS ? 'PASS' : 'MISS'})`);
    console.log(`  search built in ${r.indexBuildMs} ms per language`);
  }
}
