import { storage } from '#imports';
import { TOPIC_IDS, type Strictness, type TopicId } from '@/lib/types';

export type HighlightStyle = 'underline' | 'background' | 'none';
export type LanguagePref = 'auto' | 'en' | 'fr' | 'nl';

export interface Settings {
  topics: Record<TopicId, boolean>;
  highlightStyle: HighlightStyle;
  strictness: Strictness;
  language: LanguagePref;
  /** Hostnames the user added beyond the default news sites. */
  extraSites: string[];
  /** Hostnames where the extension is paused. */
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, true])) as Record<TopicId, boolean>,
  highlightStyle: 'underline',
  strictness: 'balanced',
  language: 'auto',
  extraSites: [],
  pausedSites: [],
};

const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch(() => void getSettings().then(cb));
}
