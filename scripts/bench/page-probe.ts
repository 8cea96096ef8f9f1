// What a reader's page sees of us, recorded from the page's own (main) world: every
// change of the registered highlights, seen at the frame it is drawn in (and when that
// frame's rendering is over: the restyle our highlights cause runs in it), and every
// long task. Installed as an init script, so it runs before anything else in the page;
// plain JavaScript in a string, because Playwright sends it to the page as source.
import type { Page } from 'playwright-core';

export const PROBE_SCRIPT = `(() => {
  const probe = { changes: [], longTasks: [] };
  Object.defineProperty(window, '__factNotesProbe', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (!(window.CSS && CSS.highlights)) return;
  // Each Highlight object and its size: our content script replaces them at each publish.
  let seen = new Map();
  const poll = () => {
    const now = new Map();
    let total = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.endsWith('-active')) return;
      now.set(name, [h, h.size]);
      total += h.size;
    });
    let changed = now.size !== seen.size;
    for (const [name, [h, size]] of now) {
      const was = seen.get(name);
      if (!was || was[0] !== h || was[1] !== size) changed = true;
    }
    if (changed) {
      // A task posted from a frame's callbacks runs once the frame's style, layout and paint are done.
      const change = [performance.now(), total, 0];
      probe.changes.push(change);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { change[2] = performance.now(); channel.port1.close(); };
      channel.port2.postMessage(0);
    }
    seen = now;
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

export interface ProbeReading {
  /** Load event start and DOMContentLoaded start, ms since navigation start. */
  loadMs: number;
  dclMs: number;
  /** Highlight changes: [frame time, ranges registered then, time that frame's rendering was over]. */
  changes: Array<[number, number, number]>;
  longTasks: Array<[number, number]>;
}

export function readProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const probe = (window as unknown as { __factNotesProbe: { changes: Array<[number, number, number]>; longTasks: Array<[number, number]> } }).__factNotesProbe;
    return { loadMs: nav.loadEventStart, dclMs: nav.domContentLoadedEventStart, changes: probe.changes, longTasks: probe.longTasks };
  });
}

/** Long tasks from DOMContentLoaded on: blocking time (each task's time over 50 ms) and the longest. */
export function tasksFromDcl(r: ProbeReading): { blockingMs: number; longestMs: number; count: number } {
  const tasks = r.longTasks.filter(([start]) => start >= r.dclMs);
  return {
    blockingMs: tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
    longestMs: Math.max(0, ...tasks.map(([, d]) => d)),
    count: tasks.length,
  };
}

/**
 * The last change of the marks within `windowMs` after load, as ms after the load
 * event: seen (the frame that shows it starts) and drawn (that frame's rendering done).
 */
export function lastChangeAfterLoad(r: ProbeReading, windowMs: number): { seenMs: number | null; drawnMs: number | null; ranges: number } {
  const within = r.changes.filter(([t]) => t <= r.loadMs + windowMs);
  const last = within.at(-1);
  return last ? { seenMs: last[0] - r.loadMs, drawnMs: last[2] ? last[2] - r.loadMs : null, ranges: last[1] } : { seenMs: null, drawnMs: null, ranges: 0 };
}

/**
 * Which planted things of the generated page are marked (read from the page's
 * highlights), and marks anywhere else: the article's <p> elements are numbered as
 * scripts/bench/generate-page.ts numbered them.
 */
export function plantedMarks(page: Page, plantedAt: Array<{ p: number; kind: string }>) {
  return page.evaluate((planted) => {
    const index = new Map([...document.querySelectorAll('article p')].map((p, i) => [p, i]));
    const marked = new Set<number>();
    let elsewhere = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.endsWith('-active')) return;
      for (const r of h as unknown as Iterable<Range>) {
        const i = index.get(r.startContainer.parentElement?.closest('article p') as Element);
        if (i === undefined) elsewhere++;
        else marked.add(i);
      }
    });
    // No named inner functions: the bundler would wrap them in a helper the page lacks.
    const out: Record<string, number> = { mention: 0, typo: 0, nearMiss: 0 };
    for (const x of planted) if (marked.has(x.p)) out[x.kind]++;
    const kinds = new Set(planted.map((x) => x.p));
    return {
      mentions: out.mention,
      typos: out.typo,
      nearMisses: out.nearMiss,
      unplanted: [...marked].filter((i) => !kinds.has(i)).length + elsewhere,
    };
  }, plantedAt);
}
