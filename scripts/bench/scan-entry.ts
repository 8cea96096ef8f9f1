// Bundled into an IIFE and evaluated in benchmark pages: the content script's own
// scanning pipeline (scanSubtree over the body in runInSlices slices, document order,
// highlights per topic), plus the bare baseline and a per-phase breakdown.
import { createFinder } from '@/lib/find-mentions';
import { normalize } from '@/lib/normalize';
import { TOPICS } from '@/lib/topics';
import { TOPIC_IDS } from '@/lib/types';
import { setHighlights } from '@/utils/highlights';
import { inDocumentOrder, outsideRoots, rangesByTopic } from '@/utils/page-mentions';
import { scanSubtree, type PageMention } from '@/utils/scanner';
import { runInSlices } from '@/utils/slices';
import { collectText } from '@/utils/text-nodes';

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

  /**
   * Where a full scan's time goes, phase by phase, in one synchronous pass. The finder
   * phases run on the whole text at once (the scanner cuts it in 64 KB chunks; both
   * passes are linear, so the sum is the same).
   */
  phases(): Record<string, number> {
    const t0 = performance.now();
    const map = collectText(document.body);
    const t1 = performance.now();
    normalize(map.text);
    const t2 = performance.now();
    finder.find(map.text, OPTIONS);
    const t3 = performance.now();
    const out: PageMention[] = [];
    for (const _ of scanSubtree(document.body, finder, OPTIONS, out));
    const t4 = performance.now();
    setHighlights(rangesByTopic(inDocumentOrder(out)));
    const t5 = performance.now();
    return {
      collectTextMs: t1 - t0,
      normalizeMs: t2 - t1,
      /** finder.find, its own normalization included. */
      findMs: t3 - t2,
      /** The whole unsliced scanSubtree: collect + find + locate, visibility check, Ranges. */
      scanSubtreeMs: t4 - t3,
      orderAndHighlightMs: t5 - t4,
      textChars: map.text.length,
      textNodes: map.nodes.length,
      mentions: out.length,
    };
  },

  /**
   * mark.js (loaded separately) marking `re` in the body, after a warm-up on a scrap
   * element. Its DOM changes force a layout, which is counted: it is part of its cost.
   */
  markjs(source: string, flags: string, acrossElements: boolean): Promise<{ ms: number; found: number }> {
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
  },

  /** The text the scanner reads, for the finder's throughput in Node. */
  text(): string {
    return collectText(document.body).text;
  },
};

declare global {
  const Mark: new (ctx: Element) => {
    markRegExp(re: RegExp, options: { acrossElements: boolean; done?: (found: number) => void }): void;
  };
  interface Window {
    factNotesBench: typeof bench;
  }
}
window.factNotesBench = bench;
