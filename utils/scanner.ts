// Turns a DOM subtree into mention records: walk the text nodes (the finder's first
// pass reads each as the walk meets it), find mentions around what that pass reports,
// map offsets back to live Ranges, drop what is not visible.
import type { CandidateScan } from '@/lib/find-candidates';
import type { Finder, FindOptions, Named } from '@/lib/find-mentions';
import type { Mention } from '@/lib/types';
import { emptyTextMap, locate, textOf, walkText, type TextMap } from './text-nodes';

/** A mention on the page: the finder's record plus its live Range and paragraph. */
export interface PageMention extends Mention {
  range: Range;
  text: string;
  /** The paragraph around the mention (for note selection and excerpts). */
  paragraph: string;
}

const PARAGRAPH_CONTEXT = 400;

function paragraphAround(map: TextMap, start: number, end: number): string {
  const from = Math.max(0, start - PARAGRAPH_CONTEXT);
  const around = textOf(map, from, Math.min(map.length, end + PARAGRAPH_CONTEXT));
  const nl = around.indexOf('\n', end - from);
  return detached(around.slice(around.lastIndexOf('\n', start - from) + 1, nl < 0 ? around.length : nl))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps
 * slices (13+ chars) as views into their parent: one kept mention would otherwise
 * pin a whole text node's string (or a window of page text) for as long as it is marked.
 */
const detached = (s: string) => [...s].join('');

function isVisible(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // display:none only: pages often hide <body> with visibility/opacity until their scripts
  // run, and then reveal it with a class change we would not see as a text mutation.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/** Longest piece of one text node the first pass takes at once (a 5 MB text node is not one task). */
const PIECE_CHARS = 64 * 1024;

/** Hands the nodes the walk has read since `from` to the finder's first pass; pauses inside very long ones. */
function* feed(scan: CandidateScan, map: TextMap, from: number): Generator<void, number, void> {
  const { datas, starts } = map;
  let i = from;
  for (let j = from; j < datas.length; j++) {
    const data = datas[j];
    if (data.length <= PIECE_CHARS) continue;
    scan.pushAll(datas, starts, i, j);
    for (let k = 0; k < data.length; ) {
      let end = Math.min(data.length, k + PIECE_CHARS);
      if ((data.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--; // never cut a surrogate pair
      scan.push(data.slice(k, end), starts[j] + k);
      k = end;
      yield;
    }
    i = j + 1;
  }
  scan.pushAll(datas, starts, i, datas.length);
  return datas.length;
}

/** Scans `root`; yields between slices of work. The result lands in `out`. */
export function* scanSubtree(
  root: Node,
  finder: Finder,
  options: FindOptions,
  out: PageMention[],
): Generator<void, void, void> {
  const map = emptyTextMap();
  const scan = finder.startScan(options);
  let fed = 0;
  for (const _ of walkText(root, map)) {
    fed = yield* feed(scan, map, fed);
    yield;
  }
  yield* feed(scan, map, fed);
  if (!map.nodes.length) return;
  const read = (from: number, to: number) => textOf(map, from, to);
  const named: Named = new Map();
  for (const found of finder.findNear(scan.end(), map.length, read, options, named)) {
    for (const m of found) {
      const a = locate(map, m.start);
      const b = locate(map, m.end, true);
      if (!isVisible(a.node)) continue;
      const range = new Range();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      out.push({
        ...m,
        why: detached(m.why),
        range,
        text: detached(read(m.start, m.end)),
        paragraph: paragraphAround(map, m.start, m.end),
      });
    }
    yield;
  }
}
