// One topic in the library: its summary, its key dates, its notes as threads, and where
// its sources differ. Props only.
import { Component } from 'preact';
import { Note } from '@/components/NoteList';
import { conflictHash } from '@/lib/library-hash';
import { factText, formatDate } from '@/lib/select-notes';
import type { ShownCount } from '@/lib/library-search';
import type { Conflict, Fact, FactKind, NoteLang, Source, Topic } from '@/lib/types';
import { TOPIC_COLORS } from '@/lib/topic-colors';
import { uiStrings } from '@/lib/ui-strings';
import { ConflictList } from './ConflictList';

export interface TopicPanelProps {
  topic: Topic;
  lang: NoteLang;
  /** The topic's notes to list, grouped as threads (a claim with its responses). */
  threads: Fact[][];
  /** Of all its shown notes, those found and those that came along in their threads. */
  count: ShownCount;
  /** The kind the notes are filtered by, which the count names. */
  kind: FactKind | null;
  /** Its key-dates timeline; left out while the reader searches or filters. */
  timeline?: Fact[];
  /** The note a deep link points at, marked out. */
  target?: string;
  /** The topic's conflicts between sources to show (none while the filters leave none). */
  conflicts: readonly Conflict[];
  /** The conflict a deep link points at, marked out. */
  targetConflict?: string;
  /** The conflicts a note is part of, wherever they are shown. */
  differs: ReadonlyMap<string, Conflict[]>;
  factById(id: string): Fact | undefined;
  sourceById(id: string): Source | undefined;
}

interface ThreadProps {
  thread: Fact[];
  lang: NoteLang;
  /** The marked note, when it is in this thread. */
  marked?: string;
  responsesLabel: string;
  differs: ReadonlyMap<string, Conflict[]>;
  sourceById(id: string): Source | undefined;
}

/** A note's links to the conflicts between sources it is part of. */
function DiffersLinks({ conflicts, lang }: { conflicts?: Conflict[]; lang: NoteLang }) {
  if (!conflicts?.length) return null;
  const t = uiStrings(lang).library;
  return (
    <ul class="note-differs">
      {conflicts.map((c) => (
        <li key={c.id}>
          <a href={conflictHash(c.id)}>{t.sourcesDiffer(c.title[lang])}</a>
        </li>
      ))}
    </ul>
  );
}

/** A note on its own, or a claim beside its responses. */
function ThreadView({ thread, lang, marked, responsesLabel, differs, sourceById }: ThreadProps) {
  const note = (fact: Fact) => (
    <Note key={fact.id} fact={fact} lang={lang} sourceById={sourceById} full marked={fact.id === marked}>
      <DiffersLinks conflicts={differs.get(fact.id)} lang={lang} />
    </Note>
  );
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

export function TopicPanel({ topic, lang, threads, count, kind, timeline, target, conflicts, targetConflict, differs, factById, sourceById }: TopicPanelProps) {
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
      {threads.length > 0 && (
        <>
          <h3>
            {kind ? t.kindCounts[kind](count.found) : t.notes(count.found)}
            {(count.claims > 0 || count.responses > 0) && ` · ${t.shownWith(count.found, count.claims, count.responses)}`}
          </h3>
          <ul class="library-notes">
            {threads.map((thread) => (
              <Thread
                key={thread[0].id}
                thread={thread}
                lang={lang}
                marked={thread.some((f) => f.id === target) ? target : undefined}
                responsesLabel={t.responses}
                differs={differs}
                sourceById={sourceById}
              />
            ))}
          </ul>
        </>
      )}
      {conflicts.length > 0 && (
        <ConflictList topic={topic.id} lang={lang} conflicts={conflicts} factById={factById} sourceById={sourceById} marked={targetConflict} />
      )}
    </section>
  );
}
