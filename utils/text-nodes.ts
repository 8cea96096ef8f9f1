// Reads a page's visible text as one string, with a map back to its text nodes,
// so the finder sees "<b>Liège</b> Airport" as "Liège Airport".

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE',
  'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'CODE', 'PRE', 'HEAD', 'TITLE',
]);
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);
/** Marks elements that belong to Fact Notes (the card host); never scanned. */
export const OWN_UI_ATTR = 'data-fact-notes-ui';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTR) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** Collects the text under `root`. Block boundaries become "\n" so mentions never span paragraphs. */
export function collectText(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;

  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        nodes.push(child as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) {
          pendingBreak = true;
          continue;
        }
        const inline = INLINE_TAGS.has(el.tagName.toUpperCase());
        if (!inline) pendingBreak = true;
        visit(el);
        if ((el as HTMLElement).shadowRoot) visit((el as HTMLElement).shadowRoot!);
        if (!inline) pendingBreak = true;
      }
    }
  };
  visit(root);
  return { text: parts.join(''), nodes, starts };
}

/** Finds the text node and offset for a position in `map.text` (binary search). */
export function locate(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: Math.min(offset - starts[lo], nodes[lo].data.length) };
}
