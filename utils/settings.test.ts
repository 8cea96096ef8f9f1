import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, defaultSettings, type Settings } from '@/lib/settings-schema';

type SettingsModule = typeof import('./settings');

/** A fresh copy of the module, as a newly started extension context would load it (migrations run on load). */
async function load(): Promise<SettingsModule> {
  vi.resetModules();
  return import('./settings');
}

const stored = async (area: 'sync' | 'local') => fakeBrowser.storage[area].get(['settings', 'settings$']);
const refuse = (area: 'sync' | 'local', method: 'get' | 'set') =>
  vi.spyOn(fakeBrowser.storage[area], method).mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
const withDefaults = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });

beforeEach(() => fakeBrowser.reset());

describe('reading and writing settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('saves to sync with the schema version and merges partial changes', async () => {
    const { getSettings, updateSettings } = await load();
    await updateSettings({ language: 'fr' });
    await updateSettings({ topics: { cainiao: false } });
    const expected = withDefaults({ language: 'fr', topics: { cainiao: false, 'liege-airport': true, vsse: true } });
    expect(await getSettings()).toEqual(expected);
    expect(await stored('sync')).toEqual({ settings: expected, settings$: { v: SETTINGS_VERSION } });
    expect(await stored('local')).toEqual({});
  });

  it('keeps every change when several are made at once', async () => {
    const { getSettings, updateSettings } = await load();
    await Promise.all([
      updateSettings({ topics: { cainiao: false } }),
      updateSettings({ topics: { vsse: false } }),
      updateSettings({ pausedSites: ['hln.be'] }),
    ]);
    expect(await getSettings()).toEqual(withDefaults({ topics: { cainiao: false, 'liege-airport': true, vsse: false }, pausedSites: ['hln.be'] }));
  });
});

describe('corrupt storage', () => {
  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a number', 12],
    ['an array', ['a']],
    ['an empty object', {}],
  ])('reads %s as the defaults without throwing', async (_, value) => {
    await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('repairs bad fields and keeps the good ones, also through the next save', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { topics: { cainiao: false, vsse: 'off', bogus: true }, highlightStyle: 42, language: 'nl', extraSites: 'example.com', pausedSites: ['hln.be', null] },
      settings$: { v: SETTINGS_VERSION },
    });
    const { getSettings, updateSettings } = await load();
    const repaired = withDefaults({ topics: { cainiao: false, 'liege-airport': true, vsse: true }, language: 'nl', pausedSites: ['hln.be'] });
    expect(await getSettings()).toEqual(repaired);
    await updateSettings({ strictness: 'loose' });
    expect((await stored('sync')).settings).toEqual({ ...repaired, strictness: 'loose' });
  });

  it('survives a value from a newer version of the extension (downgrade) by repairing it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { language: 'fr', futureField: 1 }, settings$: { v: SETTINGS_VERSION + 1 } });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(withDefaults({ language: 'fr' }));
  });
});

describe('migrations from every older version', () => {
  const v2Defaults = { topics: { cainiao: true, 'liege-airport': true, vsse: true }, highlightStyle: 'underline', strictness: 'balanced', language: 'auto', extraSites: [], pausedSites: [] };
  // v1 wrote no version meta (wxt treats a missing version as 1).
  const v1 = { enabledTopics: ['cainiao', 'liege'], highlight: false, language: 'nl', pausedSites: ['gva.be'] };
  const migrated = withDefaults({ topics: { cainiao: true, 'liege-airport': true, vsse: false }, mark: 'none', language: 'nl', pausedSites: ['gva.be'] });

  it.each(['sync', 'local'] as const)('migrates v1 settings stored in %s and stores the result as the current version', async (area) => {
    await fakeBrowser.storage[area].set({ settings: v1 });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(migrated);
    const after = await stored(area);
    expect(after.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(after.settings).not.toHaveProperty('enabledTopics');
    expect(after.settings).toMatchObject({ topics: migrated.topics, mark: 'none', highlightStyle: 'underline' });
  });

  it('migrates v2 settings whose highlight style was "none" to "mark nothing in the page"', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...v2Defaults, highlightStyle: 'none', language: 'fr' }, settings$: { v: 2 } });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(withDefaults({ mark: 'none', language: 'fr' }));
    expect(await stored('sync')).toMatchObject({ settings$: { v: SETTINGS_VERSION }, settings: { mark: 'none', highlightStyle: 'underline' } });
  });

  it('migrates a v1 value with corrupt fields to defaults for those fields only', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabledTopics: 'all', highlight: 'maybe', language: 'fr' } });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(withDefaults({ language: 'fr' }));
  });

  it('migrates a v1 value that is not an object without throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'on' });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('falling back to local storage when sync fails', () => {
  it('saves locally when sync refuses the write, and reads that copy back', async () => {
    const { getSettings, updateSettings } = await load();
    await updateSettings({ language: 'en' });
    refuse('sync', 'set');
    await updateSettings({ highlightStyle: 'background' });
    expect(await getSettings()).toEqual(withDefaults({ language: 'en', highlightStyle: 'background' }));
    expect((await stored('local')).settings).toEqual(withDefaults({ language: 'en', highlightStyle: 'background' }));
  });

  it('moves back to sync and drops the local copy once sync accepts writes again', async () => {
    const { getSettings, updateSettings } = await load();
    const spy = refuse('sync', 'set');
    await updateSettings({ strictness: 'strict' });
    spy.mockRestore();
    await updateSettings({ language: 'fr' });
    const expected = withDefaults({ strictness: 'strict', language: 'fr' });
    expect((await stored('sync')).settings).toEqual(expected);
    expect((await stored('local')).settings).toBeUndefined();
    expect(await getSettings()).toEqual(expected);
  });

});

