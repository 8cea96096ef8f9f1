// `npm run bench [-- --json] [--runs N] [--no-build] [--pages REGEX]`: what a reader gets
// first, measured cold (a fresh page load and a fresh content script per run): time to
// marks with the built extension loaded, from outside; the first scan in a fresh page
// against the bare readings of the same text nodes and against mark.js, rendering
// counted on both sides. Then, as secondary figures, warm medians of repeated scans in
// one page, task length, incremental rescans, bundle size, memory and finder
// throughput. docs/PERFORMANCE.md says which figure means what. Progress goes to
// stderr; stdout holds the table or the JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';
import { CHROMIUM, chromiumArgs, readSharedPage, ROOT, SHARED } from '../tests/e2e/harness';
import { highlightsSheet } from '../lib/highlight-css';
import { generatePage, type GeneratedPage } from './bench/generate-page';
import { hostileFigures, type HostileFigures } from './bench/hostile-pages';
import { plantedMarks } from './bench/page-probe';
import { median } from './bench/median';
import { controlExtension, NEWS_URL, PAGE_CSP, TabLoads, withExtension, withoutExtension, WINDOW_MS, type ColdLoad } from './bench/time-to-marks';
import { benchLibrary, benchLibraryPage, LIBRARY_GOAL_MS, type LibraryBench, type LibraryPageBench } from './bench-library';
import { cli } from './cli';
import type {} from './bench/markjs-entry'; // declares window.markjsBench
import type {} from './bench/scan-entry'; // declares window.factNotesBench

const args = cli<{ json: boolean; runs: string; 'no-build': boolean; pages?: string }>({
  usage: `usage: npm run bench [-- --json] [--runs N] [--no-build] [--pages REGEX]
Times what a reader gets first (time to marks with the extension loaded, the cold scan
against the bare reading of the page and mark.js), then warm rescans; see docs/PERFORMANCE.md.
  --json         JSON on stdout instead of the table
  --runs N       rounds per page (default 5)
  --no-build     use the extension already in .output/
  --pages REGEX  only the real pages whose file name matches ('^$': none)
  --help         this text`,
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
  },
  check: (v) => {
    if (!/^[1-9]\d*$/.test(v.runs as string)) return `--runs must be a whole number above 0, not "${v.runs}"`;
    if (v.pages !== undefined) {
      try {
        new RegExp(v.pages as string);
      } catch {
        return `--pages must be a regular expression, not "${v.pages}"`;
      }
    }
  },
});
const JSON_OUT = args.json;
const RUNS = Number(args.runs);
const BUILD = !args['no-build'];
/** `--pages REGEX`: only the real pages whose file name matches. */
const PAGE_FILTER = args.pages === undefined ? null : new RegExp(args.pages);
const PAGES_DIR = join(SHARED, 'pages');
const ORIGIN = 'https://bench.fact-notes.test/';
const CONTENT_JS = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
/** Injected only when a card first opens on a page (utils/card-ui-contract.ts). */
const CARD_UI_JS = join(ROOT, '.output/chrome-mv3/card-ui.js');
const MUTATIONS = 1000;
const TRACED_RUNS = 5;


/** Issue 21's goals, on the 5 MB page. */
const GOALS = {
  timeToMarksMs: 400,
  timeToMarksMoonshotMs: 250,
  coldScanVsWalk: 2,
  coldScanVsMarkjs: 0.15,
  longestTaskMs: 50,
  blockingOverBaselineMs: 50,
  plantedMarked: 294,
  contentScriptGzipBytes: 24_000,
} as const;
/**
 * The page as it is with the extension installed: the marks' stylesheet, which the
 * manifest injects before the page is styled, first in its head. In-page runs only: the
 * runs from outside load the extension itself.
 */
