// Opens and closes the card for one mention. The shadow host is created on first use,
// so pages where nobody hovers a mention never get any element from us, and the card's
// rendering code is injected only when a card first opens (card-ui-contract.ts).
import { browser } from 'wxt/browser';
import type { CardPosition } from '@/components/Card';
import type { NoteLang } from '@/lib/types';
import { registeredCardUi, type CardUi } from '@/utils/card-ui-contract';
import type { FromContent, NotesReply } from '@/lib/messages';
import type { PageMention } from './scanner';
import { createShadowHost, type ShadowHost } from './shadow-host';

const CARD_WIDTH = 380;
const GAP = 6;
const MARGIN = 8;
const NO_NOTES: NotesReply = { facts: [], sources: [], total: 0 };

export interface CardOptions {
  lang: NoteLang;
  focus: boolean;
  step?: string;
  /** Called with the card's mention as it is then (see `follow`). */
  onDismiss(m: PageMention): void;
}

export interface CardController {
  readonly current: PageMention | null;
  open(m: PageMention, opts: CardOptions): Promise<void>;
  /**
   * The open card's mention is now `m`: the record a rescan made for the same words. `step`
   * is its place in the list the shortcuts step through now; a card that shows its place
   * shows the new one.
   */
  follow(m: PageMention, step?: string): void;
  /** Shows the open card again, in place, with its notes in `lang`; focus stays where the reader has it. */
  showIn(lang: NoteLang): void;
  close(): void;
  /** True when the event happened inside the card. */
  owns(event: Event): boolean;
  /** Closes the card for good and takes its host out of the page. */
  remove(): void;
}

/** Beside the words: below them when there is more room there, else above; never off-screen. */
function placeNear(range: Range): CardPosition {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - CARD_WIDTH - MARGIN));
  const below = window.innerHeight - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  return below >= Math.min(above, 320)
    ? { left, top: rect.bottom + GAP, maxHeight: below }
    : { left, bottom: window.innerHeight - rect.top + GAP, maxHeight: above };
}

async function fetchNotes(m: PageMention, lang: NoteLang): Promise<NotesReply> {
  const msg: FromContent = { type: 'get-notes', topic: m.topic, paragraph: m.paragraph, lang };
  // If the extension was updated or the worker is unreachable, the card still opens, without notes.
  return ((await browser.runtime.sendMessage(msg).catch(() => null)) as NotesReply | null) ?? NO_NOTES;
}

const openLibrary = (msg: FromContent) => void browser.runtime.sendMessage(msg).catch(() => undefined);

let uiLoad: Promise<CardUi | undefined> | undefined;

/**
 * The card UI, injected by the background when a card first opens (not at the first
 * mention: on a 200,000-node page the injection stalls the page for ~270 ms, so only
 * readers who ask for a card pay it). A failed load is tried again next time.
 */
function loadCardUi(): Promise<CardUi | undefined> {
  uiLoad ??= (async () => {
    if (!registeredCardUi()) await browser.runtime.sendMessage({ type: 'load-card-ui' } satisfies FromContent);
    return registeredCardUi();
  })()
    .catch(() => undefined)
    .then((ui) => {
      if (!ui) uiLoad = undefined;
      return ui;
    });
  return uiLoad;
}

export function createCard(onClosed: () => void): CardController {
  let shadow: ShadowHost | null = null;
  let mount: HTMLElement | null = null;
  let current: PageMention | null = null;
  /** What the open card shows, or is about to. */
  let asked: CardOptions | undefined;
  /** Counts opens: one that ends after a later one shows nothing. */
  let opens = 0;
  let removed = false;

  const controller: CardController = {
    get current() {
      return current;
    },
    async open(m, opts) {
      if (removed) return;
      current = m;
      asked = opts;
      const ticket = ++opens;
      const [notes, ui] = await Promise.all([fetchNotes(m, opts.lang), loadCardUi()]);
      if (ticket !== opens || !current) return; // another card (or none) was asked for meanwhile
      // Without its UI (the extension was updated under the page, say) the card stays shut.
      if (!ui) return void controller.close();
      if (!shadow) {
        shadow = createShadowHost(ui.css);
        mount = document.createElement('div');
        shadow.root.append(mount);
      }
      const sources = new Map(notes.sources.map((s) => [s.id, s]));
      ui.render(mount!, {
        topicId: m.topic,
        matched: m.text,
        why: m.why,
        notes: notes.facts,
        figures: notes.figures,
        sourceById: (id) => sources.get(id),
        lang: opts.lang,
        position: placeNear(m.range),
        focus: opts.focus,
        step: opts.step,
        onDismiss: () => current && opts.onDismiss(current),
        onClose: () => controller.close(),
        libraryNotes: notes.total,
        onOpenLibrary: () => openLibrary({ type: 'open-library', topic: m.topic }),
        conflicts: notes.conflicts,
        onOpenConflict: (conflict) => openLibrary({ type: 'open-library', topic: m.topic, conflict }),
      });
      // Focus moves in once: the card shown again (showIn) leaves it where the reader put it.
      asked = { ...opts, focus: false };
    },
    follow(m, step) {
      if (!current) return;
      current = m;
      if (asked?.step && asked.step !== step) void controller.open(m, { ...asked, step });
    },
    showIn(lang) {
      if (current && asked) void controller.open(current, { ...asked, lang });
    },
    close() {
      if (!current) return;
      current = null;
      if (mount) registeredCardUi()?.unmount(mount);
      onClosed();
    },
    owns: (event) => !!shadow?.owns(event),
    remove() {
      controller.close();
      removed = true;
      shadow?.remove();
      shadow = mount = null;
    },
  };
  return controller;
}
