// One topic found on the page: count, summary, notes, key dates and where it is mentioned.
import { useMemo } from 'preact/hooks';
import { NoteList } from '@/components/NoteList';
import { FACTS, sourceById } from '@/lib/notes';
import { factText, formatDate, keyDates, selectNotes } from '@/lib/select-notes';
import type { NoteLang, Topic } from '@/lib/types';
import type { ReportedMention } from '@/lib/messages';
import { snippet } from './excerpt';
import { STRINGS } from './strings';

export interface TopicSectionProps {
  topic: Topic;
  mentions: ReportedMention[];
  lang: NoteLang;
  onShowMention(id: number): void;
}

/** The popup has room for a little more than the card. */
const NOTES = { min: 3, max: 5 };

export function TopicSection({ topic, mentions, lang, onShowMention }: TopicSectionProps) {
  const t = STRINGS[lang];
  // The mentions' surroundings stand in for the paragraph the card would use.
  const paragraph = mentions.map((m) => m.excerpt).join('\n');
  const notes = useMemo(() => selectNotes(FACTS, topic.id, paragraph, { lang, ...NOTES }), [topic.id, paragraph, lang]);
  const timeline = useMemo(() => keyDates(FACTS, topic.id), [topic.id]);
  const headingId = `topic-${topic.id}`;
  return (
    <section class="topic" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class={`dot topic-${topic.id}`} aria-hidden="true" />
        <span class="topic-name">{topic.names[lang]}</span>
        <span class="count">{t.mentions(mentions.length)}</span>
      </h2>
      <p class="summary">{topic.summary[lang] || topic.summary.en}</p>
      <details class="where" open>
        <summary>{t.whereOnPage}</summary>
        <ol class="mentions">
          {mentions.map((m) => {
            const s = snippet(m.excerpt, m.alias);
            return (
              <li key={m.id}>
                <button type="button" class="mention" title={t.showMention} onClick={() => onShowMention(m.id)}>
                  {s.before}
                  {s.hit && <mark>{s.hit}</mark>}
                  {s.after}
                </button>
              </li>
            );
          })}
        </ol>
      </details>
      <h3>{t.notes}</h3>
      <NoteList facts={notes} lang={lang} sourceById={sourceById} />
      {timeline.length > 0 && (
        <details class="key-dates">
          <summary>{t.keyDates}</summary>
          <ol>
            {timeline.map((f) => (
              <li key={f.id}>
                {f.date ? <time dateTime={f.date}>{formatDate(f.date, lang)}</time> : <span>{formatDate(null, lang)}</span>}
                <span>{factText(f, lang)}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
