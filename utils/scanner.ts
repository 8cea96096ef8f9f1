// Turns a DOM subtree into mention records: collect text, find mentions chunk by
// chunk, map offsets back to live Ranges, drop what is not visible.
import type { Finder, FindOptions, Named } from '@/lib/find-mentions';
import type { Mention } from '@/lib/types';
import { locate, walkText, type TextMap } from './text-nodes';

/** A mention on the page: the finder's record plus its live Range and paragraph. */
export interface PageMention extends Mention {
  range: Range;
  text: string;
  /** The paragraph around the mention (for note selection and excerpts). */
  paragraph: string;
}

// The finder runs on ~16 KB pieces cut at paragraph breaks so one call stays short
// (under 50 ms even on a slow, busy machine); confirmations carry from piece to piece.
const CHUNK_CHARS = 16 * 1024;
const PARAGRAPH_CONTEXT = 400;

function paragraphAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - PARAGRAPH_CONTEXT);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + PARAGRAPH_CONTEXT);
  // Detached before the regex too: the last match's subject stays referenced.
  return detached(text.slice(from, to)).replace(/\s+/g, ' ').trim();
}

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps
 * slices (13+ chars) as views into their parent: one kept mention would otherwise
 * pin the whole page text (8 MB on a 5 MB page) for as long as it is marked.
 */
const detached = (s: string) => [...s].join('');

function isVisible(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // display:none only: pages often hide <body> with visibility/opacity until their scripts
  // run, and then reveal it with a class change we would not see as a text mutation.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/** Scans `root`; yields between slices of work. The result lands in `out`. */
export function* scanSubtree(
  root: Node,
  finder: Finder,
  options: FindOptions,
  out: PageMention[],
): Generator<void, void, void> {
  const map: TextMap = { text: '', nodes: [], starts: [] };
  yield* walkText(root, map);
  const { text } = map;
  if (!map.nodes.length) return;
  const named: Named = new Map();
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK_CHARS);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from) to = nl;
    }
    const chunk = text.slice(from, to);
    for (const m of finder.find(chunk, options, named)) {
      const start = from + m.start;
      const end = from + m.end;
      const a = locate(map, start);
      const b = locate(map, end, true);
      if (!isVisible(a.node)) continue;
      const range = new Range();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      out.push({
        ...m,
        why: detached(m.why),
        start,
        end,
        range,
        text: detached(text.slice(start, end)),
        paragraph: paragraphAround(text, start, end),
      });
    }
    from = to;
    yield;
  }
}
