// One topic in the library: its summary, its key dates, and its notes as threads. Props only.
import { Component } from 'preact';
import { Note } from '@/components/NoteList';
import { factText, formatDate } from '@/lib/select-notes';
import type { Fact, NoteLang, Source, Topic } from '@/lib/types';
import { TOPIC_COLORS } from '@/lib/topic-colors';
import { uiStrings } from '@/lib/ui-strings';

export interface TopicPanelProps {
  topic: Topic;
  lang: NoteLang;
  /** The topic's notes to list, grouped as threads (a claim with its responses). */
  threads: Fact[][];
  /** Its key-dates timeline; left out while the reader searches or filters. */
  timeline?: Fact[];
  /** The note a deep link points at, marked out. */
  target?: string;
  sourceById(id: string): Source | undefined;
}

interface ThreadProps {
  thread: Fact[];
  lang: NoteLang;
  /** The marked note, when it is in this thread. */
  marked?: string;
  responsesLabel: string;
  sourceById(id: string): Source | undefined;
}

/** A note on its own, or a claim beside its responses. */
function ThreadView({ thread, lang, marked, responsesLabel, sourceById }: ThreadProps) {
  const note = (fact: Fact) => <Note key={fact.id} fact={fact} lang={lang} sourceById={sourceById} full marked={fact.id === marked} />;
  if (thread.length === 1) return note(thread[0]);
  return (
    <li class="thread">
      <ul class="notes thread-claim">{note(thread[0])}</ul>
      <ul class="notes thread-responses" aria-label={responsesLabel}>
        {thread.slice(1).map(note)}
      </ul>
    </li>
  );
}

/** Rendered again only when its props change: a keystroke that keeps a thread shown costs nothing for it. */
class Thread extends Component<ThreadProps> {
  shouldComponentUpdate(next: ThreadProps): boolean {
    const props = this.props as unknown as Record<string, unknown>;
    return Object.entries(next).some(([key, value]) => props[key] !== value);
  }

  render() {
    return <ThreadView {...this.props} />;
  }
}

export function TopicPanel({ topic, lang, threads, timeline, target, sourceById }: TopicPanelProps) {
  const t = uiStrings(lang).library;
  const headingId = `topic-${topic.id}`;
  return (
    <section class="topic" id={`section-${topic.id}`} aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>
        <span class="dot" style={{ background: TOPIC_COLORS[topic.id] }} aria-hidden="true" />
        {topic.names[lang]}
      </h2>
      <p class="summary">{topic.summary[lang] || topic.summary.en}</p>
      {timeline && timeline.length > 0 && (
        <>
          <h3>{t.keyDates}</h3>
          <ol class="timeline">
            {timeline.map((f) => (
              <li key={f.id}>
                {f.date ? <time dateTime={f.date}>{formatDate(f.date, lang)}</time> : <span class="undated">{formatDate(null, lang)}</span>}
                <a href={`#${f.id}`}>{factText(f, lang)}</a>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t.notes(threads.reduce((n, th) => n + th.length, 0))}</h3>
      <ul class="library-notes">
        {threads.map((thread) => (
          <Thread
            key={thread[0].id}
            thread={thread}
            lang={lang}
            marked={thread.some((f) => f.id === target) ? target : undefined}
            responsesLabel={t.responses}
            sourceById={sourceById}
          />
        ))}
      </ul>
    </section>
  );
}
