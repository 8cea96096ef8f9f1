// Bundled into an IIFE and evaluated in benchmark pages: the content script's own
// scanning pipeline (scanRoots over the body in runInSlices slices, its shadow roots included, document order,
// highlights per topic), the bare readings of the same text nodes it is compared with,
// and an incremental rescan. Timed calls end when the next frame is rendered.
import { createFinder, type Finder } from '@/lib/find-mentions';
import { TOPICS } from '@/lib/topics';
import { TOPIC_IDS } from '@/lib/types';
import { setHighlights } from '@/entrypoints/content/highlights';
import { inDocumentOrder, outsideRoots, rangesByTopic } from '@/entrypoints/content/page-mentions';
import { scanRoots, type PageMention } from '@/entrypoints/content/scanner';
import { runInSlices } from '@/entrypoints/content/slices';
import { collectText, textOf } from '@/entrypoints/content/text-nodes';
import { nextFrame, timedToNextFrame } from './frame-timing';

// The default settings: balanced strictness, every topic on.
const OPTIONS = { strictness: 'balanced' as const, topics: TOPIC_IDS };
/** Built by the first scan, as a fresh content script builds it before its first scan. */
let finder: Finder | undefined;
/** The marked mentions, kept alive between calls like the content script keeps them. */
let mentions: PageMention[] = [];
/** Nodes per Range read in the bare Range reading (as many as the scanner's chunks hold at most). */
const RANGE_NODES = 4000;

/** Same steps as content-main's scan(): scan the roots, keep what lies outside them, mark. */
async function scan(roots?: Node[]): Promise<number> {
  finder ??= createFinder(TOPICS);
  const found: PageMention[] = [];
  // Both steps (shadow roots, paragraphs), marked once: the time of all the work (the content
  // script marks the page's own text after the first).
  const { own, rest } = scanRoots(roots ?? [document.body], finder, OPTIONS, found);
  await runInSlices(own);
  await runInSlices(rest);
  const kept = roots ? outsideRoots(mentions, roots) : [];
  mentions = inDocumentOrder([...kept, ...found]);
  setHighlights(rangesByTopic(mentions));
  return mentions.length;
}

const bench = {
  /** The first floor: a bare TreeWalker reading every text node's data. */
  walk(): number {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
    return chars;
  },

  /** The second floor: the same walk over the same nodes, reading their text through one Range per RANGE_NODES nodes. */
  rangeRead(): number {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let chars = 0;
    let first: Node | null = null;
    let count = 0;
    const read = (last: Node) => {
      range.setStart(first!, 0);
      range.setEnd(last, (last as Text).length);
      chars += range.toString().length;
    };
    let node: Node | null = null;
    for (let next = walker.nextNode(); next; next = walker.nextNode()) {
      node = next;
      first ??= node;
      if (++count === RANGE_NODES) {
        read(node);
        first = null;
        count = 0;
      }
    }
    if (first && node) read(node);
    return chars;
  },

  /** A full scan and its highlights, up to the next rendered frame (the finder built first if none was). */
  async fullScan(): Promise<{ ms: number; renderMs: number; mentions: number }> {
    const { ms, renderMs, result } = await timedToNextFrame(() => scan());
    return { ms, renderMs, mentions: result };
  },

  /**
   * Changes `count` text nodes in paragraphs spread over the page (a word put before
   * each), then rescans only those paragraphs: the blocks content-main would rescan
   * after that mutation batch. The mutations and the layout they cause are not timed.
   */
  async mutateAndRescan(count: number): Promise<{ ms: number; roots: number; mentions: number }> {
    const paragraphs = [...document.querySelectorAll('p')];
    const step = Math.max(1, Math.floor(paragraphs.length / count));
    const roots: Node[] = [];
    for (let i = 0; i < count && i * step < paragraphs.length; i++) {
      const p = paragraphs[i * step];
      const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
      if (!text) continue;
      text.data = `Updated ${text.data}`;
      roots.push(p);
    }
    // The page renders before the batch is rescanned (content-main waits 200 ms).
    await nextFrame();
    const { ms, result } = await timedToNextFrame(() => scan(roots));
    return { ms, roots: roots.length, mentions: result };
  },

  /** The text the scanner reads, for the finder's throughput in Node. */
  text(): string {
    const map = collectText(document.body);
    return textOf(map, 0, map.length);
  },
};

declare global {
  interface Window {
    factNotesBench: typeof bench;
  }
}
window.factNotesBench = bench;
