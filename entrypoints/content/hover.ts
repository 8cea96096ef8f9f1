// The card follows the pointer: it opens when the pointer rests on a mention and
// closes when it leaves. While the page has no mention, a pointer move costs nothing.
import type { CardController } from './card';
import type { ContentContext } from './context';
import { mentionAtPoint } from './page-mentions';
import type { PageMention } from './scanner';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;

export function followPointer(
  ctx: ContentContext,
  card: CardController,
  mentions: () => PageMention[],
  open: (m: PageMention) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { x: number; y: number } | null = null;
  const onFrame = () => {
    if (!pending) return;
    const { x, y } = pending;
    pending = null;
    const m = mentionAtPoint(mentions(), x, y);
    ctx.clearTimeout(timer);
    if (m && m !== card.current) timer = ctx.setTimeout(() => open(m), HOVER_OPEN_MS);
    else if (!m && card.current) timer = ctx.setTimeout(() => card.close(), HOVER_CLOSE_MS);
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (e: PointerEvent) => {
      if (card.owns(e)) return ctx.clearTimeout(timer);
      // No mention, no caret lookup (an open card always has its mention).
      if (!mentions().length) return;
      if (!pending) ctx.requestAnimationFrame(onFrame);
      pending = { x: e.clientX, y: e.clientY };
    },
    { passive: true },
  );
}
