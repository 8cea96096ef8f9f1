// Fallback for browsers without the CSS Custom Highlight API: thin underline boxes
// drawn from range rectangles inside our own shadow root. Still no change to the
// page's own nodes. Boxes use document coordinates, so scrolling needs no redraw.
import type { TopicId } from '@/lib/types';
import { trusted } from './context';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { TOPIC_COLORS } from '@/lib/topic-colors';

let host: ShadowHost | null = null;
let last: ReadonlyMap<TopicId, Range[]> = new Map();
const redraw = trusted(() => drawOverlay(last));

export function drawOverlay(rangesByTopic: ReadonlyMap<TopicId, Range[]>): void {
  last = rangesByTopic;
  if (!host && ![...rangesByTopic.values()].some((r) => r.length)) return;
  host ??= createShadowHost('.box { position: absolute; height: 2px; pointer-events: none; }');
  // The host is fixed at 0,0; offset boxes by the scroll position at draw time.
  host.host.style.setProperty('position', 'absolute', 'important');
  const boxes: HTMLElement[] = [];
  for (const [topic, ranges] of rangesByTopic) {
    for (const range of ranges) {
      for (const r of range.getClientRects()) {
        const box = document.createElement('div');
        box.className = 'box';
        box.style.cssText = `left:${r.left + scrollX}px;top:${r.bottom + scrollY - 1}px;width:${r.width}px;background:${TOPIC_COLORS[topic]}`;
        boxes.push(box);
      }
    }
  }
  host.root.replaceChildren(...boxes);
  addEventListener('resize', redraw, { passive: true }); // adding the same listener again is a no-op
}

export function removeOverlay(): void {
  removeEventListener('resize', redraw);
  host?.remove();
  host = null;
}
