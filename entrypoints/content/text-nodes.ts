// Reads a page's text for the finder in two steps. First every text node, in order:
// a native TreeWalker finds them and reads only their lengths, and a Range over a few
// thousand of them reads their text as one string (as cheap as reading the page gets:
// no element is touched from script, no string made per node); the finder's first
// pass reads each string as it comes. Then, only for the stretches
// around what that pass found, the page's structure: which text is code, form fields,
// editors or hidden (left out), and where blocks meet (one "\n"), so the finder sees
// "<b>Liège</b> Airport" as "Liège Airport" and paragraphs apart.

// What the page text does at an element, keyed by localName (lowercase for HTML, SVG
// and MathML roots): reading it is cheaper than upper-casing nodeName. Others are blocks.
const INLINE = 0;
const BLOCK = 1;
const SKIP = 2;
const KIND = new Map<string, number>([
  ...['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template',
    'iframe', 'object', 'svg', 'canvas', 'video', 'audio', 'code', 'pre', 'head', 'title', 'math'].map((n) => [n, SKIP] as const),
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark',
    'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del'].map((n) => [n, INLINE] as const),
]);
/** Marks the element hosting Fact Notes' own UI; never scanned. */
export const OWN_UI_ATTR = 'data-fact-notes-ui';
/**
 * A chunk of the walk ends once it holds this many characters (so all its nodes but
 * the last hold fewer) or CHUNK_NODES nodes; the walk yields after each.
 */
export const CHUNK_CHARS = 64 * 1024;
const CHUNK_NODES = 4000;
/** Text nodes longer than this are not read when their parent is a script, style or the like. */
const LONG_TEXT = 256;
/** Elements looked at between two text nodes before giving up and calling it a break. */
const MAX_BETWEEN = 2000;

/**
 * Text nodes in order with their offsets in the page text. In the map the walk makes,
 * nodes follow on with nothing between them, whether a block boundary is there or not
 * (the first pass takes every meeting point as maybe a line break); a one-character gap
 * goes where a long script was not read. In a stretch's map (stretchOf) block
 * boundaries are one-character gaps ("\n"), and left-out text is gone.
 */
export interface TextMap {
  /**
   * The text nodes. The walk's map lets go of those no stretch will read (releaseNodes):
   * a wrapper kept for every text node of a long page lives on into V8's old generation
   * and slows every collection of a cold scan.
   */
  nodes: Array<Text | undefined>;
  /** starts[i] is the offset of nodes[i] in the text (negative when a stretch starts inside it). */
  starts: number[];
  /** The text as the walk read it (the page may change it later), in chunks of nodes that follow on. */
  chunks: Chunk[];
  length: number;
}

/** The text of nodes[first] up to the next chunk's first node, at offset `at`. */
export interface Chunk {
  text: string;
  at: number;
  first: number;
}

export const emptyTextMap = (): TextMap => ({ nodes: [], starts: [], chunks: [], length: 0 });

/** Elements whose text is never a reading mention: code, forms, editors, our own UI. */
function isSkipped(el: Element, name: string = el.localName): boolean {
  if (KIND.get(name) === SKIP) return true;
  // Most elements carry no attribute at all: one call instead of four lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTR) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

// DOM clobbering: a <form> exposes its fields as properties, so <input name="nextSibling">
// shadows form.nextSibling, in our isolated world too (other elements cannot be shadowed
// this way). Such a form is never read into, and moving through the tree goes through
// Node's own accessors. The names are the DOM properties the scan reads on elements.
const SCANNED_PROPS = ['nodeType', 'nodeName', 'localName', 'firstChild', 'nextSibling', 'parentNode', 'parentElement', 'shadowRoot',
  'hasAttributes', 'hasAttribute', 'getAttribute', 'checkVisibility', 'getClientRects'];
function isClobberedForm(node: Node): boolean {
  return node instanceof HTMLFormElement && SCANNED_PROPS.some((name) => Object.getOwnPropertyDescriptor(node, name));
}
const accessor = (name: string) => Object.getOwnPropertyDescriptor(Node.prototype, name)!.get! as (this: Node) => Node | null;
const nextSiblingOf = accessor('nextSibling');
const parentOf = accessor('parentNode');
const firstChildOf = accessor('firstChild');

const isLeftOut = (el: Element) => isClobberedForm(el) || isSkipped(el);

/**
 * Whether nodes sit in a region we never scan, checked upwards (through shadow hosts);
 * each element is asked once per check function, so make one per scan.
 */
export function leftOutCheck(): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  const leftOut = (node: Node | null): boolean => {
    if (!node) return false;
    let answer = known.get(node);
    if (answer !== undefined) return answer;
    if (node instanceof ShadowRoot) answer = leftOut(node.host);
    // instanceof, not nodeType: a clobbered form's nodeType may be one of its fields.
    else answer = node instanceof Element ? isLeftOut(node) || leftOut(parentOf.call(node)) : leftOut(parentOf.call(node));
    known.set(node, answer);
    return answer;
  };
  return leftOut;
}

