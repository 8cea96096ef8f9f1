// The hide/show shortcut: the top frame flips, then every frame of the tab is told its state.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCommands, toggleMarks } from './commands';

describe('the hide/show shortcut', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['hidden', true],
    ['shown', false],
  ])('tells every frame the state the top frame took (%s): set, not flipped', async (_, hidden) => {
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) =>
      msg.type === 'toggle-marks' ? hidden : undefined) as never);
    await toggleMarks(7);
    expect(sent.mock.calls).toEqual([
      [7, { type: 'toggle-marks' }, { frameId: 0 }],
      [7, { type: 'set-marks-hidden', hidden }],
    ]);
  });

  it.each([
    ['no script of ours in the top frame', () => Promise.reject(new Error('Receiving end does not exist'))],
    ['an answer that is no state', () => Promise.resolve('yes')],
  ])('lets each frame flip its own with %s', async (_, topAnswer) => {
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(((_tab: number, _msg: unknown, options?: { frameId?: number }) =>
      options?.frameId === 0 ? topAnswer() : Promise.resolve(undefined)) as never);
    await toggleMarks(7);
    expect(sent.mock.calls.at(-1)).toEqual([7, { type: 'toggle-marks' }]);
  });

  it.each([
    ['toggle-marks', [[7, { type: 'toggle-marks' }, { frameId: 0 }], [7, { type: 'set-marks-hidden', hidden: true }]]],
    ['next-mention', [[7, { type: 'step-mention', step: 1 }, { frameId: 0 }]]],
    ['close-card', [[7, { type: 'close-card' }, { frameId: 0 }]]],
  ])('on the %s shortcut sends what it should to the active tab', async (command, calls) => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) =>
      msg.type === 'toggle-marks' ? true : undefined) as never);
    // The fake browser has no commands: catch the listener and press the shortcut through it.
    let press!: (command: string) => Promise<void>;
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(((listener: typeof press) => (press = listener)) as never);
    startCommands();
    await press(command);
    await vi.waitFor(() => expect(sent.mock.calls).toEqual(calls));
  });
});
