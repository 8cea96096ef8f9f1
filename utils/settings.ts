// Settings in extension storage: the one place every context reads and writes them.
// The shape, defaults, migrations and repair rules are in lib/settings-schema.ts.
import { storage } from '#imports';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  applyChange,
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

const orNull = (read: Promise<unknown>) => read.catch(() => null);

/** The current settings, always valid: whatever is stored is repaired field by field. */
export async function getSettings(): Promise<Settings> {
  const stored = (await orNull(localItem.getValue())) ?? (await orNull(syncItem.getValue()));
  return repairSettings(stored).settings;
}

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
    const next = applyChange(await getSettings(), change);
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
      .then(async () => {
        const settings = await getSettings();
        // A save to sync also clears the local copy: report one change, not two.
        const key = JSON.stringify(settings);
        if (key === last) return;
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
  return serializeSettings(await getSettings(), now);
}