function leftOutParent(node: Text): boolean {
  const parent = parentOf.call(node);
  return parent instanceof Element && KIND.get(parent.localName) === SKIP;
}

/**
 * Open shadow roots of `root` and of the elements under it, in document order (not those
 * nested in them); yields every CHUNK_NODES elements. Touching every element of a long
 * page is a cost of its own (a wrapper each), so a scan reads these after the page's own text.
 */
export function* shadowRootsUnder(root: Node): Generator<void, ShadowRoot[], void> {
  const found: ShadowRoot[] = [];
  const own = (root as Element).shadowRoot;
  if (own) found.push(own);
  // A native walk over elements only: a wrapper each, no strings.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let count = 0;
  // nextNode()'s own answer: reading currentNode too was a third of this walk's cost.
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const shadow = el.shadowRoot;
    if (shadow) found.push(shadow);
    if (++count % CHUNK_NODES === 0) yield;
  }
  return found;
}

/**
 * The text of nodes[first] to the last node as one string, read natively: a Range's
 * text is the data of the text nodes in it, joined, and the walk read every one of
 * them (CDATA sections included, which XHTML shows as text).
 */
function readChunk(nodes: ReadonlyArray<Text | undefined>, first: number): string {
  const a = nodes[first]!;
  const b = nodes[nodes.length - 1]!;
  const range = a.ownerDocument.createRange();
  range.setStart(a, 0);
  range.setEnd(b, b.length);
  return range.toString();
}

/**
 * Reads every text node of `root`'s own tree (not its shadow roots: shadowRootsUnder)
 * into `out`, a chunk at a time; yields after each chunk of a few thousand nodes so
 * callers can spread it over short tasks.
 */
