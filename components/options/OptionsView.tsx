import { useState } from 'preact/hooks';
import { resolveNoteLang, type HighlightStyle, type LanguagePref, type Settings, type SettingsChange } from '@/lib/settings-schema';
import type { NoteLang, Strictness, Topic } from '@/lib/types';
import { Backup } from './Backup';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { ConfirmDialog } from './ConfirmDialog';
import { ExtraSites } from './ExtraSites';
import { DefaultSites, PausedSites } from './SiteLists';
import { TopicSwitches } from './TopicSwitches';
import type { NoticeMessage } from './Notice';

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

export interface Options {
  settings: Settings | null;
  access: Record<string, boolean>;
  save: SaveState;
  siteMessage: NoticeMessage | null;
  backupMessage: NoticeMessage | null;
  update(change: SettingsChange): void;
  addSite(input: string): Promise<boolean>;
  grantSite(host: string): void;
  removeSite(host: string): void;
  reset(): void;
  exportFile(): void;
  importFile(file: File): void;
}

/** What the options page's storage hook (entrypoints/options/use-options.ts) hands the view. */
export interface OptionsViewProps extends Options {
  topics: readonly Topic[];
  defaultSites: readonly string[];
  /** navigator.language, for what "automatic" means here. */
  browserLanguage: string;
}

const HIGHLIGHT_CHOICES: Choice<HighlightStyle>[] = [
  { value: 'underline', label: 'Underline', hint: 'A coloured line under each mention.' },
  { value: 'background', label: 'Background', hint: 'A soft coloured background behind each mention.' },
  { value: 'none', label: 'None', hint: 'Nothing is marked in the page; the toolbar popup still lists mentions.' },
];

const STRICTNESS_CHOICES: Choice<Strictness>[] = [
  { value: 'strict', label: 'Strict', hint: 'Only the names and spellings Fact Notes knows.' },
  { value: 'balanced', label: 'Balanced (recommended)', hint: 'Also small typos in long names, such as “Cainio”.' },
  { value: 'loose', label: 'Loose', hint: 'More misspellings too; now and then a wrong word may be marked.' },
];

const LANGUAGE_NAMES: Record<NoteLang, string> = { en: 'English', fr: 'Français', nl: 'Nederlands' };

function languageChoices(browserLanguage: string): Choice<LanguagePref>[] {
  const auto = LANGUAGE_NAMES[resolveNoteLang('auto', browserLanguage)];
  return [
    { value: 'auto', label: `Automatic (${auto} in this browser)`, hint: 'French or Dutch when your browser uses them, otherwise English.' },
    ...(Object.entries(LANGUAGE_NAMES) as [NoteLang, string][]).map(([value, label]) => ({ value, label })),
  ];
}

function SaveStatus({ state }: { state: SaveState }) {
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : typeof state === 'object' ? state.error : '';
  // Always in the page, so screen readers hear each change of its text.
  return (
    <p class={`save-status${typeof state === 'object' ? ' save-error' : ''}`} role="status">
      {text}
    </p>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const { settings, topics, update } = props;
  const [confirming, setConfirming] = useState(false);
  if (!settings) return <p class="loading">Loading settings…</p>;
  const counts = [
    settings.extraSites.length && `${settings.extraSites.length} extra site${settings.extraSites.length === 1 ? '' : 's'}`,
    settings.pausedSites.length && `${settings.pausedSites.length} paused site${settings.pausedSites.length === 1 ? '' : 's'}`,
  ].filter(Boolean);

  return (
    <main class="options">
      <header class="page-header">
        <h1>Fact Notes settings</h1>
        <SaveStatus state={props.save} />
      </header>
      <p class="lede">Changes are saved at once and apply to open tabs without reloading them.</p>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        <p class="section-hint">Mark mentions of these subjects on news pages.</p>
        <TopicSwitches topics={topics} enabled={settings.topics} onToggle={(id, on) => update({ topics: { [id]: on } })} />
      </section>

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">Marks and notes</h2>
        <ChoiceGroup legend="Highlight style" choices={HIGHLIGHT_CHOICES} value={settings.highlightStyle} onChange={(highlightStyle) => update({ highlightStyle })} />
        <ChoiceGroup legend="Match strictness" choices={STRICTNESS_CHOICES} value={settings.strictness} onChange={(strictness) => update({ strictness })} />
        <ChoiceGroup legend="Notes language" choices={languageChoices(props.browserLanguage)} value={settings.language} onChange={(language) => update({ language })} />
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <ExtraSites
          sites={settings.extraSites}
          access={props.access}
          message={props.siteMessage}
          onAdd={props.addSite}
          onGrant={props.grantSite}
          onRemove={props.removeSite}
        />
        <PausedSites sites={settings.pausedSites} onResume={(host) => update((s) => ({ pausedSites: s.pausedSites.filter((h) => h !== host) }))} />
        <DefaultSites sites={props.defaultSites} />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <p class="section-hint">Save your settings to a file, or load them from one (for another browser, say).</p>
        <Backup message={props.backupMessage} onExport={props.exportFile} onImport={props.importFile} />
      </section>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Reset to defaults…
        </button>
      </section>

      <ConfirmDialog
        open={confirming}
        title="Reset all settings?"
        confirmLabel="Reset"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          props.reset();
        }}
      >
        <p>
          All topics are switched back on, with underlined mentions, balanced matching and the notes language chosen
          automatically.
        </p>
        {counts.length > 0 && <p>Your {counts.join(' and ')} will be removed.</p>}
      </ConfirmDialog>
    </main>
  );
}