function withMarksSheet(html: string): string {
  const sheet = `<style>${highlightsSheet('chrome')}</style>`;
  const head = /<head\b[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + sheet + html.slice(head.index + head[0].length) : sheet + html;
}

/** A paragraph with three mentions (one split by a tag) added to each real page. */
const MENTION_PARAGRAPH = '<p>Cainiao runs its European hub at <b>Liège</b> Airport, the VSSE said.</p>';

const began = performance.now();
const progress = (msg: string) => process.stderr.write(`[bench ${Math.round((performance.now() - began) / 1000)}s] ${msg}\n`);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface PageRow {
  page: string;
  bytes: number;
  walkMs: number;
  scanMs: number;
  /** Median over the rounds of scan / the bare walk just before it. */
  scanVsWalk: number;
  markjsMs: number;
  markjsAcrossMs: number;
  mentions: { ours: number; markjs: number; markjsAcross: number };
  /** V8 heap and array buffers added by loading the scanner and one scan (highlights registered). */
  memoryAddedBytes: number;
}

// The aliases of data/topics.json as one regular expression, for mark.js.
function aliasRegExp(): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wordEdge = /[\p{L}\p{N}]/u;
  const han = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  const guarded = (edge: string) => wordEdge.test(edge) && !han.test(edge);
  const alternatives = TOPICS.flatMap((t) => t.aliases.map((a) => a.text))
    .sort((a, b) => b.length - a.length)
    .map((text) => {
      // A gapped alias ("Liège * Airport") allows exactly one word in the gap.
      const body = text.split(' * ').map(escape).join('\\s+\\S+\\s+').replace(/ /g, '\\s+');
      return `${guarded(text[0]) ? '(?<![\\p{L}\\p{N}])' : ''}${body}${guarded(text.at(-1)!) ? '(?![\\p{L}\\p{N}])' : ''}`;
    });
  return new RegExp(alternatives.join('|'), 'giu');
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench', entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    // Not minified: the profile breakdown goes by function names.
    tsconfig: join(ROOT, 'tsconfig.json'),
    // What WXT's Chromium build defines, and the scanning code reads.
    define: { 'import.meta.env.FIREFOX': 'false' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const gzipSize = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length : null);

function contentScriptSize(): { content: number | null; cardUi: number | null } {
  if (BUILD) {
    progress('npx wxt build');
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) progress('wxt build failed; using the last build if any');
  }
  return { content: gzipSize(CONTENT_JS), cardUi: gzipSize(CARD_UI_JS) };
}

class Bench {
  private context!: BrowserContext;
  private readonly served = new Map<string, string>();

  constructor(
    private readonly browser: Browser,
    private readonly scanner: string,
    private readonly markjs: string,
    private readonly regexp: RegExp,
  ) {}

  async start(): Promise<void> {
    this.context = await this.browser.newContext({ viewport: { width: 1200, height: 900 } });
    // Only our pages are served; every other request fails, nothing reaches the network.
    await this.context.route('**/*', (route) => {
      const html = this.served.get(route.request().url());
      if (html === undefined) return route.abort();
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': PAGE_CSP }, body: withMarksSheet(html) });
    });
  }

  /** Loads a fresh copy of the page (page scripts blocked). */
  async open(name: string, html: string, page?: Page): Promise<Page> {
    const url = ORIGIN + encodeURIComponent(name);
    this.served.set(url, html);
    page ??= await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  private async cdp<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
    const cdp = await this.context.newCDPSession(page);
    try {
      return await use(cdp);
    } finally {
      await cdp.detach();
    }
  }

  gc(page: Page): Promise<void> {
    return this.cdp(page, async (cdp) => void (await cdp.send('HeapProfiler.collectGarbage')));
  }

