// Bundled after mark.js into the mark.js comparison pages: the timed call.

declare global {
  const Mark: new (ctx: Element) => {
    markRegExp(re: RegExp, options: { acrossElements: boolean; done?: (found: number) => void }): void;
  };
  interface Window {
    markjsBench: typeof markjsBench;
  }
}

/**
 * mark.js marking `re` in the body, after a warm-up on a scrap element. Its DOM
 * changes force a layout, which is counted: it is part of its cost.
 */
export function markjsBench(source: string, flags: string, acrossElements: boolean): Promise<{ ms: number; found: number }> {
  const re = new RegExp(source, flags);
  const scrap = document.createElement('div');
  scrap.innerHTML = '<p>Cainiao at <b>Liège</b> Airport, VSSE.</p>'.repeat(50);
  new Mark(scrap).markRegExp(re, { acrossElements });
  return new Promise((resolve) => {
    const t = performance.now();
    new Mark(document.body).markRegExp(re, {
      acrossElements,
      done: (found) => {
        document.body.getBoundingClientRect();
        resolve({ ms: performance.now() - t, found });
      },
    });
  });
}

window.markjsBench = markjsBench;
