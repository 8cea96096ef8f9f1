// The library's search, timed per keystroke on a generated library of 700 notes (ten
// times ours), in every notes language: each prefix of each query as a reader types it,
// through the whole per-keystroke path (search, filters, threads). Pure Node.
//   npx tsx scripts/bench-library.ts [--json]
import { pathToFileURL } from 'node:url';
import { createNoteSearch, filterNotes, NO_FILTERS, threadsShowing, topicThreads } from '../lib/library-search';
import { FACTS, sourceById } from '../lib/notes';
import { TOPICS } from '../lib/topics';
import { NOTE_LANGS } from '../lib/types';
import { generateNotes } from './bench/generate-notes';

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
      if (timed) builds.push(performance.now() - t);
      for (const query of QUERIES) {
        for (let n = 1; n <= query.length; n++) {
          t = performance.now();
          const shown = new Set(filterNotes(facts, { ...NO_FILTERS, query: query.slice(0, n) }, search).map((f) => f.id));
          threads.forEach((ts) => threadsShowing(ts, shown));
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

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchLibrary();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else {
    console.log(`library search, ${r.notes} notes, ${r.keystrokes} keystrokes in EN/FR/NL:`);
    console.log(`  per keystroke: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms (goal p95 <= ${LIBRARY_GOAL_MS} ms: ${r.p95Ms <= LIBRARY_GOAL_MS ? 'PASS' : 'MISS'})`);
    console.log(`  search built in ${r.indexBuildMs} ms per language`);
  }
}
