// The card's rendering code (Preact, the Card component, its CSS) is a script of its
// own, entrypoints/card-ui.tsx, injected into a page's content-script world only when
// a card first opens: most pages never pay for it. It hands itself over through
// this key on the isolated world's global object, which page scripts cannot see.
import type { CardProps } from '@/components/Card';
import type { TopicId } from '@/lib/types';

/** The card's props with the topic named by id: the content script has no topic texts. */
export type CardUiProps = Omit<CardProps, 'topic'> & { topicId: TopicId };

export interface CardUi {
  /** The card's stylesheet, for our shadow root. */
  css: string;
  render(mount: HTMLElement, props: CardUiProps): void;
  unmount(mount: HTMLElement): void;
}

const KEY = Symbol.for('fact-notes.card-ui');
type WithCardUi = typeof globalThis & { [KEY]?: CardUi };

export const registeredCardUi = (): CardUi | undefined => (globalThis as WithCardUi)[KEY];

export function registerCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[KEY] = ui;
}

/** Forgets the UI when the content script ends: after an update, the next one injects its own version. */
export function unregisterCardUi(): void {
  delete (globalThis as WithCardUi)[KEY];
}

/** Packaged path of the built card-ui entrypoint. */
export const CARD_UI_FILE = '/card-ui.js';
