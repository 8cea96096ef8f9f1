// Reads visible text as one string with a map back to its text nodes, so the finder
// sees "<b>Liège</b> Airport" as "Liège Airport". The walk is a generator that
// yields every few thousand nodes, so callers can spread it over short tasks.

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

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

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
 * Walks `root` (and open shadow roots inside it), filling `out`. Block boundaries
 * become "\n" so mentions never span paragraphs.
 */
export function* walkText(root: Node, out: TextMap): Generator<void, void, void> {
  // Each slice joins its own parts: a single join of 100k+ small strings at the end
  // would be one 20 ms task on a 5 MB page, while joining ~40 slice pieces is a copy.
  const pieces: string[] = [out.text];
  let parts: string[] = [];
  let length = out.text.length;
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
      pieces.push(parts.join(''));
      parts = [];
      yield;
    }
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      out.nodes.push(node as Text);
      out.starts.push(length);
      parts.push(data);
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
  pieces.push(parts.join(''));
  out.text = pieces.join('');
}

/** Synchronous walk, for small subtrees and tests. */
export function collectText(root: Node): TextMap {
  const out: TextMap = { text: '', nodes: [], starts: [] };
  for (const _ of walkText(root, out));
  return out;
}

/** Finds the text node and offset for a position in `map.text` (binary search). */
export function locate(map: TextMap, offset: number, atEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!atEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: Math.min(offset - starts[lo], nodes[lo].data.length) };
}
