// `npm run bench [-- --json] [--runs N] [--no-build] [--pages REGEX]`: the content script's
// scanning pipeline timed in headless Chromium against a bare TreeWalker pass and
// mark.js on the same pages in the same run, plus task length, incremental
// rescans, bundle size, memory and finder throughput. Ratios are what count: the
// machine is noisy. Progress goes to stderr; stdout holds the table or the JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';
import { CHROMIUM, chromiumArgs, NO_PAGE_SCRIPTS, readSharedPage, ROOT, SHARED } from '../tests/e2e/harness';
import { generatePage } from './bench/generate-page';
import type {} from './bench/scan-entry'; // declares window.factNotesBench

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const RUNS = (args.includes('--runs') && Number(args[args.indexOf('--runs') + 1])) || 5;
const BUILD = !args.includes('--no-build');
/** `--pages REGEX`: only the real pages whose file name matches. */
const PAGE_FILTER = args.includes('--pages') ? new RegExp(args[args.indexOf('--pages') + 1]) : null;
const PAGES_DIR = join(SHARED, 'pages');
const ORIGIN = 'https://bench.fact-notes.test/';
const CONTENT_JS = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const MUTATIONS = 1000;
const TRACED_RUNS = 3;

const GOALS = { scanVsWalk: 3, scanVsMarkjs: 0.25, longestTaskMs: 50, contentScriptGzipBytes: 30_000 } as const;
/** A paragraph with three mentions (one split by a tag) added to each real page. */
const MENTION_PARAGRAPH = '<p>Cainiao runs its European hub at <b>Liège</b> Airport, the VSSE said.</p>';

