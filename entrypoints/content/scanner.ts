// Turns DOM subtrees into mention records: walk the text nodes (the finder's first
// pass reads them as the walk finds them), then for each stretch around what that pass
// found, put the page's structure back and run the full pass, map offsets back to live
// Ranges, drop what is not visible. The roots' own text first, then their open shadow roots'.
import type { CandidateScan } from '@/lib/find-candidates';
import { MAX_SNAP } from '@/lib/find-candidates';
import type { Finder, FindOptions, Scope, ScopeAt } from '@/lib/find-mentions';
import type { Mention } from '@/lib/types';
import { paragraphOf } from './page-mentions';
import { CHUNK_CHARS, emptyTextMap, leftOutCheck, locate, releaseNodes, shadowRootsUnder, stretchOf, walkText, type TextMap } from './text-nodes';

/** A mention on the page: the finder's record plus its live Range and paragraph. */
export interface PageMention extends Mention {
  range: Range;
  text: string;
  /** The mention's paragraph, read from the page when first asked (page-mentions.ts paragraphOf): for note selection, figures and excerpts. */
  readonly paragraph: string;
}

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps
 * substrings (13+ chars) as views into their parent: one kept mention would otherwise
 * pin a whole text node's string (or a stretch of page text) for as long as it is marked.
 * Cutting a concatenation flattens it into a new string first: one native copy (an
 * array of characters joined cost ~70 ms per cold scan of the 5 MB page).
 */
const detached = (s: string) => (' ' + s).slice(1);

