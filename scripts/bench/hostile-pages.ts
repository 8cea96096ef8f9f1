// The hostile pages' timings, with the built extension in Chromium: what the e2e suite
// (tests/e2e/hostile-cases.ts) only checks as behaviour, since figures like these move with
// the machine's load. On the 200,000-node page, how long the page's own 16 ms timer stalls
// after load while it is scanned and marked; on the page that changes its text 1,000 times
// a second, how late its own 50 ms timer runs and how busy the main thread is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, ROOT, waitForHighlights } from '../../tests/e2e/harness';
import { median } from './median';

export interface HostileFigures {
  /** The longest stall of the 200,000-node page's 16 ms timer after load (0 when none passed 50 ms), median of the runs. */
  bigDomLongestStallMs: number;
  /** Its stalls over 50 ms, the most in a run. */
  bigDomStalls: number;
  /** How late the churning page's 50 ms timer ran at worst over 3 s, median of the runs. */
  churnTimerLateMs: number;
  /** The share of those 3 s the main thread was busy (the page's churn and our rescans), median. */
  churnBusyShare: number;
  /** Text changes the page made per second meanwhile, median. */
  churnChangesPerS: number;
}

const SITE = 'https://www.lesoir.be/hostile/';
const CHURN_MS = 3000;
export async function hostileFigures(runs: number): Promise<HostileFigures> {
  const s = await launchExtension();
  try {
    for (const name of ['big-dom.html', 'mutating.html']) s.serve(SITE + name, readFileSync(join(ROOT, 'tests/fixtures/hostile', name), 'utf8'));
    const big: Array<{ longest: number; count: number }> = [];
    const churn: Array<{ late: number; busy: number; rate: number }> = [];
    for (let r = 0; r < runs; r++) {
      const page = await s.open(SITE + 'big-dom.html');
      await waitForHighlights(page, (c) => Object.keys(c).length === 3, 30_000);
      // A few more of the page's timer ticks, so a stall that ends with the marks is counted.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const stalls = await page.evaluate(() => (window as unknown as { __stalls: Array<[number, number]> }).__stalls.map(([, ms]) => ms));
      big.push({ longest: Math.max(0, ...stalls), count: stalls.length });
      await page.close();

      const churning = await s.open(SITE + 'mutating.html');
      await waitForHighlights(churning, (c) => Object.keys(c).length === 3);
      const cdp = await s.context.newCDPSession(churning);
      await cdp.send('Performance.enable');
      const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
      const reading = () => churning.evaluate(() => ({ ...(window as unknown as { __timer: { worst: number } }).__timer, changes: (window as unknown as { __changes: number }).__changes }));
      await churning.evaluate(() => ((window as unknown as { __timer: { worst: number } }).__timer.worst = 0));
      const [busyBefore, before, started] = [await busy(), await reading(), performance.now()];
      await churning.waitForTimeout(CHURN_MS);
      const [busyAfter, after, wallS] = [await busy(), await reading(), (performance.now() - started) / 1000];
      churn.push({ late: after.worst, busy: (busyAfter - busyBefore) / wallS, rate: (after.changes - before.changes) / wallS });
      await churning.close();
    }
    return {
      bigDomLongestStallMs: median(big.map((b) => b.longest)),
      bigDomStalls: Math.max(...big.map((b) => b.count)),
      churnTimerLateMs: Math.round(median(churn.map((c) => c.late)) * 10) / 10,
      churnBusyShare: Math.round(median(churn.map((c) => c.busy)) * 100) / 100,
      churnChangesPerS: Math.round(median(churn.map((c) => c.rate))),
    };
  } finally {
    await s.close();
  }
}
