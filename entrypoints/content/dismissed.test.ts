// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDismissed, getDismissed, mentionKey } from './dismissed';

const URL_A = 'https://www.lesoir.be/a';
const stored = async () => (await fakeBrowser.storage.local.get('dismissed')).dismissed as Record<string, string[]>;
const store = (value: unknown) => fakeBrowser.storage.local.set({ dismissed: value });

describe('dismissed mentions in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers dismissals per page, ignoring the #fragment', async () => {
    await addDismissed(`${URL_A}#top`, 'cainiao|cainiao|para');
    expect([...(await getDismissed(URL_A))]).toEqual(['cainiao|cainiao|para']);
    expect((await getDismissed('https://www.lesoir.be/b')).size).toBe(0);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['an array', [[URL_A, ['k']]]],
    ['a page mapped to a string', { [URL_A]: 'cainiao|cainiao|para' }],
    ['a page mapped to an object', { [URL_A]: { 0: 'k' } }],
  ])('reads %s as "nothing dismissed" and repairs it on the next write', async (_, value) => {
    await store(value);
    expect((await getDismissed(URL_A)).size).toBe(0);
    await addDismissed(URL_A, 'vsse|vsse|p');
    expect(await stored()).toEqual({ [URL_A]: ['vsse|vsse|p'] });
  });

  it('keeps the valid keys of a page and drops wrong types and oversized keys', async () => {
    await store({ [URL_A]: ['good', 7, null, { k: 1 }, 'x'.repeat(10_000), ['nested']], other: 5 });
    expect([...(await getDismissed(URL_A))]).toEqual(['good']);
  });

  it('bounds huge records: newest pages and keys only, oversized URLs dropped', async () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`https://www.lesoir.be/p${i}`, [`k${i}`]]));
    const manyKeys = Array.from({ length: 100_000 }, (_, i) => `key-${i}`);
    await store({ ...many, [`https://www.lesoir.be/${'x'.repeat(100_000)}`]: ['k'], [URL_A]: manyKeys });
    const keys = await getDismissed(URL_A);
    expect(keys.size).toBeLessThanOrEqual(200);
    expect(keys.has('key-99999')).toBe(true);
    await addDismissed('https://www.lesoir.be/new', 'k');
    const after = await stored();
    expect(Object.keys(after).length).toBeLessThanOrEqual(500);
    expect(Object.keys(after).at(-1)).toBe('https://www.lesoir.be/new');
    expect(after['https://www.lesoir.be/p0']).toBeUndefined();
    expect(JSON.stringify(after).length).toBeLessThan(200_000);
  });

  it('never lets a stored "__proto__" key change the record’s prototype', async () => {
    await store(JSON.parse(`{"__proto__": ["polluted"], "${URL_A}": ["k"]}`));
    await addDismissed(URL_A, 'k2');
    const after = await stored();
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(after[URL_A]).toEqual(['k', 'k2']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a storage area that throws', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    expect((await getDismissed(URL_A)).size).toBe(0);
  });

  it('writes nothing over a record it could not read', async () => {
    await addDismissed(URL_A, 'cainiao|cainiao|para');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await expect(addDismissed('https://www.lesoir.be/b', 'vsse|vsse|p')).rejects.toThrow('storage gone');
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ [URL_A]: ['cainiao|cainiao|para'] });
  });

  it('keeps every dismissal when several are made at once', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => addDismissed(URL_A, k)));
    expect(await stored()).toEqual({ [URL_A]: ['a', 'b', 'c', 'd'] });
  });
});

describe('"not this topic" keys', () => {
  /** The mention of `words` in the element `id`, with whatever paragraph text the scan happened to cut around it. */
  const mentionIn = (id: string, words: string, paragraph: string) => {
    const text = document.getElementById(id)!.firstChild as Text;
    const range = new Range();
    range.setStart(text, text.data.indexOf(words));
    range.setEnd(text, text.data.indexOf(words) + words.length);
    return { topic: 'cainiao', text: words, range, paragraph };
  };

  it('stay the same when a block is rescanned with other edges around the mention', () => {
    const long = 'Filler words about the port and its weather. '.repeat(20);
    document.body.innerHTML = `<article><p id="a">${long}Cainiao opened a hub. ${long}</p><p id="b">Cainiao again, elsewhere.</p></article>`;
    // Two scans whose stretches started at different places cut different paragraph text.
    const first = mentionIn('a', 'Cainiao', `${long.slice(-300)}Cainiao opened a hub.`);
    const again = mentionIn('a', 'Cainiao', `${long.slice(-120)}Cainiao opened a hub. ${long.slice(0, 50)}`);
    expect(mentionKey(again)).toBe(mentionKey(first));
    expect(mentionKey(mentionIn('b', 'Cainiao', 'Cainiao again, elsewhere.'))).not.toBe(mentionKey(first));
  });
});
