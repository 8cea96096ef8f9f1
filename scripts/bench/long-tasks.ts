// Where blocking time comes from: each load's long tasks from DOMContentLoaded, the
// browser without the extension and one or more builds of it, alternating, a fresh
// browser per load (the 5 MB page at a news URL, as `npm run bench` loads it).
//   npx tsx scripts/bench/long-tasks.ts [name=extension-dir | control …]   (default: ours=.output/chrome-mv3 control)
// `control` is an extension whose content script does nothing (time-to-marks.ts controlExtension).
// RUNS (default 4) loads each; SETTLE_MS waits that long after the browser starts.
import { rm } from 'node:fs/promises';
import { launchExtension } from '../../tests/e2e/harness';
import { generatePage } from './generate-page';
import { median } from './median';
import { lastChangeAfterLoad, PROBE_SCRIPT, readProbe, tasksFromDcl } from './page-probe';
import { controlExtension, NEWS_URL, PAGE_CSP, withoutExtension } from './time-to-marks';

const RUNS = Number(process.env.RUNS ?? 4);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 0);
const WINDOW_MS = 3000;
const args = process.argv.length > 2 ? process.argv.slice(2) : ['ours=.output/chrome-mv3', 'control'];
const builds = await Promise.all(args.map(async (arg): Promise<[string, string]> => (arg === 'control' ? ['control', await controlExtension()] : (arg.split('=') as [string, string]))));
const headers = { 'Content-Security-Policy': PAGE_CSP };
const { html } = generatePage();
const blocking = new Map<string, number[]>();
const note = (name: string, ms: number) => blocking.set(name, [...(blocking.get(name) ?? []), ms]);

try {
  for (let round = 0; round < RUNS; round++) {
    const base = await withoutExtension(NEWS_URL, html, headers);
    note('baseline', base.blockingMs);
    console.log(`baseline  blocking ${base.blockingMs.toFixed(0)}, its longest task ${base.longestTaskMs.toFixed(0)}`);
    for (const [name, dir] of builds) {
      const s = await launchExtension({ viewport: { width: 1200, height: 900 }, extensionDir: dir });
      try {
        if (SETTLE_MS) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        await s.context.addInitScript({ content: PROBE_SCRIPT });
        s.serve(NEWS_URL, { body: html, headers });
        const page = await s.open(NEWS_URL);
        const first = await readProbe(page);
        await page.waitForTimeout(Math.max(0, first.loadMs + WINDOW_MS - (await page.evaluate(() => performance.now()))));
        const r = await readProbe(page);
        const { blockingMs } = tasksFromDcl(r);
        note(name, blockingMs);
        // Tasks as start+duration, ms from the load event.
        const tasks = r.longTasks.filter(([start]) => start >= r.dclMs).map(([start, d]) => `${(start - r.loadMs).toFixed(0)}+${d.toFixed(0)}`);
        console.log(`${name.padEnd(9)} blocking ${blockingMs.toFixed(0)}, marks registered ${lastChangeAfterLoad(r, WINDOW_MS).seenMs?.toFixed(0) ?? '—'}, DOMContentLoaded ${(r.dclMs - r.loadMs).toFixed(0)}, tasks ${tasks.join(' ')}`);
      } finally {
        await s.close();
      }
    }
  }
} finally {
  for (const [name, dir] of builds) if (name === 'control') await rm(dir, { recursive: true, force: true });
}
for (const [name, xs] of blocking) console.log(`${name}: median blocking ${median(xs).toFixed(0)} ms`);