const progress = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface PageRow {
  page: string;
  bytes: number;
  walkMs: number;
  scanMs: number;
  /** The first (cold) scan on the page, before the medians' runs. */
  firstScanMs: number;
  markjsMs: number;
  markjsAcrossMs: number;
  mentions: { ours: number; markjs: number; markjsAcross: number };
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

async function bundleScanner(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/scan-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function contentScriptSize(): number | null {
  if (BUILD) {
    progress('npx wxt build');
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) progress('wxt build failed; using the last build if any');
  }
  return existsSync(CONTENT_JS) ? gzipSync(readFileSync(CONTENT_JS)).length : null;
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
    // Only our pages are served; every other request fails at once, nothing reaches the network.
    await this.context.route('**/*', (route) => {
      const html = this.served.get(route.request().url());
      if (html === undefined) return route.abort();
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: NO_PAGE_SCRIPTS, body: html });
    });
  }

  /** Opens a fresh copy of the page (page scripts blocked) with `script` evaluated in it. */
  async open(name: string, html: string, script: string, page?: Page): Promise<Page> {
    const url = ORIGIN + encodeURIComponent(name);
    this.served.set(url, html);
    page ??= await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(script);
    return page;
  }

  async gc(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
  }

  /**
   * JS heap plus array-buffer memory after full collections. Blink's own heap (DOM,
   * layout: ~150 MB on the 5 MB page) is left out: it moves by more than we add.
   */
  async heapUsed(page: Page): Promise<number> {
    const cdp = await this.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    await cdp.detach();
    return usedSize + (backingStorageSize ?? 0);
  }

  /** Walk and scan, alternating, `RUNS` times after one warm-up each, on one loaded page. */
  async ours(page: Page): Promise<{ walkMs: number; scanMs: number; firstScanMs: number; mentions: number }> {
    const walk = () =>
      page.evaluate(() => {
        const t = performance.now();
        window.factNotesBench.walk();
        return performance.now() - t;
      });
    const scan = () =>
      page.evaluate(async () => {
        const t = performance.now();
        const { mentions } = await window.factNotesBench.fullScan();
        return { ms: performance.now() - t, mentions };
      });
    const first = await scan();
    await walk();
    const walks: number[] = [];
    const scans: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await this.gc(page);
      walks.push(await walk());
      await this.gc(page);
      scans.push((await scan()).ms);
    }
    return { walkMs: median(walks), scanMs: median(scans), firstScanMs: first.ms, mentions: first.mentions };
  }

  /** mark.js on a fresh load per run (it rewrites the DOM). */
  async markjsRuns(name: string, html: string, acrossElements: boolean): Promise<{ ms: number; found: number }> {
    const times: number[] = [];
    let found = 0;
    const page = await this.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      await this.open(name, html, `${this.markjs};${this.scanner}`, page);
      await this.gc(page);
      const r = await page.evaluate(
        ({ source, flags, acrossElements }) => window.factNotesBench.markjs(source, flags, acrossElements),
        { source: this.regexp.source, flags: this.regexp.flags, acrossElements },
      );
      times.push(r.ms);
      found = r.found;
    }
    await page.close();
    return { ms: median(times), found };
  }

  async measurePage(name: string, html: string): Promise<PageRow> {
    const page = await this.open(name, html, this.scanner);
    const ours = await this.ours(page);
    await page.close();
    const plain = await this.markjsRuns(name, html, false);
    const across = await this.markjsRuns(name, html, true);
    return {
      page: name,
      bytes: Buffer.byteLength(html),
      walkMs: ours.walkMs,
      scanMs: ours.scanMs,
      firstScanMs: ours.firstScanMs,
      markjsMs: plain.ms,
      markjsAcrossMs: across.ms,
      mentions: { ours: ours.mentions, markjs: plain.found, markjsAcross: across.found },
    };
  }

  /** The longest main-thread task of a full scan, read from a Chromium trace (median of runs). */
  async longestTask(name: string, html: string): Promise<{ ms: number; worstMs: number; over50: number }> {
    const page = await this.open(name, html, this.scanner);
    await page.evaluate(() => window.factNotesBench.fullScan());
    const longest: number[] = [];
    let over50 = 0;
    for (let i = 0; i < TRACED_RUNS; i++) {
      await this.gc(page);
      await this.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
      await page.evaluate(async () => {
        performance.mark('fact-notes-scan-start');
        await window.factNotesBench.fullScan();
        performance.mark('fact-notes-scan-end');
      });
      const trace = JSON.parse((await this.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const tasks = scanTasks(trace.traceEvents);
      longest.push(Math.max(...tasks));
      over50 += tasks.filter((ms) => ms > 50).length;
    }
    await page.close();
    return { ms: median(longest), worstMs: Math.max(...longest), over50 };
  }

  /** Rescans after MUTATIONS text changes (only their blocks) vs a full rescan of the changed page. */
  async incremental(name: string, html: string): Promise<{ ms: number; fullMs: number; roots: number; mentions: number; fullMentions: number }> {
    const page = await this.open(name, html, this.scanner);
    await page.evaluate(() => window.factNotesBench.fullScan());
    const parts: number[] = [];
    const fulls: number[] = [];
    let last = { roots: 0, mentions: 0, fullMentions: 0 };
    for (let i = 0; i < RUNS; i++) {
      await this.gc(page);
      const r = await page.evaluate((n) => window.factNotesBench.mutateAndRescan(n), MUTATIONS);
      await this.gc(page);
      const full = await page.evaluate(async () => {
        const t = performance.now();
        const { mentions } = await window.factNotesBench.fullScan();
        return { ms: performance.now() - t, mentions };
      });
      parts.push(r.ms);
      fulls.push(full.ms);
      last = { roots: r.roots, mentions: r.mentions, fullMentions: full.mentions };
    }
    await page.close();
    return { ms: median(parts), fullMs: median(fulls), ...last };
  }

  /** Heap growth from our code and a scan's results (highlights registered), after GC. */
  async memory(name: string, html: string): Promise<number> {
    const page = await this.open(name, html, '0');
    const before = await this.heapUsed(page);
    await page.evaluate(this.scanner);
    await page.evaluate(() => window.factNotesBench.fullScan());
    const after = await this.heapUsed(page);
    await page.close();
    return after - before;
  }

  async phases(name: string, html: string): Promise<Record<string, number>> {
    const page = await this.open(name, html, this.scanner);
    await page.evaluate(() => window.factNotesBench.phases());
    const runs: Array<Record<string, number>> = [];
    for (let i = 0; i < RUNS; i++) {
      await this.gc(page);
      runs.push(await page.evaluate(() => window.factNotesBench.phases()));
    }
    await page.close();
    return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, round(median(runs.map((r) => r[k])))]));
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** Durations (ms) of the main-thread tasks between our two performance marks. */
function scanTasks(events: TraceEvent[]): number[] {
  const mark = (name: string) => events.find((e) => e.name === name);
  const start = mark('fact-notes-scan-start');
  const end = mark('fact-notes-scan-end');
  if (!start || !end) throw new Error('trace lacks the scan marks');
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .filter((e) => e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
    .map((e) => (e.dur ?? 0) / 1000);
}

async function finderInNode(text: string): Promise<{ buildMs: number; mbPerSec: number; mentions: number; source: string }> {
  const own = join(ROOT, 'scripts/bench-finder.ts');
  if (existsSync(own)) {
    const mod = (await import(own)) as { benchFinder?: () => Promise<{ buildMs: number; mbPerSec: number; mentions: number }> | { buildMs: number; mbPerSec: number; mentions: number } };
    if (typeof mod.benchFinder === 'function') return { ...(await mod.benchFinder()), source: 'scripts/bench-finder.ts' };
  }
  // Same measure: median index build, and UTF-8 MB of page text per second of find().
  const builds: number[] = [];
  let finder = createFinder(TOPICS);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    finder = createFinder(TOPICS);
    builds.push(performance.now() - t);
  }
  const finds: number[] = [];
  let mentions = 0;
  finder.find(text);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    mentions = finder.find(text).length;
    finds.push(performance.now() - t);
  }
  const mb = Buffer.byteLength(text) / 1e6;
  return { buildMs: median(builds), mbPerSec: mb / (median(finds) / 1000), mentions, source: 'scripts/bench.ts (generated page text)' };
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
  const began = performance.now();
  const gzipBytes = contentScriptSize();
  const scanner = await bundleScanner();
  const markjs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const generated = generatePage();
  const GEN = 'generated-5mb.html';

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
  });
  const bench = new Bench(browser, scanner, markjs, aliasRegExp());
  await bench.start();

  progress(`generated page: ${(generated.html.length / 1e6).toFixed(1)} MB, ${generated.planted} mentions planted (${generated.split} split)`);
  const gen = await bench.measurePage(GEN, generated.html);
  progress('generated page: phases, longest task, incremental rescan, memory');
  const phases = await bench.phases(GEN, generated.html);
  const task = await bench.longestTask(GEN, generated.html);
  const incremental = await bench.incremental(GEN, generated.html);
  const memory = await bench.memory(GEN, generated.html);
  const textPage = await bench.open(GEN, generated.html, scanner);
  const text = await textPage.evaluate(() => window.factNotesBench.text());
  await textPage.close();

  const rows: PageRow[] = [];
  const files = realPages();
  for (const [i, file] of files.entries()) {
    progress(`real page ${i + 1}/${files.length}: ${file}`);
    rows.push(await bench.measurePage(file, withMentionParagraph(readSharedPage(file))));
  }
  const version = browser.version();
  await browser.close();

  progress('finder in Node');
  const finder = await finderInNode(text);

  const sum = (k: 'walkMs' | 'scanMs' | 'markjsMs' | 'markjsAcrossMs') => rows.reduce((n, r) => n + r[k], 0);
  const result = {
    scanVsWalk: round(gen.scanMs / gen.walkMs),
    scanVsMarkjs: round(gen.scanMs / gen.markjsMs, 3),
    scanVsMarkjsAcross: round(gen.scanMs / gen.markjsAcrossMs, 3),
    longestTaskMs: round(task.ms, 1),
    longestTaskWorstMs: round(task.worstMs, 1),
    tasksOver50Ms: task.over50,
    incrementalMs: round(incremental.ms, 1),
    fullRescanMs: round(incremental.fullMs, 1),
    incrementalRoots: incremental.roots,
    incrementalMentions: { incremental: incremental.mentions, full: incremental.fullMentions },
    contentScriptGzipBytes: gzipBytes,
    memoryAddedBytes: memory,
    finderMBps: round(finder.mbPerSec, 1),
    indexBuildMs: round(finder.buildMs),
    finderSource: finder.source,
    goals: { ...GOALS, scanVsWalkAim: 1.5 },
    generated: {
      bytes: Buffer.byteLength(generated.html),
      textNodes: generated.textNodes,
      planted: generated.planted,
      split: generated.split,
      ...roundRow(gen),
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

const roundRow = (r: PageRow) => ({
  ...r,
  walkMs: round(r.walkMs),
  scanMs: round(r.scanMs),
  firstScanMs: round(r.firstScanMs),
  markjsMs: round(r.markjsMs),
  markjsAcrossMs: round(r.markjsAcrossMs),
});

function printTable(result: Record<string, unknown> & { realPages: { scanVsWalk: number; scanVsMarkjs: number } | null }, gen: PageRow, rows: PageRow[]): void {
  const cols = ['page', 'KB', 'walk ms', 'scan ms', 'mark.js ms', 'across ms', 'scan/walk', 'found us/mk/across'];
  const line = (r: PageRow) => [
    r.page,
    String(Math.round(r.bytes / 1024)),
    r.walkMs.toFixed(2),
    r.scanMs.toFixed(2),
    r.markjsMs.toFixed(1),
    r.markjsAcrossMs.toFixed(1),
    (r.scanMs / r.walkMs).toFixed(2),
    `${r.mentions.ours}/${r.mentions.markjs}/${r.mentions.markjsAcross}`,
  ];
  const table = [cols, line(gen), ...rows.map(line)];
  const widths = cols.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(fmt(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(fmt(r));
  console.log(`\nmedians of ${RUNS} runs; real pages get one added paragraph with 3 mentions (1 split)`);
  const verdict = (value: unknown, goal: number) => (typeof value === 'number' && value <= goal ? 'PASS' : 'MISS');
  const headline: Array<[string, unknown, string]> = [
    ['scanVsWalk (5 MB page)', result.scanVsWalk, `goal <= ${GOALS.scanVsWalk}, aim <= 1.5: ${verdict(result.scanVsWalk, GOALS.scanVsWalk)}`],
    ['scanVsMarkjs (5 MB page)', result.scanVsMarkjs, `goal <= ${GOALS.scanVsMarkjs}: ${verdict(result.scanVsMarkjs, GOALS.scanVsMarkjs)}`],
    ['scanVsMarkjsAcross (5 MB page)', result.scanVsMarkjsAcross, ''],
    ['real pages scan/walk, scan/mark.js', result.realPages ? `${result.realPages.scanVsWalk}, ${result.realPages.scanVsMarkjs}` : 'skipped', 'sums of medians'],
    ['longestTaskMs', result.longestTaskMs, `goal <= ${GOALS.longestTaskMs}: ${verdict(result.longestTaskMs, GOALS.longestTaskMs)} (worst ${result.longestTaskWorstMs})`],
    ['incrementalMs / fullRescanMs', `${result.incrementalMs} / ${result.fullRescanMs}`, `${MUTATIONS} mutations, ${result.incrementalRoots} blocks`],
    ['contentScriptGzipBytes', result.contentScriptGzipBytes, `goal <= ${GOALS.contentScriptGzipBytes}: ${verdict(result.contentScriptGzipBytes, GOALS.contentScriptGzipBytes)}`],
    ['memoryAddedBytes', result.memoryAddedBytes, ''],
    ['finderMBps / indexBuildMs', `${result.finderMBps} / ${result.indexBuildMs}`, String(result.finderSource)],
  ];
  console.log();
  for (const [name, value, note] of headline) console.log(`${name.padEnd(36)} ${String(value).padStart(14)}  ${note}`);
}

await main();