  /**
   * JS heap plus array-buffer memory after full collections. Blink's own heap (DOM,
   * layout: ~150 MB on the 5 MB page) is left out: it moves by more than we add.
   */
  heapUsed(page: Page): Promise<number> {
    return this.cdp(page, async (cdp) => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return usedSize + (backingStorageSize ?? 0);
    });
  }

  /** Times one full scan in the page, up to the next rendered frame; GC first, so every run starts from the same heap. */
  async timedScan(page: Page): Promise<{ ms: number; mentions: number }> {
    await this.gc(page);
    return page.evaluate(() => window.factNotesBench.fullScan());
  }

  /**
   * A fresh load of the page in a browser context of its own (its own renderer: no
   * heap or compiled code left by an earlier load), collected, then `use`d and closed.
   */
  async fresh<T>(name: string, html: string, use: (page: Page) => Promise<T>): Promise<T> {
    const context = await this.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const url = ORIGIN + encodeURIComponent(name);
    try {
      await context.route('**/*', (route) =>
        route.request().url() === url
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': PAGE_CSP }, body: withMarksSheet(html) })
          : route.abort(),
      );
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await this.gc(page);
      return await use(page);
    } finally {
      await context.close();
    }
  }

  /** A bare reading of the page's text nodes (`walk` or `rangeRead`), timed in `page`. */
  private floor(page: Page, how: 'walk' | 'rangeRead'): Promise<number> {
    return page.evaluate((how) => {
      const t = performance.now();
      window.factNotesBench[how]();
      return performance.now() - t;
    }, how);
  }

  /**
   * Cold figures, RUNS rounds of fresh loads: the bare `.data` walk, the bare Range
   * reading, our first scan in a fresh scanner (finder built, highlights set, next frame
   * rendered) and mark.js, each in a page of its own. Ratios are each round's, so a
   * round's figures share the machine's noise; then their median.
   */
  async coldRuns(name: string, html: string) {
    const rounds: Array<{ walk: number; range: number; scan: number; scanRender: number; markjs: number; markjsRender: number; longestTask: number; mentions: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      progress(`cold round ${i + 1}/${RUNS}`);
      const walk = await this.fresh(name, html, async (page) => (await page.evaluate(this.scanner), this.floor(page, 'walk')));
      const range = await this.fresh(name, html, async (page) => (await page.evaluate(this.scanner), this.floor(page, 'rangeRead')));
      const scan = await this.fresh(name, html, async (page) => {
        await page.evaluate(this.scanner);
        return page.evaluate(() => window.factNotesBench.fullScan());
      });
      const markjs = await this.fresh(name, html, async (page) => {
        await page.evaluate(this.markjs);
        return page.evaluate(({ source, flags }) => window.markjsBench(source, flags, false), { source: this.regexp.source, flags: this.regexp.flags });
      });
      // Traced apart: tracing slows what it watches.
      const longestTask = await this.fresh(name, html, async (page) => {
        await page.evaluate(this.scanner);
        return this.longestTask(page);
      });
      rounds.push({ walk, range, scan: scan.ms, scanRender: scan.renderMs, markjs: markjs.ms, markjsRender: markjs.renderMs, longestTask, mentions: scan.mentions });
    }
    const med = (f: (r: (typeof rounds)[number]) => number) => median(rounds.map(f));
    return {
      coldScanMs: med((r) => r.scan),
      coldScanRenderMs: med((r) => r.scanRender),
      coldWalkMs: med((r) => r.walk),
      coldRangeReadMs: med((r) => r.range),
      floorMs: med((r) => Math.min(r.walk, r.range)),
      coldMarkjsMs: med((r) => r.markjs),
      coldMarkjsRenderMs: med((r) => r.markjsRender),
      coldScanVsWalk: med((r) => r.scan / Math.min(r.walk, r.range)),
      coldScanVsMarkjs: med((r) => r.scan / r.markjs),
      coldLongestTaskMs: med((r) => r.longestTask),
      mentions: rounds[0].mentions,
    };
  }

  /**
   * Our side of one page, warm: memory added by the scanner and a first scan, then bare
   * walk and scan alternating RUNS times in the same page (their ratio: the median of
   * each round's); `more` runs on the same page after.
   */
  async ours<T>(name: string, html: string, more: (page: Page) => Promise<T>) {
    const page = await this.open(name, html);
    const heapBefore = await this.heapUsed(page);
    await page.evaluate(this.scanner);
    const first = await this.timedScan(page);
    const memoryAddedBytes = (await this.heapUsed(page)) - heapBefore;
    const walk = async () => {
      await this.gc(page);
      return page.evaluate(() => {
        const t = performance.now();
        window.factNotesBench.walk();
        return performance.now() - t;
      });
    };
    await walk();
    const walks: number[] = [];
    const scans: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      walks.push(await walk());
      scans.push((await this.timedScan(page)).ms);
    }
    const extra = await more(page);
    await page.close();
    // Each scan over the walk just before it: the two share whatever else the machine was doing.
    const scanVsWalk = median(scans.map((ms, i) => ms / walks[i]));
    return { walkMs: median(walks), scanMs: median(scans), scanVsWalk, mentions: first.mentions, memoryAddedBytes, extra };
  }

  /** mark.js on a fresh load per run (it rewrites the DOM). */
  async markjsRuns(name: string, html: string, acrossElements: boolean): Promise<{ ms: number; found: number }> {
    const times: number[] = [];
    let found = 0;
    const page = await this.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      await this.open(name, html, page);
      await page.evaluate(this.markjs);
      await this.gc(page);
      const r = await page.evaluate(
        ({ source, flags, acrossElements }) => window.markjsBench(source, flags, acrossElements),
        { source: this.regexp.source, flags: this.regexp.flags, acrossElements },
      );
      times.push(r.ms);
      found = r.found;
    }
    await page.close();
    return { ms: median(times), found };
  }

  async measurePage<T>(name: string, html: string, more: (page: Page) => Promise<T>): Promise<PageRow & { extra: T }> {
    const ours = await this.ours(name, html, more);
    const plain = await this.markjsRuns(name, html, false);
    const across = await this.markjsRuns(name, html, true);
    return {
      page: name,
      bytes: Buffer.byteLength(html),
      walkMs: ours.walkMs,
      scanMs: ours.scanMs,
      scanVsWalk: ours.scanVsWalk,
      markjsMs: plain.ms,
      markjsAcrossMs: across.ms,
      mentions: { ours: ours.mentions, markjs: plain.found, markjsAcross: across.found },
      memoryAddedBytes: ours.memoryAddedBytes,
      extra: ours.extra,
    };
  }

  /** The longest main-thread task of a full scan in `page`, the rendering of the frame after it included (traced). */
  async longestTask(page: Page): Promise<number> {
    await this.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.evaluate(async () => {
      performance.mark('fact-notes-scan-start');
      await window.factNotesBench.fullScan();
      performance.mark('fact-notes-scan-end');
    });
    const { traceEvents } = JSON.parse((await this.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return Math.max(...tasksBetween(traceEvents, 'fact-notes-scan').map((t) => t.wall));
  }

  /**
   * Bare walk and full scan under a Chromium trace: the scan's longest main-thread task
   * (wall, and the thread's CPU time in it), and both passes' CPU time. CPU time is
   * what stays ours when other processes share the two cores; wall time is not.
   */
  async traced(page: Page) {
    const runs: Array<{ wall: number; cpu: number; walkCpu: number; scanCpu: number }> = [];
    let over50 = 0;
    for (let i = 0; i < TRACED_RUNS; i++) {
      await this.gc(page);
      await this.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
      await page.evaluate(() => {
        performance.mark('fact-notes-walk-start');
        window.factNotesBench.walk();
        performance.mark('fact-notes-walk-end');
      });
      await this.gc(page);
      await page.evaluate(async () => {
        performance.mark('fact-notes-scan-start');
        await window.factNotesBench.fullScan();
        performance.mark('fact-notes-scan-end');
      });
      const { traceEvents } = JSON.parse((await this.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const walk = tasksBetween(traceEvents, 'fact-notes-walk');
      const scan = tasksBetween(traceEvents, 'fact-notes-scan');
      const total = (tasks: typeof scan) => tasks.reduce((n, t) => n + t.cpu, 0);
      runs.push({
        wall: Math.max(...scan.map((t) => t.wall)),
        cpu: Math.max(...scan.map((t) => t.cpu)),
        walkCpu: total(walk),
        scanCpu: total(scan),
      });
      over50 += scan.filter((t) => t.wall > 50).length;
    }
    const med = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
    return {
      longestTaskMs: med('wall'),
      longestTaskCpuMs: med('cpu'),
      longestTaskWorstMs: Math.max(...runs.map((r) => r.wall)),
      tasksOver50Ms: over50,
      walkCpuMs: med('walkCpu'),
      scanCpuMs: med('scanCpu'),
    };
  }

  /** Rescans after MUTATIONS text changes (only their blocks) vs a full rescan of the changed page. */
  async incremental(page: Page) {
    const parts: number[] = [];
    const fulls: number[] = [];
    let last = { roots: 0, mentions: 0, fullMentions: 0 };
    for (let i = 0; i < RUNS; i++) {
      await this.gc(page);
      const r = await page.evaluate((n) => window.factNotesBench.mutateAndRescan(n), MUTATIONS);
      const full = await this.timedScan(page);
      parts.push(r.ms);
      fulls.push(full.ms);
      last = { roots: r.roots, mentions: r.mentions, fullMentions: full.mentions };
    }
    return { ms: median(parts), fullMs: median(fulls), ...last };
  }

  /** Where full scans spend their time, from V8's sampling profiler (ms per scan, by phase). */
  async profile(page: Page): Promise<Record<string, number>> {
    return this.cdp(page, async (cdp) => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < RUNS; i++) await page.evaluate(() => window.factNotesBench.fullScan());
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.send('Profiler.disable');
      const ms = byPhase(profile);
      return Object.fromEntries(Object.entries(ms).map(([phase, total]) => [phase, round(total / RUNS, 1)]));
    });
  }
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * A sample's phase is that of its innermost frame named in PHASES (the bundle is not
 * minified, so names survive): reading the text nodes, the finder's first pass, the
 * page structure around its candidates, normalization, matching (automaton, fuzzy
 * pass, rules), Ranges (locate, visibility, copies, paragraphs), highlights; GC apart.
 */
const PHASES: Array<[phase: string, names: RegExp]> = [
  ['collectText', /^(walkText|readChunk|shadowRootsUnder)\d*$/],
  ['structure', /^(stretchOf|chunkAndEnd|blockBetween|leftOut|isLeftOut|isSkipped|isClobberedForm)\d*$/],
  ['normalize', /^normalize\d*$/],
  ['candidates', /^(feed|pushAll|stepOn|reached|readOn|meet)\d*$/],
  ['match', /^(find|findIn|findAround)\d*$/],
  ['ranges', /^(scanTree|locate|isVisible|withParagraph|paragraphOf|aroundInParagraph|detached|textOf)\d*$/],
  ['highlight', /^(setHighlights|inDocumentOrder|compareMentions|rangesByTopic|outsideRoots)\d*$/],
  ['gc', /^\(garbage collector\)$/],
];

function byPhase(profile: CpuProfile): Record<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseOf = new Map<number, string>();
  const phaseFor = (id: number): string => {
    let phase = phaseOf.get(id);
    if (phase) return phase;
    const name = byId.get(id)!.callFrame.functionName;
    const up = parent.get(id);
    phase = PHASES.find(([, re]) => re.test(name))?.[0] ?? (up === undefined ? 'other' : phaseFor(up));
    phaseOf.set(id, phase);
    return phase;
  };
  const out: Record<string, number> = Object.fromEntries([...PHASES.map(([p]) => [p, 0]), ['other', 0]]);
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') return;
    out[phaseFor(id)] += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
}

