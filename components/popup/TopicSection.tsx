// One topic found on the page, as a row of the popup's summary: its name, count and one-line
// summary. Notes, key dates and the mentions fold below the row and open on demand, so every
// topic's row fits the popup's first screen.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { NoteList } from '@/components/NoteList';
import { conflictIdsOf } from '@/lib/conflicts';
import { FACTS, sourceById } from '@/lib/notes';
import { keyDates, selectNotes } from '@/lib/select-notes';
import type { NoteLang, Topic } from '@/lib/types';
import type { TabMention } from '@/lib/messages';
import { snippet } from './excerpt';
import { uiStrings } from '@/lib/ui-strings';

export interface TopicSectionProps {
  topic: Topic;
  mentions: TabMention[];
  lang: NoteLang;
  onShowMention(m: TabMention): void;
}

/** The popup has room for a little more than the card. */
const NOTES = { min: 3, max: 5 };
/** Sources listed per note before the rest fold under "n more sources", as in the card. */
const SOURCES_SHOWN = 1;

function Fold({ kind, label, count, children }: { kind: string; label: string; count: number; children: ComponentChildren }) {
  return (
    <details class={`fold ${kind}`}>
      <summary>
        {label} <span class="fold-count">({count})</span>
      </summary>
      {children}
    </details>
  );
}

export function TopicSection({ topic, mentions, lang, onShowMention }: TopicSectionProps) {
  const t = uiStrings(lang).popup;
  // The mentions' surroundings stand in for the paragraph the card would use.
  const paragraph = mentions.map((m) => m.excerpt).join('\n');
  const notes = useMemo(() => selectNotes(FACTS, topic.id, paragraph, { lang, ...NOTES }), [topic.id, paragraph, lang]);
  const timeline = useMemo(() => keyDates(FACTS, topic.id), [topic.id]);
  // Notes that take one side where sources differ link to the conflict in the library.
  const conflicts = useMemo(() => conflictIdsOf([...notes, ...timeline]), [notes, timeline]);
  const headingId = `topic-${topic.id}`;
  return (
    <section class="topic" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class={`dot topic-${topic.id}`} aria-hidden="true" />
        <span class="topic-name">{topic.names[lang]}</span>
        <span class="count">{t.mentions(mentions.length)}</span>
      </h2>
      <p class="summary">{topic.summary[lang] || topic.summary.en}</p>
      <div class="folds">
        <Fold kind="notes-fold" label={t.notes} count={notes.length}>
          <NoteList facts={notes} lang={lang} sourceById={sourceById} maxSources={SOURCES_SHOWN} conflicts={conflicts} />
        </Fold>
        {timeline.length > 0 && (
          <Fold kind="key-dates" label={t.keyDates} count={timeline.length}>
            <NoteList facts={timeline} lang={lang} sourceById={sourceById} maxSources={SOURCES_SHOWN} conflicts={conflicts} />
          </Fold>
        )}
        <Fold kind="where" label={t.whereOnPage} count={mentions.length}>
          <ol class="mentions">
            {mentions.map((m) => {
              const s = snippet(m.excerpt, m.alias);
              return (
                <li key={`${m.frameId}:${m.id}`}>
                  <button type="button" class="mention" title={t.showMention} onClick={() => onShowMention(m)}>
                    {s.before}
                    {s.hit && <mark>{s.hit}</mark>}
                    {s.after}
                  </button>
                </li>
              );
            })}
          </ol>
        </Fold>
      </div>
    </section>
  );
}
