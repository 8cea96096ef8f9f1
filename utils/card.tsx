// Opens and closes the card for one mention. The shadow host is created on first use,
// so pages where nobody hovers a mention never get any element from us.
import { render } from 'preact';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import notesCss from '@/components/notes.css?inline';
import { FACTS } from '@/lib/notes';
import { selectNotes } from '@/lib/select-notes';
import { TOPICS } from '@/lib/topics';
import type { NoteLang } from '@/lib/types';
import type { PageMention } from './scanner';
import { createShadowHost, type ShadowHost } from './shadow-host';

const CARD_WIDTH = 380;
const GAP = 6;

export interface CardController {
  readonly current: PageMention | null;
  open(m: PageMention, opts: { lang: NoteLang; focus: boolean; step?: string; onDismiss(): void }): void;
  close(): void;
  /** True when the event happened inside the card. */
  owns(event: Event): boolean;
}

function placeBelow(range: Range): { left: number; top: number } {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
  // Below the words when there is room, otherwise above them.
  const below = rect.bottom + GAP;
  const top = below + 240 < window.innerHeight ? below : Math.max(8, rect.top - GAP - 320);
  return { left, top };
}

export function createCard(onClosed: () => void): CardController {
  let shadow: ShadowHost | null = null;
  let mount: HTMLElement | null = null;
  let current: PageMention | null = null;

  const controller: CardController = {
    get current() {
      return current;
    },
    open(m, opts) {
      const topic = TOPICS.find((t) => t.id === m.topic);
      if (!topic) return;
      if (!shadow) {
        shadow = createShadowHost(`${cardCss}\n${notesCss}`);
        mount = document.createElement('div');
        shadow.root.append(mount);
      }
      current = m;
      render(
        <Card
          topic={topic}
          matched={m.text}
          why={m.why}
          notes={selectNotes(FACTS, m.topic, m.paragraph, { lang: opts.lang })}
          lang={opts.lang}
          position={placeBelow(m.range)}
          focus={opts.focus}
          step={opts.step}
          onDismiss={opts.onDismiss}
          onClose={() => controller.close()}
        />,
        mount!,
      );
    },
    close() {
      if (!current || !mount) return;
      current = null;
      render(null, mount);
      onClosed();
    },
    owns: (event) => !!shadow?.owns(event),
  };
  return controller;
}
