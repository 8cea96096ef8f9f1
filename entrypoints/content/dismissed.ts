// "Not this topic": mentions the reader dismissed, remembered per page URL in
// storage.local. Stored values are checked on read; anything malformed is dropped,
// never fatal. A record that cannot be read is never written over.
import { storage } from '#imports';
import { aroundInParagraph } from './page-mentions';

type Dismissed = Record<string, string[]>;
const MAX_PAGES = 500;
// A reader dismisses a handful of mentions per page; anything far larger is corrupt.
const MAX_KEYS_PER_PAGE = 200;
const MAX_KEY_CHARS = 400;
const MAX_URL_CHARS = 4096;

const dismissedItem = storage.defineItem<Dismissed>('local:dismissed', { fallback: {} });

/** Characters of the block kept on each side of a mention in its key. */
const KEY_SIDE = 40;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Identifies a mention on a page by topic, words, and the words around it in its paragraph
 * of the page as it stands (read from the DOM, not from the stretch of text the finder
 * read, whose edges move with the candidates nearby): the same mention gets the same
 * key at every rescan.
 */
export function mentionKey(m: { topic: string; text: string; range: Range }): string {
  const [before, after] = aroundInParagraph(m.range);
  return `${m.topic}|${m.text.toLowerCase()}|${squeeze(before).slice(-KEY_SIDE)}|${squeeze(after).slice(0, KEY_SIDE)}`;
}

export const pageKey = (url: string) => url.split('#')[0];

/** Keeps only well-formed, bounded entries (the newest pages, in stored order). */
function repair(value: unknown): Dismissed {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const pages = Object.entries(value)
    .filter(([url, keys]) => url.length <= MAX_URL_CHARS && Array.isArray(keys))
    .slice(-MAX_PAGES)
    .map(([url, keys]: [string, unknown[]]) => {
      const valid = keys.filter((k): k is string => typeof k === 'string' && k.length <= MAX_KEY_CHARS);
      return [url, valid.slice(-MAX_KEYS_PER_PAGE)] as const;
    });
  // fromEntries defines own properties, so a stored "__proto__" key stays a plain key.
  return Object.fromEntries(pages.filter(([, keys]) => keys.length));
}

/** This page's dismissals; none when storage cannot be read (the page is marked as if none). */
export async function getDismissed(url: string): Promise<Set<string>> {
  const all = repair(await dismissedItem.getValue().catch(() => ({})));
  return new Set(all[pageKey(url)] ?? []);
}

// Read-modify-write in order, so two quick dismissals never undo each other.
let writes: Promise<unknown> = Promise.resolve();

/** Remembers `key` for the page. Rejects, writing nothing, when the record cannot be read. */
export function addDismissed(url: string, key: string): Promise<void> {
  const write = writes.then(async () => {
    const all = repair(await dismissedItem.getValue());
    const page = pageKey(url);
    const keys = [...new Set([...(all[page] ?? []), key])];
    delete all[page]; // re-insert so this page counts as the newest
    all[page] = keys;
    // repair() keeps the newest pages only, so the record cannot grow without bound.
    await dismissedItem.setValue(repair(all));
  });
  writes = write.catch(() => undefined);
  return write;
}
