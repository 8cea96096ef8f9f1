// The settings schema: shape, defaults, migrations from older stored shapes,
// and field-by-field repair. Pure: storage lives in utils/settings.ts.
import { isDefaultSite } from './default-sites';
import { NOTE_LANGS, TOPIC_IDS, type NoteLang, type Strictness, type TopicId } from './types';
import { UI_STRINGS, type UiStrings } from './ui-strings';

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** What to mark: every mention, the first of each topic in each article, or nothing in the page. */
export const MARK_SCOPES = ['all', 'first', 'none'] as const;
export type MarkScope = (typeof MARK_SCOPES)[number];

/** How the card opens: resting the pointer, resting it with a key held, or a click. */
export const CARD_OPENERS = ['hover', 'hover-key', 'click'] as const;
export type CardOpener = (typeof CARD_OPENERS)[number];
export const HOVER_KEYS = ['shift', 'alt', 'ctrl'] as const;
export type HoverKey = (typeof HOVER_KEYS)[number];
export const HOVER_DELAY = { min: 150, max: 1500, default: 250 } as const;

export const STRICTNESS_LEVELS = ['strict', 'balanced', 'loose'] as const satisfies readonly Strictness[];

export const LANGUAGE_PREFS = ['auto', ...NOTE_LANGS] as const;
export type LanguagePref = (typeof LANGUAGE_PREFS)[number];

export interface Settings {
  topics: Record<TopicId, boolean>;
  highlightStyle: HighlightStyle;
  mark: MarkScope;
  openCard: CardOpener;
  /** How long the pointer rests on a mention before its card opens, in ms (hover modes). */
  hoverDelayMs: number;
  hoverKey: HoverKey;
  strictness: Strictness;
  language: LanguagePref;
  /** Hostnames the user added beyond the default news sites. */
  extraSites: string[];
  /** Hostnames where the extension is paused. */
  pausedSites: string[];
}

export type SettingsField = keyof Settings;

/** Current stored version. Bump it and add an entry to MIGRATIONS when the shape changes. */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, true])) as Record<TopicId, boolean>,
  highlightStyle: 'underline',
  mark: 'all',
  openCard: 'hover',
  hoverDelayMs: HOVER_DELAY.default,
  hoverKey: 'shift',
  strictness: 'balanced',
  language: 'auto',
  extraSites: [],
  pausedSites: [],
});

/** A fresh, mutable copy of the defaults. */
export const defaultSettings = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

/** Version 1 (0.0.x) stored which topics were on as a list, with the airport as "liege". */
const V1_TOPIC_IDS: Record<string, TopicId> = { cainiao: 'cainiao', liege: 'liege-airport', vsse: 'vsse' };

/**
 * v1 → v2. v1 looked like `{ enabledTopics: ['cainiao', 'liege'], highlight: true, language: 'fr', pausedSites: [] }`.
 * Never throws: anything it does not recognise is passed on for repairSettings to fix.
 */
export function migrateV1ToV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { enabledTopics, highlight, ...rest } = old;
  const next: Record<string, unknown> = { ...rest };
  if (Array.isArray(enabledTopics)) {
    const on = new Set(enabledTopics.map((t) => V1_TOPIC_IDS[String(t)]));
    next.topics = Object.fromEntries(TOPIC_IDS.map((id) => [id, on.has(id)]));
  }
  if (typeof highlight === 'boolean') next.highlightStyle = highlight ? 'underline' : 'none';
  return next;
}

/** v2 → v3: the highlight style "none" became "What to mark: nothing in the page" (one setting, not two). */
export function migrateV2ToV3(old: unknown): unknown {
  if (!isRecord(old) || old.highlightStyle !== 'none') return old;
  return { ...old, highlightStyle: 'underline', mark: 'none' };
}

/** Keyed by the version each function migrates *to*, as wxt's storage.defineItem expects. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: migrateV1ToV2, 3: migrateV2ToV3 };

/** Runs every migration from `fromVersion` up to the current version. */
export function migrate(value: unknown, fromVersion: number): unknown {
  let out = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The hostname a user means by "example.com", "www.Example.com." or
 * "https://news.example.com/path", in the form a match pattern takes
 * (lower case, punycode, no "www."), or null when it is not a public site name.
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^\*\./, '');
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return TLD.test(labels[labels.length - 1]) ? host : null;
}

/** The match pattern that covers a site and all its subdomains. */
export const sitePattern = (host: string): string => `*://*.${host}/*`;

export type SiteCheck = { ok: true; host: string } | { ok: false; error: string };

/** Validates what the user typed into "add a site", with a message fit to show them (in the words given). */
export function checkNewSite(
  input: string,
  extraSites: readonly string[],
  words: UiStrings['options']['siteErrors'] = UI_STRINGS.en.options.siteErrors,
): SiteCheck {
  if (!input.trim()) return { ok: false, error: words.empty };
  const host = normalizeHostname(input);
  if (!host) return { ok: false, error: words.invalid(input.trim()) };
  if (isDefaultSite(host)) return { ok: false, error: words.isDefault(host) };
  if (extraSites.includes(host)) return { ok: false, error: words.duplicate(host) };
  return { ok: true, host };
}

