// Reads visible text as a map of text nodes with their offsets in the page text, so
// the finder sees "<b>Liège</b> Airport" as "Liège Airport" and paragraphs apart.
// The page text is never joined into one string: the finder's first pass reads each
// node as the walk meets it, and only stretches around candidates are put together.
// The walk is a generator that yields every few thousand nodes, so callers can spread
// it over short tasks.

// Keyed by localName (lowercase for HTML, SVG and MathML roots): reading it is cheaper
// than upper-casing nodeName, and the walk asks once per element.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template',
  'iframe', 'object', 'svg', 'canvas', 'video', 'audio', 'code', 'pre', 'head', 'title', 'math',
]);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del',
]);
/** Marks the element hosting Fact Notes' own UI; never scanned. */
export const OWN_UI_ATTR = 'data-fact-notes-ui';
const NODES_PER_SLICE = 4000;
/** Longest piece of one text node handed on at once (a 5 MB text node is not one task). */
const PIECE_CHARS = 64 * 1024;

/**
 * The page text: its text nodes in order, where each block boundary between two of
 * them is one line break ("\n").
 */
export interface TextMap {
  nodes: Text[];
  /** Each node's text as the walk read it (the page may change it later). */
  datas: string[];
  /** starts[i] is the offset of nodes[i] in the page text. */
  starts: number[];
  length: number;
}

export const emptyTextMap = (): TextMap => ({ nodes: [], datas: [], starts: [], length: 0 });

/** Elements whose text is never a reading mention: code, forms, editors, our own UI. */
export function isSkipped(el: Element, name: string = el.localName): boolean {
  if (SKIP_TAGS.has(name)) return true;
  // Most elements carry no attribute at all: one call instead of four lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTR) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

// DOM clobbering: a <form> exposes its fields as properties, so <input name="nextSibling">
// shadows form.nextSibling, in our isolated world too (other elements cannot be shadowed
// this way). Such a form is never read into; Node's own accessor finds what follows it.
// The names are the DOM properties the scan reads on elements.
const SCANNED_PROPS = ['nodeType', 'nodeName', 'localName', 'firstChild', 'nextSibling', 'parentElement', 'shadowRoot',
  'hasAttributes', 'hasAttribute', 'getAttribute', 'checkVisibility', 'getClientRects'];
function isClobberedForm(node: Node): boolean {
  return node instanceof HTMLFormElement && SCANNED_PROPS.some((name) => Object.getOwnPropertyDescriptor(node, name));
}
const nextSiblingOf = (node: Node) => Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling')!.get!.call(node) as Node | null;

/** True when `node` sits in a region we never scan (checked upwards, for mutation targets). */
export function isInSkippedRegion(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isClobberedForm(el) || isSkipped(el)) return true;
  }
  return false;
}

/**
 * Walks `root` (and open shadow roots inside it), filling `out` and handing each text
 * node's data to `onText` with its offset. Block boundaries become "\n" so mentions
 * never span paragraphs.
 */
export function* walkText(root: Node, out: TextMap, onText?: (data: string, at: number) => void): Generator<void, void, void> {
  const { nodes, datas, starts } = out;
  let length = out.length;
  let pendingBreak = length > 0;
  let sinceYield = 0;
  // Explicit stack instead of recursion: a 200,000-node DOM must not overflow it.
  const stack: Array<Node | null> = [root.firstChild];
  // Per stack level: whether leaving it crosses a block boundary.
  const blockExits: boolean[] = [false];
  while (stack.length) {
    const node = stack[stack.length - 1];
    if (!node) {
      stack.pop();
      if (blockExits.pop()) pendingBreak = true;
      continue;
    }
    stack[stack.length - 1] = node.nextSibling;
    if (++sinceYield >= NODES_PER_SLICE) {
      sinceYield = 0;
      out.length = length;
      yield;
    }
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      if (pendingBreak && length > 0) length += 1;
      pendingBreak = false;
      nodes.push(node as Text);
      datas.push(data);
      starts.push(length);
      if (onText) {
        if (data.length <= PIECE_CHARS) onText(data, length);
        else yield* inPieces(data, length, onText);
      }
      length += data.length;
    } else if (type === 1) {
      const el = node as Element;
      const name = el.localName;
      // Only a <form> can be clobbered, and then even localName may not be a string.
      if ((name === 'form' || typeof name !== 'string') && isClobberedForm(el)) {
        stack[stack.length - 1] = nextSiblingOf(node);
        pendingBreak = true;
        continue;
      }
      if (isSkipped(el, name)) {
        pendingBreak = true;
        continue;
      }
      const block = !INLINE_TAGS.has(name);
      if (block) pendingBreak = true;
      const shadow = (el as HTMLElement).shadowRoot;
      // Shadow content renders instead of light children (slots aside): walk it first.
      stack.push(el.firstChild);
      blockExits.push(block);
      if (shadow) {
        stack.push(shadow.firstChild);
        blockExits.push(false);
      }
    } else if (type !== 8 && isClobberedForm(node)) {
      // A form whose nodeType is clobbered.
      stack[stack.length - 1] = nextSiblingOf(node);
      pendingBreak = true;
    }
  }
  out.length = length;
}

/** Hands on a long text in pieces with a pause after each; a surrogate pair is never cut. */
function* inPieces(data: string, at: number, onText: (data: string, at: number) => void): Generator<void, void, void> {
  for (let from = 0; from < data.length; ) {
    let to = Math.min(data.length, from + PIECE_CHARS);
    if (to < data.length && (data.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
    onText(data.slice(from, to), at + from);
    from = to;
    yield;
  }
}

/** Synchronous walk, for small subtrees and tests. */
export function collectText(root: Node): TextMap {
  const out = emptyTextMap();
  for (const _ of walkText(root, out));
  return out;
}

/** The page text from `from` to `to`, put together from the nodes as they were read. */
export function textOf(map: TextMap, from: number, to: number): string {
  const { datas, starts } = map;
  let text = '';
  let at = from;
  for (let i = indexAt(map, from); i < datas.length && starts[i] < to; i++) {
    const start = starts[i];
    if (at < start) {
      text += '\n'; // the block boundary just before this node
      at = start;
    }
    const piece = datas[i].slice(at - start, to - start);
    text += piece;
    at += piece.length;
  }
  return text;
}

/** Index of the last node starting at or before `offset` (the one after, when `atEnd` and it starts there). */
function indexAt(map: TextMap, offset: number, atEnd = false): number {
  const { starts } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!atEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Finds the text node and offset for a position in the page text. */
export function locate(map: TextMap, offset: number, atEnd = false): { node: Text; offset: number } {
  const i = indexAt(map, offset, atEnd);
  const node = map.nodes[i];
  // The live node may have changed since it was read.
  return { node, offset: Math.max(0, Math.min(offset - map.starts[i], node.data.length)) };
}