function isVisible(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // display:none only: pages often hide <body> with visibility/opacity until their scripts
  // run, and then reveal it with a class change we would not see as a text mutation.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/**
 * Hands the chunks the walk has read since chunk `from` to the finder's first pass. A
 * chunk over CHUNK_CHARS owes it to its last node (text-nodes.ts), which goes to
 * the first pass in pieces of CHUNK_CHARS with pauses between: a 5 MB text node is not one task.
 */
function* feed(scan: CandidateScan, map: TextMap, from: number): Generator<void, number, void> {
  const { chunks, starts, nodes } = map;
  for (let k = from; k < chunks.length; k++) {
    const { text, at, first } = chunks[k];
    const to = chunks[k + 1]?.first ?? nodes.length;
    const end = at + text.length;
    if (text.length <= CHUNK_CHARS) {
      scan.pushAll(text, at, starts, first, to);
      continue;
    }
    const start = starts[to - 1];
    scan.pushAll(text, at, starts, first, to - 1, start);
    for (let p = start; p < end; ) {
      let q = Math.min(end, p + CHUNK_CHARS);
      if ((text.charCodeAt(q - at - 1) & 0xfc00) === 0xd800) q--; // never cut a surrogate pair
      scan.pushAll(text, at, [p], 0, 1, q);
      p = q;
      yield;
    }
  }
  return chunks.length;
}

/**
 * Lets go of the walk's nodes as soon as the first pass has gone far enough past them to
 * know that no stretch will reach them (`reach` from every candidate): on a long page
 * most are, and their wrappers then die young instead of slowing every collection.
 */
function releaser(map: TextMap, scan: CandidateScan, reach: number): () => void {
  const { near, wide } = scan.found;
  let seenNear = 0;
  let seenWide = 0;
  let from = 0;
  /** Candidates that may still be within reach of nodes not yet decided, sorted. */
  let around: number[] = [];
  return () => {
    const fresh = [...near.slice(seenNear), ...wide.slice(seenWide)];
    seenNear = near.length;
    seenWide = wide.length;
    if (fresh.length) around = [...around, ...fresh].sort((a, b) => a - b);
    from = releaseNodes(map, from, scan.pendingFrom() - reach, around, reach);
    const first = map.starts[from] - reach;
    if (around.length && around[0] < first) around = around.filter((c) => c >= first);
  };
}

const closest = Element.prototype.closest; // a <form>'s own could be shadowed by a field named "closest"

/**
 * The finder's scopes on a page: one per <article>, inside the page's own (the text
 * outside every article). News home pages and live blogs put unrelated stories side by
 * side, each in its own article: a name confirms bare forms only in its own story (or,
 * outside every article, as a headline above one, in what follows).
 */
function articleScopes(): (node: Node) => Scope {
  const page: Scope = { named: new Map() };
  const byArticle = new Map<Element, Scope>();
  return (node) => {
    const parent = node.parentElement;
    const article = parent && closest.call(parent, 'article');
    if (!article) return page;
    let scope = byArticle.get(article);
    if (!scope) byArticle.set(article, (scope = { named: new Map(), outer: page }));
    return scope;
  };
}

/**
 * The mention with its paragraph read when first asked (the report, the card, or the
 * second step of a scan): marking does not wait for it. Made out here, the getter holds
 * the mention alone, not the stretch it was found in.
 */
function withParagraph(found: Omit<PageMention, 'paragraph'>): PageMention {
  let paragraph: string | undefined;
  return Object.defineProperty(found, 'paragraph', { get: () => (paragraph ??= paragraphOf(found.range)), enumerable: true }) as PageMention;
}

/** Scans the text of `root`'s own tree into `out`; yields between slices of work. */
function* scanTree(
  root: Node,
  finder: Finder,
  options: FindOptions,
  out: PageMention[],
  scopeOf: (node: Node) => Scope,
): Generator<void, void, void> {
  const map = emptyTextMap();
  const scan = finder.startScan(options);
  const release = releaser(map, scan, finder.reach + MAX_SNAP + 1);
  let fed = 0;
  for (const _ of walkText(root, map)) {
    fed = yield* feed(scan, map, fed);
    release();
    yield;
  }
  yield* feed(scan, map, fed);
  if (!map.nodes.length) return;
  const leftOut = leftOutCheck();
  for (const [from, to] of finder.stretches(scan.end(), map.length)) {
    // One character more than an edge may move, so the full pass sees whether it reached the end of the text.
    const stretch = stretchOf(map, Math.max(0, from - MAX_SNAP - 1), Math.min(map.length, to + MAX_SNAP + 1), leftOut);
    const { text } = stretch;
    const scopes: ScopeAt = (offset) => scopeOf(locate(stretch.map, offset).node);
    for (const m of finder.findAround(text, stretch.at(from), stretch.at(to), options, scopes)) {
      const a = locate(stretch.map, m.start);
      const b = locate(stretch.map, m.end, true);
      if (!isVisible(a.node)) continue;
      const range = new Range();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      out.push(withParagraph({ ...m, why: detached(m.why), range, text: detached(text.slice(m.start, m.end)) }));
    }
    yield;
  }
}

/** A scan of some roots in two steps, each driven to completion in slices (runInSlices). */
export interface RootsScan {
  /** Reads the roots' own text: the page's, for a page. */
  own: Generator<void, void, void>;
  /**
   * Then the text of the open shadow roots in them, nested ones too, and every mention's
   * paragraph. Finding the shadow roots walks every element (~60k on the 5 MB page: 12-16 ms
   * and a wrapper each), which the page's own marks need not wait for.
   */
  rest: Generator<void, void, void>;
}

/**
 * Scans `roots` into `out`: each root's own text in document order, then the shadow roots
 * in them, breadth first (callers sort). Each root and its shadow roots share their scopes,
 * so a name in the page confirms a bare form in a component.
 */
export function scanRoots(roots: readonly Node[], finder: Finder, options: FindOptions, out: PageMention[]): RootsScan {
  const scopes = roots.map(() => articleScopes());
  return {
    own: (function* () {
      for (const [i, root] of roots.entries()) yield* scanTree(root, finder, options, out, scopes[i]);
    })(),
    rest: (function* () {
      for (const [i, root] of roots.entries()) {
        const trees = yield* shadowRootsUnder(root);
        for (let t = 0; t < trees.length; t++) {
          yield* scanTree(trees[t], finder, options, out, scopes[i]);
          trees.push(...(yield* shadowRootsUnder(trees[t])));
        }
      }
      // Read here, in short tasks, rather than all at once by the report.
      for (const m of out) {
        void m.paragraph;
        yield;
      }
    })(),
  };
}
