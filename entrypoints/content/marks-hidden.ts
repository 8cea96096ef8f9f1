// Whether the reader hid the marks on this tab (the shortcut: background/commands.ts). Known
// and answered from the start, while the settings are on their way: a press, or a frame's
// question (background/marks-hidden.ts), is not lost then.
import { browser } from 'wxt/browser';
import type { FromContent, ToContent } from '@/lib/messages';

export interface MarksHidden {
  readonly hidden: boolean;
  /** Resolves once this frame knows: a frame asks the top frame; a top frame shows a new page (shown). */
  readonly known: Promise<void>;
  /** Called when a message changes the state. */
  onChange?: () => void;
  /** Handles (and answers at once) a message about the state; false for any other message. */
  handle(msg: ToContent, answer?: (reply: unknown) => void): boolean;
  /** Hiding lasts until the tab shows another page. */
  showNewPage(): void;
}

export function marksHidden(top: boolean): MarksHidden {
  let hidden = false;
  // A state the frame is told wins over the answer to its own question: that answer may
  // predate a press, and every later press is told too.
  let told = false;
  const set = (next: boolean) => {
    told = true;
    if (next === hidden) return;
    hidden = next;
    state.onChange?.();
  };
  const state: MarksHidden = {
    get hidden() {
      return hidden;
    },
    known: top
      ? Promise.resolve()
      : askTopFrame().then((answer) => {
          if (!told) hidden = answer;
        }),
    handle(msg, answer) {
      // Asked of the top frame only, for a frame that starts.
      if (msg.type === 'get-marks-hidden') answer?.(hidden);
      // The top frame flips and answers; then every frame is told the state (commands.ts).
      else if (msg.type === 'toggle-marks') {
        set(!hidden);
        answer?.(hidden);
      } else if (msg.type === 'set-marks-hidden') set(msg.hidden);
      else return false;
      return true;
    },
    showNewPage() {
      hidden = false;
    },
  };
  return state;
}

function askTopFrame(): Promise<boolean> {
  const ask: FromContent = { type: 'get-marks-hidden' };
  return browser.runtime.sendMessage(ask).then(
    (hidden) => hidden === true,
    () => false,
  );
}
