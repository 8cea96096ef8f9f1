// A page for the content script in happy-dom: the Highlight API (which happy-dom lacks)
// as a plain registry, caret lookups counted, and helpers to wait on what a reader sees.
import { vi } from 'vitest';

/** Installs a Highlight registry on CSS and a counted caret lookup; returns the registry. */
export function fakeHighlightApi(): { highlights: Map<string, Set<Range>>; caretLookups: () => number } {
  const highlights = new Map<string, Set<Range>>();
  vi.stubGlobal('Highlight', class extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  });
  vi.stubGlobal('CSS', { ...globalThis.CSS, highlights });
  const caret = vi.fn(() => null);
  Object.assign(document, { caretRangeFromPoint: caret, caretPositionFromPoint: undefined });
  return { highlights, caretLookups: () => caret.mock.calls.length };
}

/** "topic:text" for every marked range (active marks left out), sorted. */
export function marked(highlights: Map<string, Set<Range>>): string[] {
  return [...highlights]
    .filter(([name]) => !name.endsWith('-active'))
    .flatMap(([name, ranges]) => [...ranges].map((r) => `${name.replace('fact-notes-', '')}:${r.toString()}`))
    .sort();
}

/** Waits until `check` stops throwing; throws its last error after `ms`. */
export async function until<T>(check: () => T | Promise<T>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** `event` as the browser dispatches what the reader does (happy-dom marks no event trusted):
 * the content script listens to nothing else. */
export function asReader<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}