describe('never writing after a failed read', () => {
  it.each([['sync'], ['local']] as const)('saves nothing while %s cannot be read, and works on the defaults in memory meanwhile', async (area) => {
    const { getSettings, readSettings, updateSettings } = await load();
    await updateSettings({ language: 'fr', topics: { cainiao: false } });
    const before = [await stored('sync'), await stored('local')];
    const spy = refuse(area, 'get');
    const sets = [vi.spyOn(fakeBrowser.storage.sync, 'set'), vi.spyOn(fakeBrowser.storage.local, 'set')];
    expect(await getSettings()).toEqual(defaultSettings());
    await expect(readSettings()).rejects.toThrow();
    await expect(updateSettings({ topics: { vsse: false } })).rejects.toThrow();
    for (const set of sets) expect(set).not.toHaveBeenCalled();
    spy.mockRestore();
    expect([await stored('sync'), await stored('local')]).toEqual(before);
    expect((await getSettings()).language).toBe('fr');
  });

  it('reports no change to watchers when a read after a change fails', async () => {
    const { updateSettings, watchSettings } = await load();
    const cb = vi.fn();
    watchSettings(cb);
    await updateSettings({ topics: { cainiao: false } });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    refuse('local', 'get');
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), language: 'nl' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(cb).toHaveBeenCalledTimes(1); // not the defaults in the reader's place
  });
});

describe('watchSettings', () => {
  it('reports changes saved to sync, with valid settings', async () => {
    const { updateSettings, watchSettings } = await load();
    const cb = vi.fn();
    watchSettings(cb);
    await updateSettings({ topics: { cainiao: false } });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb.mock.calls[0][0].topics.cainiao).toBe(false);
  });

  it('reports changes written by another context directly to storage, repaired', async () => {
    const { watchSettings } = await load();
    const cb = vi.fn();
    watchSettings(cb);
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'background', strictness: 'very' } });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledWith(withDefaults({ highlightStyle: 'background' })));
  });

  it('reports changes that only reach the local fallback, then the move back to sync once', async () => {
    const { updateSettings, watchSettings } = await load();
    const cb = vi.fn();
    watchSettings(cb);
    const spy = refuse('sync', 'set');
    await updateSettings({ language: 'nl' });
    await vi.waitFor(() => expect(cb).toHaveBeenLastCalledWith(withDefaults({ language: 'nl' })));
    spy.mockRestore();
    await updateSettings({ language: 'fr' });
    await vi.waitFor(() => expect(cb).toHaveBeenLastCalledWith(withDefaults({ language: 'fr' })));
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('stops when unsubscribed', async () => {
    const { updateSettings, watchSettings } = await load();
    const cb = vi.fn();
    watchSettings(cb)();
    await updateSettings({ language: 'nl' });
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('export', () => {
  it('exports what is stored as a file parseImportedSettings accepts', async () => {
    const { exportSettings, parseImportedSettings, updateSettings } = await load();
    const saved = await updateSettings({ extraSites: ['example.com'], topics: { vsse: false } });
    const text = await exportSettings(new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ app: 'fact-notes', version: SETTINGS_VERSION, exportedAt: '2026-03-01T00:00:00.000Z' });
    expect(parseImportedSettings(text)).toEqual({ ok: true, settings: saved });
  });
});
