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

  it.each([{ type: 'open-library', topic: 'javascript:alert(1)' }, { type: 'open-library' }, null, 'open-library'])('ignores %j', async (msg) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onMessage.trigger(msg, fromTab);
    expect(create).not.toHaveBeenCalled();
  });
});
