// Marks mentions with the CSS Custom Highlight API: one named Highlight per topic,
// styled by one constructed stylesheet, so the page's DOM is never touched.
import { TOPIC_IDS, type TopicId } from '@/lib/types';
import { drawOverlay, removeOverlay } from './overlay';
import type { HighlightStyle } from '@/utils/settings';
import { TOPIC_COLORS } from '@/lib/topic-colors';

export const highlightName = (topic: TopicId) => `fact-notes-${topic}`;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function highlightCss(style: HighlightStyle): string {
  return TOPIC_IDS.map((topic) => {
    const color = TOPIC_COLORS[topic];
    const rule =
      style === 'underline'
        ? `text-decoration: underline 2px ${color}; text-underline-offset: 3px;`
        : `background-color: color-mix(in srgb, ${color} 28%, transparent);`;
    return `::highlight(${highlightName(topic)}) { ${rule} }\n::highlight(${highlightName(topic)}-active) { background-color: color-mix(in srgb, ${color} 45%, transparent); }`;
  }).join('\n');
}

let style: HighlightStyle = 'underline';
let sheet: CSSStyleSheet | undefined;
/** Our entries in the page's highlight registry, which page scripts share. */
const ours = new Map<string, Highlight>();

function mark(name: string, ranges: Range[]): void {
  const highlight = new Highlight(...ranges);
  ours.set(name, highlight);
  CSS.highlights.set(name, highlight);
}

function unmark(name: string): void {
  // Only our own: another instance of ours may hold the name now.
  if (CSS.highlights.get(name) === ours.get(name)) CSS.highlights.delete(name);
  ours.delete(name);
}

/** Sets the highlight style; the sheet is updated if the page already has one. */
export function applyHighlightStyle(next: HighlightStyle): void {
  style = next;
  sheet?.replaceSync(highlightCss(style));
}

/** Adds our stylesheet (adoptedStyleSheets: no <style> element in the page) on the first
 * mention only: adopting a sheet restyles the whole page, which most pages never need. */
function ensureSheet(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(style));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function setHighlights(rangesByTopic: ReadonlyMap<TopicId, Range[]>): void {
  if (!supportsHighlights()) return drawOverlay(rangesByTopic);
  for (const topic of TOPIC_IDS) {
    const ranges = rangesByTopic.get(topic) ?? [];
    if (ranges.length) {
      ensureSheet();
      mark(highlightName(topic), ranges);
    } else unmark(highlightName(topic));
  }
}

/** Takes every mark, the stylesheet and the overlay of ours out of the page. */
export function removeHighlights(): void {
  removeOverlay();
  if (!supportsHighlights()) return;
  [...ours.keys()].forEach(unmark);
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = undefined;
}

/** Marks the mention the card is about more strongly. */
export function setActiveHighlight(topic: TopicId | null, range: Range | null): void {
  if (!supportsHighlights()) return;
  for (const t of TOPIC_IDS) unmark(`${highlightName(t)}-active`);
  if (topic && range) mark(`${highlightName(topic)}-active`, [range]);
}
