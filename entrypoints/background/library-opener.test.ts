import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScript } from '@/tests/fakes/messaging';
import { startLibraryOpener } from './library-opener';

const fromTab = contentScript(7, 0, { tab: { id: 7, index: 2 } });

describe('startLibraryOpener', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startLibraryOpener();
  });

  it("opens the library at the card's topic in a new tab beside the reader's", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'open-library', topic: 'vsse' }, fromTab);
    expect(await answer).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html#topic=vsse$/), openerTabId: 7, index: 3 });
  });

  it('opens it at one of the topic’s conflicts between sources when the card asks for one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const msg = { type: 'open-library', topic: 'cainiao', conflict: 'cainiao-building-size-differs' };
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(msg, fromTab);
    expect(await answer).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html#conflict=cainiao-building-size-differs$/), openerTabId: 7, index: 3 });
  });

  it.each(['vsse-staff-differs', 'no-such-conflict', 'x#topic=vsse', '../popup.html', 'javascript:alert(1)', 42, null, ['cainiao-investment-differs']])(
    'opens it at the topic, not at a conflict the page named: %j',
    async (conflict) => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      await fakeBrowser.runtime.onMessage.trigger({ type: 'open-library', topic: 'cainiao', conflict }, fromTab);
      expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html#topic=cainiao$/), openerTabId: 7, index: 3 });
    },
  );

  it.each([{ type: 'open-library', topic: 'javascript:alert(1)' }, { type: 'open-library' }, null, 'open-library'])('ignores %j', async (msg) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onMessage.trigger(msg, fromTab);
    expect(create).not.toHaveBeenCalled();
  });
});
