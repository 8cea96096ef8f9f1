import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScript, ownPage } from '@/tests/fakes/messaging';
import { startMarksHiddenRelay } from './marks-hidden';

const ask = async (sender: object) =>
  (await fakeBrowser.runtime.onMessage.trigger({ type: 'get-marks-hidden' }, sender)).find((r) => r !== undefined);
/** The top frame's content script answers `answer` (a function throws: no script there). */
const topFrameSays = (answer: unknown) =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, msg, opts?: { frameId?: number }) => {
    if (opts?.frameId !== 0 || (msg as { type: string }).type !== 'get-marks-hidden') throw new Error('not asked of the top frame');
    if (typeof answer === 'function') return answer();
    return answer;
  });

describe('whether the marks are hidden on a tab, for a frame that starts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startMarksHiddenRelay();
  });

  it('is what the top frame says: hidden when the reader hid them there', async () => {
    const asked = topFrameSays(true);
    expect(await ask(contentScript(7, 3))).toBe(true);
    expect(asked).toHaveBeenCalledWith(7, { type: 'get-marks-hidden' }, { frameId: 0 });
    topFrameSays(false);
    expect(await ask(contentScript(7, 3))).toBe(false);
  });

  it('is "shown" for a top frame (a new page), where the top frame runs no script of ours, and for any answer but true', async () => {
    topFrameSays(true);
    expect(await ask(contentScript(7, 0))).toBe(false);
    for (const answer of [() => { throw new Error('Receiving end does not exist.'); }, undefined, 'true', { hidden: true }]) {
      topFrameSays(answer);
      expect(await ask(contentScript(7, 3))).toBe(false);
    }
  });

  it('is asked only by content scripts', async () => {
    topFrameSays(true);
    expect(await ask(ownPage(7))).toBeUndefined();
  });
});
