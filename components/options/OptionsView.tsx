import { useState } from 'preact/hooks';
import { defaultSettings, HIGHLIGHT_STYLES, MARK_SCOPES, resolveNoteLang, STRICTNESS_LEVELS, type LanguagePref, type Settings, type SettingsChange } from '@/lib/settings-schema';
import { NOTE_LANGS, type NoteLang, type Topic } from '@/lib/types';
import { LANGUAGE_NAMES, uiStrings, type UiStrings } from '@/lib/ui-strings';
import { Backup } from './Backup';
import { CardOpening } from './CardOpening';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { ConfirmDialog } from './ConfirmDialog';
import { ExtraSites } from './ExtraSites';
import { DefaultSites, PausedSites } from './SiteLists';
import { TopicSwitches } from './TopicSwitches';
import type { NoticeMessage } from './Notice';

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

export interface Options {
  settings: Settings | null;
  /** Storage could not be read: the controls stay disabled until `retry` reads it. */
  unreadable: boolean;
  retry(): void;
  /** The notes language, which the page speaks too. */
  lang: NoteLang;
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
  /** Keys are named as on a Mac keyboard (Option, Control). */
  mac: boolean;
}

type Words = UiStrings['options'];

/** A radio group's choices, each worded in the page's language. */
const choicesOf = <T extends string>(values: readonly T[], words: Record<T, { label: string; hint: string }>): Choice<T>[] =>
  values.map((value) => ({ value, ...words[value] }));

function languageChoices(t: Words, browserLanguage: string): Choice<LanguagePref>[] {
  const auto = LANGUAGE_NAMES[resolveNoteLang('auto', browserLanguage)];
  return [
    { value: 'auto', label: t.language.auto(auto), hint: t.language.autoHint },
    // Each language in its own name, marked as such for screen readers.
    ...NOTE_LANGS.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value })),
  ];
}

function SaveStatus({ state, t }: { state: SaveState; t: Words }) {
  const text = state === 'saving' ? t.saving : state === 'saved' ? t.saved : typeof state === 'object' ? state.error : '';
  // Always in the page, so screen readers hear each change of its text.
  return (
    <p class={`save-status${typeof state === 'object' ? ' save-error' : ''}`} role="status">
      {text}
    </p>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const { settings, topics, update, lang } = props;
  const t = uiStrings(lang).options;
  const [confirming, setConfirming] = useState(false);
  if (!settings && !props.unreadable) return <p class="loading">{t.loading}</p>;
  const shown = settings ?? defaultSettings();
  const { extraSites, pausedSites } = shown;

  return (
    <main class="options">
      <header class="page-header">
        <h1>{t.heading}</h1>
        <a class="library-link" href="library.html" target="_blank">
          {uiStrings(lang).library.open}
        </a>
        <SaveStatus state={props.save} t={t} />
      </header>
      <p class="lede">{t.lede}</p>
      {props.unreadable && (
        <div class="notice notice-error unreadable" role="alert">
          <p>{t.unreadable}</p>
          <button type="button" onClick={props.retry}>
            {t.retry}
          </button>
        </div>
      )}

      {/* A disabled fieldset disables every control in it. */}
      <fieldset class="controls" disabled={props.unreadable}>
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading">{t.topics.heading}</h2>
          <p class="section-hint">{t.topics.hint}</p>
          <TopicSwitches topics={topics} lang={lang} enabled={shown.topics} onToggle={(id, on) => update({ topics: { [id]: on } })} />
        </section>

        <section aria-labelledby="display-heading">
          <h2 id="display-heading">{t.display.heading}</h2>
          <ChoiceGroup legend={t.mark.legend} choices={choicesOf(MARK_SCOPES, t.mark)} value={shown.mark} onChange={(mark) => update({ mark })} />
          <CardOpening t={t} settings={shown} mac={props.mac} update={update} />
          <ChoiceGroup
            legend={t.highlight.legend}
            choices={choicesOf(HIGHLIGHT_STYLES, t.highlight)}
            value={shown.highlightStyle}
            onChange={(highlightStyle) => update({ highlightStyle })}
          />
          <ChoiceGroup
            legend={t.strictness.legend}
            choices={choicesOf(STRICTNESS_LEVELS, t.strictness)}
            value={shown.strictness}
            onChange={(strictness) => update({ strictness })}
          />
          <ChoiceGroup
            legend={t.language.legend}
            choices={languageChoices(t, props.browserLanguage)}
            value={shown.language}
            onChange={(language) => update({ language })}
          />
        </section>

        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t.sites.heading}</h2>
          <ExtraSites
            t={t.extra}
            sites={extraSites}
            access={props.access}
            message={props.siteMessage}
            onAdd={props.addSite}
            onGrant={props.grantSite}
            onRemove={props.removeSite}
          />
          <PausedSites
            t={t.paused}
            sites={pausedSites}
            onResume={(host) => update((s) => ({ pausedSites: s.pausedSites.filter((h) => h !== host) }))}
          />
          <DefaultSites t={t.defaults} sites={props.defaultSites} />
        </section>

        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t.backup.heading}</h2>
          <p class="section-hint">{t.backup.hint}</p>
          <Backup t={t.backup} message={props.backupMessage} onExport={props.exportFile} onImport={props.importFile} />
        </section>

        <section aria-labelledby="reset-heading">
          <h2 id="reset-heading">{t.reset.heading}</h2>
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t.reset.button}
          </button>
        </section>
      </fieldset>

      <ConfirmDialog
        open={confirming}
        title={t.reset.title}
        confirmLabel={t.reset.confirm}
        cancelLabel={t.reset.cancel}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          props.reset();
        }}
      >
        <p>{t.reset.body}</p>
        {(extraSites.length > 0 || pausedSites.length > 0) && <p>{t.reset.willRemove(extraSites.length, pausedSites.length)}</p>}
      </ConfirmDialog>
    </main>
  );
}