export interface Repaired {
  settings: Settings;
  /** Fields that were present but unusable (and now hold defaults or lost bad entries). */
  invalid: SettingsField[];
}

/** Keeps the valid, distinct hostnames of a list; `clean` is false when anything was dropped. */
function repairSiteList(value: unknown): { sites: string[]; clean: boolean } {
  if (!Array.isArray(value)) return { sites: [], clean: false };
  const sites = new Set<string>();
  let clean = true;
  for (const entry of value) {
    const host = typeof entry === 'string' ? normalizeHostname(entry) : null;
    if (host) sites.add(host);
    else clean = false;
  }
  return { sites: [...sites], clean };
}

/**
 * Turns whatever is stored (or imported) into valid settings, field by field:
 * a bad field falls back to its default and the others are kept. Missing fields
 * are not "invalid" (older or partial data); unknown topic ids are ignored.
 */
export function repairSettings(raw: unknown): Repaired {
  const settings = defaultSettings();
  const invalid: SettingsField[] = [];
  if (!isRecord(raw)) return { settings, invalid: raw == null ? [] : (Object.keys(settings) as SettingsField[]) };

  const pick = <K extends SettingsField>(field: K, valid: (v: unknown) => v is Settings[K]) => {
    if (!(field in raw)) return;
    const value = raw[field];
    if (valid(value)) settings[field] = value;
    else invalid.push(field);
  };
  pick('highlightStyle', (v): v is HighlightStyle => oneOf(HIGHLIGHT_STYLES, v));
  pick('mark', (v): v is MarkScope => oneOf(MARK_SCOPES, v));
  pick('openCard', (v): v is CardOpener => oneOf(CARD_OPENERS, v));
  pick('hoverKey', (v): v is HoverKey => oneOf(HOVER_KEYS, v));
  pick('hoverDelayMs', (v): v is number => Number.isInteger(v) && (v as number) >= HOVER_DELAY.min && (v as number) <= HOVER_DELAY.max);
  pick('strictness', (v): v is Strictness => oneOf(STRICTNESS_LEVELS, v));
  pick('language', (v): v is LanguagePref => oneOf(LANGUAGE_PREFS, v));

  if ('topics' in raw) {
    const topics = isRecord(raw.topics) ? raw.topics : {};
    let clean = isRecord(raw.topics);
    for (const id of TOPIC_IDS) {
      const on = topics[id];
      if (typeof on === 'boolean') settings.topics[id] = on;
      else if (id in topics) clean = false;
    }
    if (!clean) invalid.push('topics');
  }
  for (const field of ['extraSites', 'pausedSites'] as const) {
    if (!(field in raw)) continue;
    const { sites, clean } = repairSiteList(raw[field]);
    settings[field] = sites;
    if (!clean) invalid.push(field);
  }
  return { settings, invalid };
}

/** A partial change; `topics` may name only the topics that change. */
export type SettingsPatch = Partial<Omit<Settings, 'topics'>> & { topics?: Partial<Record<TopicId, boolean>> };
/** A patch, or a function that derives one from the settings as they are when it is applied. */
export type SettingsChange = SettingsPatch | ((current: Settings) => SettingsPatch);

/** `current` with `change` applied, repaired: never invalid, whatever the change holds. */
export function applyChange(current: Settings, change: SettingsChange): Settings {
  const patch = typeof change === 'function' ? change(current) : change;
  return repairSettings({ ...current, ...patch, topics: { ...current.topics, ...patch.topics } }).settings;
}

/** The notes language: the user's choice, or FR/NL when the browser speaks it, else EN. */
export function resolveNoteLang(pref: LanguagePref, navigatorLanguage: string | undefined): NoteLang {
  if (pref !== 'auto') return pref;
  const primary = (navigatorLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return oneOf(NOTE_LANGS, primary) ? primary : 'en';
}

// Export/import: a small envelope so a file says what it is and which version wrote it.
const EXPORT_APP = 'fact-notes';
const MAX_IMPORT_CHARS = 100_000;

export function serializeSettings(settings: Settings, now: Date): string {
  return `${JSON.stringify({ app: EXPORT_APP, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Reads an exported settings file; older versions are migrated, anything doubtful is refused with a reason (in the words given). */
export function parseImportedSettings(text: string, words: Pick<UiStrings['options'], 'importErrors' | 'fields'> = UI_STRINGS.en.options): ImportResult {
  const fail = (error: string): ImportResult => ({ ok: false, error });
  const t = words.importErrors;
  if (text.length > MAX_IMPORT_CHARS) return fail(t.tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(t.notJson);
  }
  if (!isRecord(data) || data.app !== EXPORT_APP || !isRecord(data.settings)) {
    return fail(t.notOurs);
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(t.noVersion);
  }
  if (version > SETTINGS_VERSION) {
    return fail(t.newer(version));
  }
  const { settings, invalid } = repairSettings(migrate(data.settings, version));
  if (invalid.length) {
    return fail(t.invalid(invalid.map((f) => words.fields[f]).join(', ')));
  }
  return { ok: true, settings };
}