export function* walkText(root: Node, out: TextMap): Generator<void, void, void> {
  const { nodes, starts, chunks } = out;
  const doc = root.ownerDocument ?? (root as Document);
  // Whether a line break certainly comes before the next text read.
  let broken = false;
  let first = nodes.length;
  let chunkAt = out.length;
  const close = () => {
    if (nodes.length > first) chunks.push({ text: readChunk(nodes, first), at: chunkAt, first });
    first = nodes.length;
    chunkAt = out.length;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  let node: Text | null;
  while ((node = walker.nextNode() as Text | null)) {
    const length = node.length;
    if (!length) continue;
    // Scripts and styles in the body can hold megabytes (a page's state as JSON): a
    // long text node is worth one look at its parent. (Short ones are read; the
    // structure pass leaves them out all the same.)
    if (length > LONG_TEXT && leftOutParent(node)) {
      close();
      broken = true;
      continue;
    }
    if (broken) {
      if (out.length) chunkAt = ++out.length;
      broken = false;
    }
    nodes.push(node);
    starts.push(out.length);
    out.length += length;
    if (out.length - chunkAt >= CHUNK_CHARS || nodes.length - first >= CHUNK_NODES) {
      close();
      yield;
    }
  }
  close();
}

/**
 * Lets go of the walk's nodes from `from` on that end before `upTo` and lie farther than
 * `reach` from every offset in `near` (sorted); returns where the next call starts.
 */
export function releaseNodes(map: TextMap, from: number, upTo: number, near: readonly number[], reach: number): number {
  const { nodes, starts } = map;
  let c = 0;
  let i = from;
  for (; i + 1 < nodes.length && starts[i + 1] <= upTo; i++) {
    while (c < near.length && near[c] < starts[i] - reach) c++;
    if (c === near.length || near[c] > starts[i + 1] + reach) nodes[i] = undefined;
  }
  return i;
}

/** Synchronous walk, for small subtrees and tests. */
export function collectText(root: Node): TextMap {
  const out = emptyTextMap();
  for (const _ of walkText(root, out));
  return out;
}

/**
 * Whether a block boundary (or left-out element) lies between two text nodes of one
 * tree, `a` before `b`: walks the elements between them in document order.
 */
function blockBetween(a: Text, b: Text): boolean {
  let brk = false;
  let node: Node = a;
  let descend = false;
  for (let steps = 0; steps < MAX_BETWEEN; steps++) {
    let next = descend ? firstChildOf.call(node) : null;
    for (let at: Node | null = node; !next; ) {
      next = nextSiblingOf.call(at);
      if (next) break;
      at = parentOf.call(at);
      if (!(at instanceof Element)) return true; // out of the tree without meeting b
      if ((KIND.get(at.localName) ?? BLOCK) !== INLINE) brk = true; // leaving a block
    }
    node = next!;
    if (node === b) return brk;
    descend = false;
    if (node instanceof Element) {
      const el = node;
      if (isLeftOut(el)) brk = true;
      else {
        if ((KIND.get(el.localName) ?? BLOCK) !== INLINE) brk = true;
        descend = true;
      }
    }
  }
  return true;
}

/** A stretch of the page text as the finder reads it, and where page-text offsets fall in it. */
export interface Stretch {
  map: TextMap;
  text: string;
  /** The offset in the stretch of offset `offset` of the walk's map. */
  at(offset: number): number;
}

/** The last k in [0, count) for which `atOrBefore(k)` holds (they all come first), else 0. */
function lastIndex(count: number, atOrBefore: (k: number) => boolean): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (atOrBefore(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The chunk holding nodes[i] of the walk's `map`, and where that node's text ends. */
function chunkAndEnd(map: TextMap, i: number): { chunk: Chunk; end: number } {
  const { chunks, starts } = map;
  const k = lastIndex(chunks.length, (c) => chunks[c].first <= i);
  const chunk = chunks[k];
  const next = chunks[k + 1]?.first ?? map.nodes.length;
  return { chunk, end: i + 1 < next ? starts[i + 1] : chunk.at + chunk.text.length };
}

/**
 * The stretch [from, to) of the walk's `map` with the page's structure put back:
 * left-out text gone, a "\n" where blocks meet. `leftOut` is a scan's leftOutCheck().
 */
export function stretchOf(map: TextMap, from: number, to: number, leftOut: (node: Node) => boolean): Stretch {
  const local = emptyTextMap();
  const kept: number[] = [];
  /** Where each kept node ends in the walk's map. */
  const ends: number[] = [];
  let text = '';
  let end = 0;
  for (let i = indexAt(map, from); i < map.nodes.length && map.starts[i] < to; i++) {
    const node = map.nodes[i];
    // A node let go of lies beyond every stretch's reach (releaseNodes): never met here.
    if (!node || leftOut(node)) continue;
    const { chunk, end: nodeEnd } = chunkAndEnd(map, i);
    // The first node starts at 0, or before when the stretch begins inside it.
    let start = Math.min(0, map.starts[i] - from);
    if (kept.length) {
      const gap = map.starts[i] > ends[ends.length - 1];
      start = end + (gap || blockBetween(map.nodes[kept[kept.length - 1]]!, node) ? 1 : 0);
      if (start > end) text += '\n';
    }
    kept.push(i);
    ends.push(nodeEnd);
    local.nodes.push(node);
    local.starts.push(start);
    end = start + nodeEnd - map.starts[i];
    text += chunk.text.slice(Math.max(from, map.starts[i]) - chunk.at, Math.min(to, nodeEnd) - chunk.at);
  }
  const at = (offset: number) => {
    const i = indexAt(map, offset);
    let k = 0;
    while (k < kept.length && kept[k] < i) k++;
    if (k === kept.length) return end;
    if (kept[k] > i) return local.starts[k];
    return local.starts[k] + Math.min(offset, ends[k]) - map.starts[i];
  };
  local.length = Math.max(0, at(to));
  local.chunks.push({ text, at: 0, first: 0 });
  return { map: local, text, at };
}

/** The text from `from` to `to` of a map as it was read, "\n" in the gaps. */
export function textOf(map: TextMap, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const chunk of map.chunks) {
    const end = chunk.at + chunk.text.length;
    if (end <= at) continue;
    if (chunk.at >= to) break;
    if (at < chunk.at) {
      text += '\n'; // the gap just before this chunk
      at = chunk.at;
    }
    text += chunk.text.slice(at - chunk.at, to - chunk.at);
    at = Math.min(end, to);
  }
  return text;
}

/** Index of the last node starting at or before `offset` (the one after, when `atEnd` and it starts there). */
function indexAt(map: TextMap, offset: number, atEnd = false): number {
  const { starts } = map;
  return lastIndex(starts.length, (k) => starts[k] < offset || (!atEnd && starts[k] === offset));
}

/** Finds the text node and offset for a position in a map's text. */
export function locate(map: TextMap, offset: number, atEnd = false): { node: Text; offset: number } {
  const i = indexAt(map, offset, atEnd);
  const node = map.nodes[i]!;
  // The live node may have changed since it was read.
  return { node, offset: Math.max(0, Math.min(offset - map.starts[i], node.data.length)) };
}