/** Wall and CPU times (ms) of the main-thread tasks between the marks `${name}-start` and `${name}-end`. */
function tasksBetween(events: TraceEvent[], name: string): Array<{ wall: number; cpu: number }> {
  const mark = (suffix: string) => events.find((e) => e.name === `${name}-${suffix}`);
  const start = mark('start');
  const end = mark('end');
  if (!start || !end) throw new Error(`trace lacks the ${name} marks`);
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .filter((e) => e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

/**
 * The finder on the generated page's own text (as the scanner reads it), in Node: the
 * median index build, and UTF-8 MB of text per second of find() with a fresh finder
 * per run (its module-level caches, such as fuse.js scores, do stay warm).
 */
function finderInNode(text: string): { buildMs: number; mbPerSec: number; mentions: number } {
  const builds: number[] = [];
  const finds: number[] = [];
  let mentions = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const finder = createFinder(TOPICS);
    builds.push(performance.now() - t);
    const u = performance.now();
    mentions = finder.find(text).length;
    finds.push(performance.now() - u);
  }
  const mb = Buffer.byteLength(text) / 1e6;
  return { buildMs: median(builds), mbPerSec: mb / (median(finds) / 1000), mentions };
}

/**
 * The Must show, from outside: RUNS rounds of a fresh browser with the extension
 * and the same browser without it, on the generated page at a news URL; and, for
 * comparison, with an extension whose content script does nothing (controlExtension).
 */
async function outsideRuns(generated: GeneratedPage) {
  const headers = { 'Content-Security-Policy': PAGE_CSP };
  const runs: Array<{ ours: ColdLoad; baseline: ColdLoad; control: ColdLoad; planted: Awaited<ReturnType<typeof plantedMarks>> }> = [];
  const controlDir = await controlExtension();
  try {
    for (let i = 0; i < RUNS; i++) {
      progress(`time to marks ${i + 1}/${RUNS}: with the extension, without it, with a content script that does nothing`);
      const ours = await withExtension(NEWS_URL, generated.html, headers, (page) => plantedMarks(page, generated.plantedAt));
      const baseline = await withoutExtension(NEWS_URL, generated.html, headers);
      const control = await withExtension(NEWS_URL, generated.html, headers, async () => undefined, { extensionDir: controlDir });
      runs.push({ ours, baseline, control, planted: ours.extra });
    }
  } finally {
    await rm(controlDir, { recursive: true, force: true });
  }
  const med = (f: (r: (typeof runs)[number]) => number | null) => median(runs.map((r) => f(r) ?? Infinity));
  return {
    timeToMarksMs: med((r) => r.ours.timeToMarksMs),
    timeToMarksDrawnMs: med((r) => r.ours.timeToMarksDrawnMs),
    blockingMs: med((r) => r.ours.blockingMs),
    baselineBlockingMs: med((r) => r.baseline.blockingMs),
    blockingOverBaselineMs: med((r) => r.ours.blockingMs) - med((r) => r.baseline.blockingMs),
    controlBlockingMs: med((r) => r.control.blockingMs),
    /** The figure above for a content script that does nothing: what Chromium's reaction to any idle-time script looks like. */
    controlOverBaselineMs: med((r) => r.control.blockingMs) - med((r) => r.baseline.blockingMs),
    longestTaskFromDclMs: med((r) => r.ours.longestTaskMs),
    baselineLongestTaskFromDclMs: med((r) => r.baseline.longestTaskMs),
    loadMs: med((r) => r.ours.loadMs),
    plantedMarked: Math.min(...runs.map((r) => r.planted.mentions)),
    typosMarked: Math.min(...runs.map((r) => r.planted.typos)),
    nearMissesMarked: Math.max(...runs.map((r) => r.planted.nearMisses)),
    unplannedMarks: Math.max(...runs.map((r) => r.planted.unplanted)),
    runs: runs.map((r) => ({
      timeToMarksMs: r.ours.timeToMarksMs === null ? null : round(r.ours.timeToMarksMs, 1),
      timeToMarksDrawnMs: r.ours.timeToMarksDrawnMs === null ? null : round(r.ours.timeToMarksDrawnMs, 1),
      blockingMs: round(r.ours.blockingMs, 1),
      baselineBlockingMs: round(r.baseline.blockingMs, 1),
      controlBlockingMs: round(r.control.blockingMs, 1),
      loadMs: round(r.ours.loadMs),
      planted: r.planted,
    })),
  };
}

/** Time to marks on each real page: a new tab per load (a fresh content script), RUNS loads. */
async function realPageLoads(files: string[]): Promise<Array<{ page: string; timeToMarksMs: number | null; ranges: number }>> {
  const tabs = await TabLoads.start();
  try {
    const out: Array<{ page: string; timeToMarksMs: number | null; ranges: number }> = [];
    for (const [i, file] of files.entries()) {
      progress(`time to marks, real page ${i + 1}/${files.length}: ${file}`);
      const html = withMentionParagraph(readSharedPage(file));
      const loads: ColdLoad[] = [];
      for (let r = 0; r < RUNS; r++) loads.push(await tabs.load(`https://www.lemonde.fr/real/${encodeURIComponent(file)}`, html, { 'Content-Security-Policy': PAGE_CSP }));
      const ms = median(loads.map((l) => l.timeToMarksMs ?? Infinity));
      out.push({ page: file, timeToMarksMs: Number.isFinite(ms) ? round(ms, 1) : null, ranges: loads[0].ranges });
    }
    return out;
  } finally {
    await tabs.close();
  }
}

function realPages(): string[] {
  if (!existsSync(PAGES_DIR)) {
    progress(`${PAGES_DIR} is absent: real pages skipped, generated page only`);
    return [];
  }
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html') && (!PAGE_FILTER || PAGE_FILTER.test(f))).sort();
}

function withMentionParagraph(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + MENTION_PARAGRAPH : html.slice(0, at) + MENTION_PARAGRAPH + html.slice(at);
}

async function main(): Promise<void> {
  const gzipBytes = contentScriptSize();
  const scanner = await bundle('scan-entry.ts');
  const markjs = `${readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')};${await bundle('markjs-entry.ts')}`;
  const generated = generatePage();
  const GEN = 'generated-5mb.html';
  const files = realPages();
  progress(`generated page: ${(generated.html.length / 1e6).toFixed(1)} MB, ${generated.planted} mentions planted (${generated.split} split)`);

  // Headline, from outside first: the built extension, a fresh browser per run.
  const outside = await outsideRuns(generated);
  const realLoads = files.length ? await realPageLoads(files) : [];
  progress('hostile pages: 200,000 nodes, 1,000 text changes a second');
  const hostile = await hostileFigures(RUNS);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
  });
  const bench = new Bench(browser, scanner, markjs, aliasRegExp());
  progress('library page: 700 generated notes, typing in its search box');
  const libraryPage = await benchLibraryPage(browser, await bundle('library-entry.tsx'));
  await bench.start();
  const cold = await bench.coldRuns(GEN, generated.html);

  // Secondary: warm medians. On the same loaded page after the timed runs; the mutating one last.
  const gen = await bench.measurePage(GEN, generated.html, async (page) => {
    progress('generated page: profile, longest task, incremental rescan');
    const phases = await bench.profile(page);
    const task = await bench.traced(page);
    const text = await page.evaluate(() => window.factNotesBench.text());
    const incremental = await bench.incremental(page);
    return { phases, task, text, incremental };
  });
  const { phases, task, text, incremental } = gen.extra;

  const rows: PageRow[] = [];
  for (const [i, file] of files.entries()) {
    progress(`real page ${i + 1}/${files.length}: ${file}`);
    rows.push(await bench.measurePage(file, withMentionParagraph(readSharedPage(file)), async () => null));
  }
  const version = browser.version();
  await browser.close();

  progress('finder in Node');
  const finder = finderInNode(text);
  progress('library search in Node (700 generated notes)');
  const library = benchLibrary();

  const sum = (k: 'walkMs' | 'scanMs' | 'markjsMs' | 'markjsAcrossMs') => rows.reduce((n, r) => n + r[k], 0);
  const realTimes = realLoads.map((r) => r.timeToMarksMs ?? Infinity);
  const result = {
    // Cold: what a reader gets.
    timeToMarksMs: round(outside.timeToMarksMs, 1),
    timeToMarksDrawnMs: round(outside.timeToMarksDrawnMs, 1),
    coldScanMs: round(cold.coldScanMs, 1),
    coldScanVsWalk: round(cold.coldScanVsWalk),
    coldScanVsMarkjs: round(cold.coldScanVsMarkjs, 3),
    blockingOverBaselineMs: round(outside.blockingOverBaselineMs, 1),
    plantedMarked: outside.plantedMarked,
    coldLongestTaskMs: round(cold.coldLongestTaskMs, 1),
    contentScriptGzipBytes: gzipBytes.content,
    goals: { ...GOALS, librarySearchP95Ms: LIBRARY_GOAL_MS },
    outside: { ...outside, url: NEWS_URL, windowMs: WINDOW_MS },
    cold: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, round(v, 2)])),
    realPagesTimeToMarks: realLoads.length
      ? { medianMs: round(median(realTimes), 1), maxMs: round(Math.max(...realTimes), 1), pages: realLoads }
      : null,
    // Warm: repeated scans in one page (secondary).
    warm: {
      scanVsWalk: round(gen.scanVsWalk),
      scanVsMarkjs: round(gen.scanMs / gen.markjsMs, 3),
      scanVsMarkjsAcross: round(gen.scanMs / gen.markjsAcrossMs, 3),
      scanVsWalkCpu: round(task.scanCpuMs / task.walkCpuMs),
      longestTaskMs: round(task.longestTaskMs, 1),
      longestTaskCpuMs: round(task.longestTaskCpuMs, 1),
      longestTaskWorstMs: round(task.longestTaskWorstMs, 1),
      tasksOver50Ms: task.tasksOver50Ms,
      incrementalMs: round(incremental.ms, 1),
      fullRescanMs: round(incremental.fullMs, 1),
      incrementalRoots: incremental.roots,
      incrementalMentions: { incremental: incremental.mentions, full: incremental.fullMentions },
    },
    hostile,
    cardUiGzipBytes: gzipBytes.cardUi,
    memoryAddedBytes: gen.memoryAddedBytes,
    finderMBps: round(finder.mbPerSec, 1),
    indexBuildMs: round(finder.buildMs),
    library,
    libraryPage,
    generated: {
      ...roundRow(gen),
      textNodes: generated.textNodes,
      planted: generated.planted,
      split: generated.split,
      typos: generated.plantedAt.filter((x) => x.kind === 'typo').length,
      nearMisses: generated.plantedAt.filter((x) => x.kind === 'nearMiss').length,
      phases,
    },
    realPages: rows.length
      ? {
          count: rows.length,
          walkMs: round(sum('walkMs'), 1),
          scanMs: round(sum('scanMs'), 1),
          markjsMs: round(sum('markjsMs'), 1),
          markjsAcrossMs: round(sum('markjsAcrossMs'), 1),
          scanVsWalk: round(sum('scanMs') / sum('walkMs')),
          scanVsMarkjs: round(sum('scanMs') / sum('markjsMs'), 3),
          scanVsMarkjsAcross: round(sum('scanMs') / sum('markjsAcrossMs'), 3),
          pages: rows.map(roundRow),
        }
      : null,
    runs: RUNS,
    chromium: version,
    durationS: Math.round((performance.now() - began) / 1000),
  };
  if (JSON_OUT) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(result, gen, rows);
}

