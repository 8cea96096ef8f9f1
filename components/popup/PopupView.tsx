// Everything the popup shows, from plain props (the data and actions come from entrypoints/popup/use-popup.ts).
import { TOPICS } from '@/lib/topics';
import type { NoteLang } from '@/lib/types';
import type { TabMention } from '@/lib/messages';
import type { PopupState } from './popup-state';
import { uiStrings } from '@/lib/ui-strings';
import { PageFigures } from './PageFigures';
import { TopicSection } from './TopicSection';

export interface PopupViewProps {
  state: PopupState;
  lang: NoteLang;
  onPause(): void;
  onResume(): void;
  onScan(): void;
  onShowMention(m: TabMention): void;
}

export function PopupView(props: PopupViewProps) {
  const { state, lang } = props;
  const t = uiStrings(lang).popup;
  const site = 'site' in state ? state.site : undefined;
  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header>
        <h1>Fact Notes</h1>
        {site && <span class="site">{site}</span>}
        <a class="library-link" href="library.html" target="_blank">
          {uiStrings(lang).library.open}
        </a>
      </header>
      <Body {...props} />
      {site && (state.kind === 'results' || (state.kind === 'not-scanned' && state.known)) && (
        <footer>
          <button type="button" class="secondary" onClick={props.onPause}>
            {t.pause(site)}
          </button>
        </footer>
      )}
    </main>
  );
}

function Body({ state, lang, onResume, onScan, onShowMention }: PopupViewProps) {
  const t = uiStrings(lang).popup;
  switch (state.kind) {
    case 'loading':
      return <p class="status" role="status">{t.loading}</p>;
    case 'no-page':
      return <p class="status">{t.noPage}</p>;
    case 'unscannable':
      return <p class="status">{t.unscannable[state.reason]}</p>;
    case 'paused':
      return (
        <div class="status">
          <p>{t.paused(state.site)}</p>
          <button type="button" class="primary" onClick={onResume}>{t.resume}</button>
        </div>
      );
    case 'not-scanned':
      return (
        <div class="status">
          <p>{state.known ? t.notScanned.known : t.notScanned.other}</p>
          <button type="button" class="primary" onClick={onScan} disabled={state.scan === 'scanning'}>
            {state.scan === 'scanning' ? t.scanning : t.scan}
          </button>
          {state.scan === 'failed' && <p role="alert" class="error">{t.scanFailed}</p>}
        </div>
      );
    case 'results': {
      const found = TOPICS.filter((topic) => state.result.byTopic[topic.id]?.length);
      if (!found.length) return <p class="status">{t.nothingFound}</p>;
      return (
        <>
          {found.map((topic) => (
            <TopicSection key={topic.id} topic={topic} mentions={state.result.byTopic[topic.id]!} lang={lang} onShowMention={onShowMention} />
          ))}
          <PageFigures mentions={found.flatMap((topic) => state.result.byTopic[topic.id]!)} lang={lang} />
        </>
      );
    }
  }
}
