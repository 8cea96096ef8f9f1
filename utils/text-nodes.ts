// Reads visible text as a map of text nodes with their offsets in the page text, so
// the finder sees "<b>Liège</b> Airport" as "Liège Airport" and paragraphs apart.
// The page text is never joined into one string: the finder's first pass reads the
// nodes as the walk finds them, and only stretches around candidates are put together.
// The walk is a generator that yields every few thousand nodes, so callers can spread
// it over short tasks.

// What the walk does with an element, keyed by localName (lowercase for HTML, SVG and
// MathML roots): reading it is cheaper than upper-casing nodeName. Others are blocks.
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
const NODES_PER_SLICE = 4000;
/** Text counts towards a slice too: this many characters weigh as much as one node. */
const CHARS_PER_NODE = 64;

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
  // Most elements carry no attribute at all: one call instead of four lookups.
  return KIND.get(name) === SKIP || (el.hasAttributes() && skippedByAttributes(el));
}

function skippedByAttributes(el: Element): boolean {
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
 * Walks `root` (and open shadow roots inside it), filling `out`. Block boundaries
 * become "\n" so mentions never span paragraphs.
 */
export function* walkText(root: Node, out: TextMap): Generator<void, void, void> {
  const walk = textWalker(root, out);
  while (walk()) yield;
}

/** The walk as a function that goes on for one slice per call and tells whether more is left. */
function textWalker(root: Node, out: TextMap): () => boolean {
  const { nodes, datas, starts } = out;
  let pendingBreak = out.length > 0;
  // Explicit stack instead of recursion: a 200,000-node DOM must not overflow it.
  const stack: Array<Node | null> = [root.firstChild];
  // Per stack level: whether leaving it crosses a block boundary.
  const blockExits: boolean[] = [false];
  // A plain loop with its state in locals, not a generator: this visits every node of the page.
  return function walkSlice() {
    let length = out.length;
    let pending = pendingBreak;
    let budget = NODES_PER_SLICE;
    while (stack.length) {
      const node = stack[stack.length - 1];
      if (!node) {
        stack.pop();
        if (blockExits.pop()) pending = true;
        continue;
      }
      stack[stack.length - 1] = node.nextSibling;
      if (--budget < 0) {
        stack[stack.length - 1] = node; // not read yet
        break;
      }
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (!data) continue;
        if (pending && length > 0) length += 1;
        pending = false;
        nodes.push(node as Text);
        datas.push(data);
        starts.push(length);
        length += data.length;
        budget -= (data.length / CHARS_PER_NODE) | 0;
      } else if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        // Only a <form> can be clobbered, and then even localName may not be a string.
        if ((name === 'form' || typeof name !== 'string') && isClobberedForm(el)) {
          stack[stack.length - 1] = nextSiblingOf(node);
          pending = true;
          continue;
        }
        const kind = KIND.get(name) ?? BLOCK;
        if (kind === SKIP || (el.hasAttributes() && skippedByAttributes(el))) {
          pending = true;
          continue;
        }
        if (kind === BLOCK) pending = true;
        const shadow = (el as HTMLElement).shadowRoot;
        // Shadow content renders instead of light children (slots aside): walk it first.
        stack.push(el.firstChild);
        blockExits.push(kind === BLOCK);
        if (shadow) {
          stack.push(shadow.firstChild);
          blockExits.push(false);
        }
      } else if (type !== 8 && isClobberedForm(node)) {
        // A form whose nodeType is clobbered.
        stack[stack.length - 1] = nextSiblingOf(node);
        pending = true;
      }
    }
    out.length = length;
    pendingBreak = pending;
    return stack.length > 0;
  };
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
