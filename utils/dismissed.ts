// "Not this topic": mentions the reader dismissed, remembered per page URL in
// storage.local. Stored values are checked on read; anything malformed is dropped,
// never fatal.
import { storage } from '#imports';

type Dismissed = Record<string, string[]>;
const MAX_PAGES = 500;

const dismissedItem = storage.defineItem<Dismissed>('local:dismissed', { fallback: {} });

/** Identifies a mention on a page by topic, words and the start of its paragraph. */
export function mentionKey(m: { topic: string; text: string; paragraph: string }): string {
  return `${m.topic}|${m.text.toLowerCase()}|${m.paragraph.slice(0, 80)}`;
}

export const pageKey = (url: string) => url.split('#')[0];

function repair(value: unknown): Dismissed {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Dismissed = {};
  for (const [url, keys] of Object.entries(value)) {
    if (Array.isArray(keys)) out[url] = keys.filter((k): k is string => typeof k === 'string');
  }
  return out;
}

export async function getDismissed(url: string): Promise<Set<string>> {
  const all = repair(await dismissedItem.getValue().catch(() => ({})));
  return new Set(all[pageKey(url)] ?? []);
}

export async function addDismissed(url: string, key: string): Promise<void> {
  const all = repair(await dismissedItem.getValue().catch(() => ({})));
  const page = pageKey(url);
  const keys = [...new Set([...(all[page] ?? []), key])];
  delete all[page]; // re-insert so this page counts as the newest
  all[page] = keys;
  // Keep the newest pages only, so the record cannot grow without bound.
  const pages = Object.keys(all);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) delete all[old];
  await dismissedItem.setValue(all);
}