const roundRow = (r: PageRow): PageRow => ({
  page: r.page,
  bytes: r.bytes,
  walkMs: round(r.walkMs),
  scanMs: round(r.scanMs),
  scanVsWalk: round(r.scanVsWalk),
  markjsMs: round(r.markjsMs),
  markjsAcrossMs: round(r.markjsAcrossMs),
  mentions: r.mentions,
  memoryAddedBytes: r.memoryAddedBytes,
});

function printTable(
  result: Record<string, unknown> & {
    generated: { phases: Record<string, number> };
    library: LibraryBench;
    libraryPage: LibraryPageBench;
  },
  gen: PageRow,
  rows: PageRow[],
): void {
  const cols = ['page', 'KB', 'walk ms', 'scan ms', 'mark.js ms', 'across ms', 'scan/walk', 'found us/mk/across'];
  const line = (r: PageRow) => [
    r.page,
    String(Math.round(r.bytes / 1024)),
    r.walkMs.toFixed(2),
    r.scanMs.toFixed(2),
    r.markjsMs.toFixed(1),
    r.markjsAcrossMs.toFixed(1),
    r.scanVsWalk.toFixed(2),
    `${r.mentions.ours}/${r.mentions.markjs}/${r.mentions.markjsAcross}`,
  ];
  const table = [cols, line(gen), ...rows.map(line)];
  const widths = cols.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(fmt(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(fmt(r));
  console.log(`\nwarm medians of ${RUNS} runs, rendering included; real pages get one added paragraph with 3 mentions (1 split)`);
  const phases = Object.entries(result.generated.phases).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`where a scan of the 5 MB page goes (CPU profile, ms per scan): ${phases}`);
  const verdict = (value: unknown, goal: number) => (typeof value === 'number' && value <= goal ? 'PASS' : 'MISS');
  const r = result as unknown as {
    timeToMarksMs: number; timeToMarksDrawnMs: number; coldScanMs: number; coldScanVsWalk: number; coldScanVsMarkjs: number; blockingOverBaselineMs: number;
    plantedMarked: number; coldLongestTaskMs: number; contentScriptGzipBytes: number | null; cardUiGzipBytes: number | null;
    memoryAddedBytes: number; finderMBps: number; indexBuildMs: number;
    outside: { loadMs: number; controlOverBaselineMs: number; typosMarked: number; nearMissesMarked: number; unplannedMarks: number };
    cold: Record<string, number>;
    realPagesTimeToMarks: { medianMs: number; maxMs: number } | null;
    warm: Record<string, number>;
    hostile: HostileFigures;
  };
  const headline: Array<[string, unknown, string]> = [
    ['timeToMarksMs (5 MB page, from outside)', r.timeToMarksMs, `goal <= ${GOALS.timeToMarksMs} (moonshot ${GOALS.timeToMarksMoonshotMs}): ${verdict(r.timeToMarksMs, GOALS.timeToMarksMs)}; drawn at ${r.timeToMarksDrawnMs} (not a goal), load at ${round(r.outside.loadMs)}`],
    ['blockingOverBaselineMs (from DCL)', r.blockingOverBaselineMs, `goal <= ${GOALS.blockingOverBaselineMs}: ${verdict(r.blockingOverBaselineMs, GOALS.blockingOverBaselineMs)}; a content script that does nothing: ${round(r.outside.controlOverBaselineMs, 1)} (not a goal)`],
    ['plantedMarked (of 300, worst run)', r.plantedMarked, `goal >= ${GOALS.plantedMarked}: ${r.plantedMarked >= GOALS.plantedMarked ? 'PASS' : 'MISS'}; typos ${r.outside.typosMarked}/30, near misses ${r.outside.nearMissesMarked}, elsewhere ${r.outside.unplannedMarks}`],
    ['coldScanMs (finder built, next frame)', r.coldScanMs, `of which rendering ${r.cold.coldScanRenderMs}`],
    ['coldScanVsWalk (over the floor)', r.coldScanVsWalk, `goal <= ${GOALS.coldScanVsWalk}: ${verdict(r.coldScanVsWalk, GOALS.coldScanVsWalk)}; floor ${r.cold.floorMs} (.data walk ${r.cold.coldWalkMs}, Range read ${r.cold.coldRangeReadMs})`],
    ['coldScanVsMarkjs', r.coldScanVsMarkjs, `goal <= ${GOALS.coldScanVsMarkjs}: ${verdict(r.coldScanVsMarkjs, GOALS.coldScanVsMarkjs)}; mark.js ${r.cold.coldMarkjsMs} (rendering ${r.cold.coldMarkjsRenderMs})`],
    ['coldLongestTaskMs (scan + its frame)', r.coldLongestTaskMs, `goal <= ${GOALS.longestTaskMs}: ${verdict(r.coldLongestTaskMs, GOALS.longestTaskMs)}`],
    ['contentScriptGzipBytes', r.contentScriptGzipBytes, `goal <= ${GOALS.contentScriptGzipBytes}: ${verdict(r.contentScriptGzipBytes, GOALS.contentScriptGzipBytes)}`],
    ['real pages time to marks (median / max)', r.realPagesTimeToMarks ? `${r.realPagesTimeToMarks.medianMs} / ${r.realPagesTimeToMarks.maxMs}` : 'skipped', 'medians per page'],
    ['warm scanVsWalk / scanVsMarkjs', `${r.warm.scanVsWalk} / ${r.warm.scanVsMarkjs}`, 'repeated scans in one page'],
    ['warm longestTaskMs (wall / CPU)', `${r.warm.longestTaskMs} / ${r.warm.longestTaskCpuMs}`, `worst ${r.warm.longestTaskWorstMs}`],
    ['warm incrementalMs / fullRescanMs', `${r.warm.incrementalMs} / ${r.warm.fullRescanMs}`, `${MUTATIONS} mutations, ${r.warm.incrementalRoots} blocks`],
    ['hostile: 200,000 nodes, longest timer stall', r.hostile.bigDomLongestStallMs, `ms after load, the page's 16 ms timer; ${r.hostile.bigDomStalls} stalls over 50 ms at most`],
    ['hostile: 1,000 changes/s, timer late / busy', `${r.hostile.churnTimerLateMs} / ${r.hostile.churnBusyShare}`, `ms at worst over 3 s / main-thread share; ${Math.round(r.hostile.churnChangesPerS)} changes/s`],
    ['cardUiGzipBytes', r.cardUiGzipBytes, 'added only when a card first opens'],
    ['memoryAddedBytes', r.memoryAddedBytes, ''],
    ['finderMBps / indexBuildMs', `${r.finderMBps} / ${r.indexBuildMs}`, "Node, the generated page's text, medians"],
    [
      `librarySearchMs (${result.library.notes} notes, p95 / max)`,
      `${result.library.p95Ms} / ${result.library.maxMs}`,
      `per keystroke, median ${result.library.medianMs}; goal p95 <= ${LIBRARY_GOAL_MS}: ${verdict(result.library.p95Ms, LIBRARY_GOAL_MS)}`,
    ],
    [
      'libraryKeystrokeToFrameMs (p95 / median)',
      `${result.libraryPage.keystrokeP95Ms} / ${result.libraryPage.keystrokeMedianMs}`,
      `Chromium, search + render + layout; first screen ${result.libraryPage.firstScreenMs} ms, all notes ${result.libraryPage.mountMs} ms`,
    ],
  ];
  console.log();
  for (const [name, value, note] of headline) console.log(`${name.padEnd(42)} ${String(value).padStart(14)}  ${note}`);
}

await main();
