// Settings in extension storage: the one place every context reads and writes them.
// The shape, defaults, migrations and repair rules are in lib/settings-schema.ts.
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  applyChange,
  defaultSettings,
  repairSettings,
  serializeSettings,
  type Settings,
  type SettingsChange,
} from '@/lib/settings-schema';

export {
  DEFAULT_SETTINGS,
  parseImportedSettings,
  resolveNoteLang,
  type HighlightStyle,
  type LanguagePref,
  type Settings,
  type SettingsChange,
  type SettingsPatch,
} from '@/lib/settings-schema';

// The same versioned item in two areas. Sync follows the user across browsers;
// local holds the settings only while sync refuses writes (per-item quota,
// writes-per-minute limit, or no sync area at all), so when present it is the newest.
const itemOptions = { version: SETTINGS_VERSION, migrations: MIGRATIONS };
const syncItem = storage.defineItem<unknown>('sync:settings', itemOptions);
const localItem = storage.defineItem<unknown>('local:settings', itemOptions);

/**
 * The stored settings, repaired field by field. Rejects when storage cannot be read:
 * a guess saved back (the defaults, say) would overwrite the reader's settings on
 * every device that syncs them.
 */
export async function readSettings(): Promise<Settings> {
  const local = await localItem.getValue();
  // A browser without a sync area keeps the settings in local only.
  const stored = local ?? (browser.storage.sync ? await syncItem.getValue() : null);
  return repairSettings(stored).settings;
}

/** The settings to work with: the defaults, in memory, when storage cannot be read. Never save what this returns. */
export const getSettings = (): Promise<Settings> => readSettings().catch(() => defaultSettings());

async function save(settings: Settings): Promise<void> {
  try {
    await syncItem.setValue(settings);
  } catch {
    await localItem.setValue(settings);
    return;
  }
  await localItem.removeValue().catch(() => undefined);
}

// Read-modify-write in order, so quick successive changes from one page never undo each other.
let writes: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` on top of the current settings, saves, and returns the result.
 * Pass a function to derive the change from the settings as they are at that moment
 * (adding to a list, say), so concurrent edits are not lost.
 */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  const run = writes.then(async () => {
    const next = applyChange(await readSettings(), change);
    await save(next);
    return next;
  });
  writes = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with the new settings after any change, from any context, in either area. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let last = '';
  let queue = Promise.resolve();
  const onChange = () => {
    queue = queue
      // An unreadable change is no change: the last settings read stay in force.
      .then(() => readSettings().catch(() => null))
      .then((settings) => {
        // A save to sync also clears the local copy: report one change, not two.
        const key = JSON.stringify(settings);
        if (!settings || key === last) return;
        last = key;
        cb(settings);
      })
      .catch((err) => console.error('[Fact Notes] settings listener failed', err));
  };
  const stops = [syncItem, localItem].map((item) => {
    try {
      return item.watch(onChange);
    } catch {
      return () => undefined; // This browser has no such storage area.
    }
  });
  return () => stops.forEach((stop) => stop());
}

/** The settings as the JSON text of an export file. */
export async function exportSettings(now = new Date()): Promise<string> {
  return serializeSettings(await readSettings(), now);
}
