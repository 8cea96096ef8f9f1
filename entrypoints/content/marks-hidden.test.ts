// The marks' state as a frame keeps it: answered and flipped at once; in a frame, a state it
// is told while it asks the top frame wins over the answer, which may predate the press.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ToContent } from '@/lib/messages';
import { marksHidden } from './marks-hidden';

describe('the marks hidden on a tab, as a frame knows them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the top frame: shown from the start without asking, answered and flipped at once, a new page shows them', async () => {
    const asked = vi.spyOn(browser.runtime, 'sendMessage');
    const marks = marksHidden(true);
    const changed = vi.fn();
    marks.onChange = changed;
    const answers: unknown[] = [];
    expect(marks.handle({ type: 'get-marks-hidden' }, (a) => answers.push(a))).toBe(true);
    expect(marks.handle({ type: 'toggle-marks' }, (a) => answers.push(a))).toBe(true);
    expect(marks.handle({ type: 'set-marks-hidden', hidden: true })).toBe(true); // the state it took: no change
    expect(marks.handle({ type: 'step-mention', step: 1 })).toBe(false);
    expect(answers).toEqual([false, true]);
    expect(changed).toHaveBeenCalledTimes(1);
    await marks.known;
    expect(marks.hidden).toBe(true);
    marks.showNewPage();
    expect(marks.hidden).toBe(false);
    expect(asked).not.toHaveBeenCalled();
  });

  it.each([
    ['the tab hides them, nothing told meanwhile', true, [], true],
    ['the tab shows them, told hidden meanwhile', false, [{ type: 'set-marks-hidden', hidden: true }], true],
    ['the tab hid them, told shown meanwhile', true, [{ type: 'set-marks-hidden', hidden: false }], false],
    ['no script of ours in the top frame, flipped meanwhile', false, [{ type: 'toggle-marks' }], true],
  ] as Array<[string, boolean, ToContent[], boolean]>)('in a frame that asks: %s', async (_, answer, told, hidden) => {
    let reply!: (hidden: unknown) => void;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise((resolve) => (reply = resolve)));
    const marks = marksHidden(false);
    told.forEach((msg) => marks.handle(msg));
    reply(answer);
    await marks.known;
    expect(marks.hidden).toBe(hidden);
  });
});
