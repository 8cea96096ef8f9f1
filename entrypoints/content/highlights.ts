// Marks mentions with the CSS Custom Highlight API: one named Highlight per topic, so
// the page's DOM is never touched. The names' look comes with the content script, in
// the stylesheet the manifest injects (lib/highlight-css.ts): no sheet is added here.
import { highlightName, shadowHighlightCss } from '@/lib/highlight-css';
import { TOPIC_IDS, type TopicId } from '@/lib/types';
import { drawOverlay, removeOverlay } from './overlay';
import type { HighlightStyle } from '@/utils/settings';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let style: HighlightStyle = 'underline';
/** Our entries in the page's highlight registry, which page scripts share. */
const ours = new Map<string, Highlight>();

function mark(name: string, highlight: Highlight): void {
  ours.set(name, highlight);
  CSS.highlights.set(name, highlight);
}

function unmark(name: string): void {
  // Only our own: another instance of ours may hold the name now.
  if (CSS.highlights.get(name) === ours.get(name)) CSS.highlights.delete(name);
  ours.delete(name);
}

/** Sets the highlight style: the marks move to that style's names (a repaint, no restyle). */
export function applyHighlightStyle(next: HighlightStyle): void {
  if (next === style || !supportsHighlights()) return void (style = next);
  for (const topic of TOPIC_IDS) {
    const highlight = ours.get(highlightName(topic, style));
    unmark(highlightName(topic, style));
    if (highlight) mark(highlightName(topic, next), highlight);
  }
  style = next;
}

// Firefox draws a ::highlight() only by the rules of the tree its text is in, so the
// manifest's sheet, which styles the document, leaves marks in a page's shadow roots
// invisible there: those roots get rules of their own (lib/highlight-css.ts says why they
// go dark with the extension). In Chromium, text there inherits the :root rules' looks.
let shadowSheet: CSSStyleSheet | undefined;
const styledRoots = new Set<ShadowRoot>();
function styleShadowRoot(range: Range): void {
  const root = range.startContainer.getRootNode();
  if (!(root instanceof ShadowRoot) || styledRoots.has(root)) return;
  if (!shadowSheet) (shadowSheet = new CSSStyleSheet()).replaceSync(shadowHighlightCss());
  root.adoptedStyleSheets.push(shadowSheet);
  styledRoots.add(root);
}

export function setHighlights(rangesByTopic: ReadonlyMap<TopicId, Range[]>): void {
  if (!supportsHighlights()) return drawOverlay(rangesByTopic);
  for (const topic of TOPIC_IDS) {
    const ranges = rangesByTopic.get(topic) ?? [];
    if (import.meta.env.FIREFOX) ranges.forEach(styleShadowRoot);
    if (ranges.length) mark(highlightName(topic, style), new Highlight(...ranges));
    else unmark(highlightName(topic, style));
  }
}

/** Takes every mark and the overlay of ours out of the page. */
export function removeHighlights(): void {
  removeOverlay();
  if (!supportsHighlights()) return;
  [...ours.keys()].forEach(unmark);
  if (import.meta.env.FIREFOX) {
    for (const root of styledRoots) {
      const at = root.adoptedStyleSheets.indexOf(shadowSheet!);
      if (at >= 0) root.adoptedStyleSheets.splice(at, 1);
    }
    styledRoots.clear();
  }
}

/** Marks the mention the card is about more strongly. */
export function setActiveHighlight(topic: TopicId | null, range: Range | null): void {
  if (!supportsHighlights()) return;
  for (const t of TOPIC_IDS) unmark(highlightName(t, 'active'));
  if (topic && range) mark(highlightName(topic, 'active'), new Highlight(range));
}
