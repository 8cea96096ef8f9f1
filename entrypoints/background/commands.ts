// Keyboard shortcuts (manifest `commands`): step through the mentions on the active tab, close
// the card, hide or show the marks.
import { browser } from 'wxt/browser';
import type { ToContent } from '@/lib/messages';

export const COMMAND_MESSAGES: Record<string, ToContent> = {
  'next-mention': { type: 'step-mention', step: 1 },
  'previous-mention': { type: 'step-mention', step: -1 },
  'close-card': { type: 'close-card' },
  'toggle-marks': { type: 'toggle-marks' },
};

export function startCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    const msg = COMMAND_MESSAGES[command];
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!msg || tab?.id === undefined) return;
    if (msg.type === 'toggle-marks') return toggleMarks(tab.id);
    // The card lives in the top frame.
    await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => undefined);
  });
}

/**
 * Marks are hidden in every frame of the tab. The top frame flips its state and every frame
 * is then told that state: a frame that started while the message went out (and asked the
 * top frame how things were) is put right by the next press, never left inverted. Without
 * a script of ours in the top frame (a site we do not run on), each frame flips its own.
 */
export async function toggleMarks(tabId: number): Promise<void> {
  const toggle: ToContent = { type: 'toggle-marks' };
  const hidden: unknown = await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 }).catch(() => undefined);
  const msg: ToContent = typeof hidden === 'boolean' ? { type: 'set-marks-hidden', hidden } : toggle;
  await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}
