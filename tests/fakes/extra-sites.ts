// In-memory permissions and scripting for unit tests: fakeBrowser leaves both unimplemented.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_MATCHES } from '@/lib/default-sites';

type Origins = { origins?: string[] };
type Listener = (p: Origins) => void;
type Script = { id: string; matches?: string[]; js?: string[]; css?: string[]; allFrames?: boolean; runAt?: string };
type Method = (...args: never[]) => unknown;

/** Replaces one method of a fakeBrowser namespace for the current test (restoreMocks undoes it). */
const stub = <A extends unknown[], R>(target: object, method: string, impl: (...args: A) => R) =>
  vi.spyOn(target as Record<string, Method>, method).mockImplementation(impl as unknown as Method);

function stubEvent(target: object, listeners: Set<Listener>): void {
  stub(target, 'addListener', (l: Listener) => void listeners.add(l));
  stub(target, 'removeListener', (l: Listener) => void listeners.delete(l));
}

/** Host permissions the fake user grants when asked, unless `refuse` is set. */
export function fakeSitePermissions() {
  const state = { refuse: false, granted: new Set<string>() };
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const permissions = fakeBrowser.permissions;
  stub(permissions, 'request', async ({ origins = [] }: Origins) => {
    if (state.refuse) return false;
    origins.forEach((o) => state.granted.add(o));
    added.forEach((l) => l({ origins }));
    return true;
  });
  stub(permissions, 'contains', async ({ origins = [] }: Origins) => origins.every((o) => state.granted.has(o)));
  stub(permissions, 'remove', async ({ origins = [] }: Origins) => {
    origins.forEach((o) => state.granted.delete(o));
    removed.forEach((l) => l({ origins }));
    return true;
  });
  stubEvent(permissions.onAdded, added);
  stubEvent(permissions.onRemoved, removed);
  return state;
}

/** Dynamic content scripts, failing on a duplicate id as Chromium does; plus a manifest with the news-site script. */
export function fakeScripting(): Map<string, Script> {
  const scripts = new Map<string, Script>();
  const scripting = fakeBrowser.scripting;
  stub(scripting, 'registerContentScripts', async (list: Script[]) => {
    for (const script of list) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      scripts.set(script.id, structuredClone(script));
    }
  });
  stub(scripting, 'updateContentScripts', async (list: Script[]) => {
    for (const script of list) {
      if (!scripts.has(script.id)) throw new Error(`Nonexistent script ID '${script.id}'`);
      scripts.set(script.id, { ...scripts.get(script.id)!, ...structuredClone(script) });
    }
  });
  stub(scripting, 'unregisterContentScripts', async ({ ids = [] }: { ids?: string[] } = {}) => {
    ids.forEach((id) => scripts.delete(id));
  });
  stub(scripting, 'getRegisteredContentScripts', async ({ ids }: { ids?: string[] } = {}) =>
    [...scripts.values()].filter((x) => !ids || ids.includes(x.id)).map((x) => structuredClone(x)),
  );
  stub(fakeBrowser.runtime, 'getManifest', () => ({
    manifest_version: 3,
    name: 'Fact Notes',
    version: '0.0.0',
    content_scripts: [{ matches: DEFAULT_MATCHES, js: ['content-scripts/content.js'] }],
  }));
  return scripts;
}
