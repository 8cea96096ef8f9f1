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
    // Marks are hidden in every frame of the tab; the card lives in the top frame.
    const frames = msg.type === 'toggle-marks' ? undefined : { frameId: 0 };
    await browser.tabs.sendMessage(tab.id, msg, frames).catch(() => undefined);
  });
}
