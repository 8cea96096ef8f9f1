// Bundled into an IIFE and evaluated in benchmark pages: the content script's own
// scanning pipeline (scanSubtree over the body in runInSlices slices, document order,
// highlights per topic), plus the bare TreeWalker baseline and an incremental rescan.
import { createFinder } from '@/lib/find-mentions';
import { TOPICS } from '@/lib/topics';
import { TOPIC_IDS } from '@/lib/types';
import { setHighlights } from '@/entrypoints/content/highlights';
import { inDocumentOrder, outsideRoots, rangesByTopic } from '@/entrypoints/content/page-mentions';
import { scanSubtree, type PageMention } from '@/entrypoints/content/scanner';
import { runInSlices } from '@/entrypoints/content/slices';
import { collectText, textOf } from '@/entrypoints/content/text-nodes';

// The default settings: balanced strictness, every topic on.
const OPTIONS = { strictness: 'balanced' as const, topics: TOPIC_IDS };
const finder = createFinder(TOPICS);
/** The marked mentions, kept alive between calls like the content script keeps them. */
let mentions: PageMention[] = [];

/** Same steps as content-main's scan(): scan the roots, keep what lies outside them, mark. */
async function scan(roots?: Node[]): Promise<number> {
  const found: PageMention[] = [];
  const work = (function* () {
    for (const root of roots ?? [document.body]) yield* scanSubtree(root, finder, OPTIONS, found);
  })();
  await runInSlices(work);
  const kept = roots ? outsideRoots(mentions, roots) : [];
  mentions = inDocumentOrder([...kept, ...found]);
  setHighlights(rangesByTopic(mentions));
  return mentions.length;
}

const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const bench = {
  /** The baseline: a bare TreeWalker reading every text node's data. */
  walk(): number {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
    return chars;
  },

  async fullScan(): Promise<{ mentions: number }> {
    return { mentions: await scan() };
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
    await afterNextFrame();
    const start = performance.now();
    const n = await scan(roots);
    return { ms: performance.now() - start, roots: roots.length, mentions: n };
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
