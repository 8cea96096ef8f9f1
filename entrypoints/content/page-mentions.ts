// The mentions currently marked on this page, in document order, and the pure-ish
// operations on them: replace those under changed subtrees, find one again after a rescan,
// look one up by point.
import { TOPIC_IDS, type TopicId } from '@/lib/types';
import { OWN_UI_ATTR } from './text-nodes';
import type { PageMention } from './scanner';

export function inDocumentOrder(mentions: PageMention[]): PageMention[] {
  return mentions.sort(compareMentions);
}

/** The node itself, or the shadow host in the document tree that holds it. */
function inDocumentTree(node: Node): Node {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

function compareMentions(a: PageMention, b: PageMention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  // Ranges in different trees (an open shadow root) cannot be compared directly: it throws.
  if (x.getRootNode() === y.getRootNode()) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  const hx = inDocumentTree(x);
  const hy = inDocumentTree(y);
  if (hx === hy) return 0;
  const pos = hx.compareDocumentPosition(hy);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/** Mentions that survive a rescan of `roots`: still attached and outside every root (and the shadow roots in it). */
export function outsideRoots(mentions: PageMention[], roots: Node[]): PageMention[] {
  // Up each mention's ancestors against a set: a batch can hold a thousand roots.
  const rootSet = new Set(roots);
  const inRoot = (node: Node) => {
    // From a shadow root on to its host: a rescan of a root reads its shadow roots again.
    for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (rootSet.has(n)) return true;
    return false;
  };
  return mentions.filter((m) => {
    const node = m.range.startContainer;
    return node.isConnected && !m.range.collapsed && !inRoot(node);
  });
}

/** `m` in `mentions`, or the record a rescan made for the same words: same topic, same boundaries. */
export function foundAgain(m: PageMention, mentions: readonly PageMention[]): PageMention | undefined {
  const { startContainer, startOffset, endContainer, endOffset } = m.range;
  const same = ({ topic, range: r }: PageMention) =>
    topic === m.topic && r.startContainer === startContainer && r.startOffset === startOffset && r.endContainer === endContainer && r.endOffset === endOffset;
  return mentions.find((x) => x === m || same(x));
}

export function rangesByTopic(mentions: PageMention[]): Map<TopicId, Range[]> {
  const map = new Map<TopicId, Range[]>(TOPIC_IDS.map((t) => [t, []]));
  for (const m of mentions) map.get(m.topic)!.push(m.range);
  return map;
}

/** The mention drawn under the viewport point (x, y), if any. */
export function mentionAtPoint(mentions: PageMention[], x: number, y: number): PageMention | undefined {
  // Without naming them, the caret lookup stops at shadow hosts and never sees their text.
  const shadowRoots = [...new Set(mentions.map((m) => m.range.startContainer.getRootNode()))].filter(
    (r): r is ShadowRoot => r instanceof ShadowRoot,
  );
  const caret = caretAt(x, y, shadowRoots);
  // Over a form field the caret is the field element and an offset in its value, which a
  // Range cannot take (isPointInRange throws): words are only ever in text (or CDATA).
  if (!caret || caret.node.nodeType < 3) return undefined;
  for (const m of mentions) {
    if (m.range.startContainer.getRootNode() !== caret.node.getRootNode()) continue;
    if (!m.range.isPointInRange(caret.node, caret.offset)) continue;
    // The caret snaps to the nearest text even in margins: confirm the pointer is on the words.
    for (const r of m.range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
    }
  }
  return undefined;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** The mention's article (its nearest <article>), or null for the page where there is none. */
export function articleOf(m: PageMention): Element | null {
  const node = m.range.startContainer;
  return (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('article') ?? null;
}

const BLOCKISH = /^(P|DIV|LI|ARTICLE|SECTION|MAIN|BODY|TD|TH|BLOCKQUOTE|H[1-6]|DD|DT|FIGCAPTION|HEADER|FOOTER|ASIDE|NAV|UL|OL|TABLE|FORM)$/;

/** Characters of the mention's paragraph kept on each side of it, in whole sentences. */
const PARAGRAPH_SIDE = 700;
/** A sentence's end: its mark, closing quotes or brackets, a space. */
const SENTENCE_END = `[.!?…][)"'’”»]*\\s`;
/** What follows the first sentence end; all up to the last one. */
const FROM_SENTENCE = new RegExp(SENTENCE_END + '([^]*)');
const TO_SENTENCE = new RegExp(`^([^]*${SENTENCE_END})`);

/**
 * The text before and after `range` in its paragraph: its nearest block ancestor (p, li,
 * td, a heading, a div with no blocks in it…), or, in a container that holds blocks too,
 * the inline content between them. Inside a shadow root, within its own tree.
 */
export function aroundInParagraph(range: Range): [before: string, after: string] {
  const { startContainer: a, startOffset: i, endContainer: b, endOffset: j } = range;
  let child: Node = a;
  let el = a.parentElement;
  for (; el && !BLOCKISH.test(el.nodeName); el = el.parentElement) child = el;
  const r = new Range();
  r.selectNodeContents(el ?? child.parentNode ?? child);
  for (let s = child.previousSibling; s; s = s.previousSibling) if (BLOCKISH.test(s.nodeName)) { r.setStartAfter(s); break; }
  for (let s = child.nextSibling; s; s = s.nextSibling) if (BLOCKISH.test(s.nodeName)) { r.setEndBefore(s); break; }
  const after = r.cloneRange();
  r.setEnd(a, i);
  after.setStart(b, j);
  // No more than is kept: one huge text node is not copied out for each mention in it.
  if (i > PARAGRAPH_SIDE) r.setStart(a, i - PARAGRAPH_SIDE - 1);
  if ((b as Text).length > j + PARAGRAPH_SIDE) after.setEnd(b, j + PARAGRAPH_SIDE + 1);
  return [r.toString(), after.toString()];
}

/**
 * The mention's paragraph as the background reads it (notes, figures) and the popup shows
 * it. A long one keeps PARAGRAPH_SIDE characters each side, cut at a sentence's end only:
 * a number cut in two reads as another ("0,000 m²").
 */
export function paragraphOf(range: Range): string {
  const [before, after] = aroundInParagraph(range);
  const side = (s: string, re: RegExp, part: string) => (s.length > PARAGRAPH_SIDE ? (re.exec(part)?.[1] ?? '') : s);
  // A new string (replace), holding no reference to the block's text.
  return (side(before, FROM_SENTENCE, before.slice(-PARAGRAPH_SIDE)) + range + side(after, TO_SENTENCE, after.slice(0, PARAGRAPH_SIDE)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The nearest block-level ancestor: the smallest subtree whose text can hold the change. */
export function blockAncestor(node: Node): Node {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCKISH.test(el.nodeName) && !el.hasAttribute(OWN_UI_ATTR)) return el;
  }
  return document.body ?? document.documentElement;
}
