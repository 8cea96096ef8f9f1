// Bundled after mark.js into the mark.js comparison pages: the timed call.
import { timedToNextFrame } from './frame-timing';

declare global {
  const Mark: new (ctx: Element) => {
    markRegExp(re: RegExp, options: { acrossElements: boolean; done?: (found: number) => void }): void;
  };
  interface Window {
    markjsBench: typeof markjsBench;
  }
}

/**
 * mark.js marking `re` in the body of a freshly loaded page, up to the next rendered
 * frame: the layout and paint its new elements cause are part of its cost, as the
 * restyle our highlights cause is part of ours.
 */
export async function markjsBench(source: string, flags: string, acrossElements: boolean): Promise<{ ms: number; renderMs: number; found: number }> {
  const re = new RegExp(source, flags);
  const { ms, renderMs, result } = await timedToNextFrame(
    () => new Promise<number>((resolve) => new Mark(document.body).markRegExp(re, { acrossElements, done: resolve })),
  );
  return { ms, renderMs, found: result };
}

window.markjsBench = markjsBench;
