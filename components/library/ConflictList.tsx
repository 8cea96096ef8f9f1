// A topic's conflicts between sources: what differs and who says what, each version with its
// sources written as the card writes them, and links to the notes on each side. Props only.
import { SourceLine } from '@/components/NoteList';
import { gist } from '@/lib/conflicts';
import { conflictElementId } from '@/lib/library-hash';
import { factText } from '@/lib/select-notes';
import type { Conflict, Fact, NoteLang, Source, TopicId } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

export interface ConflictListProps {
  topic: TopicId;
  lang: NoteLang;
  conflicts: readonly Conflict[];
  factById(id: string): Fact | undefined;
  sourceById(id: string): Source | undefined;
  /** The conflict a link points at, marked out. */
  marked?: string;
}

/** Links to notes, each named by its first words: "In the notes: …". */
function NoteLinks({ label, ids, lang, factById }: { label: string; ids: readonly string[]; lang: NoteLang; factById(id: string): Fact | undefined }) {
  const facts = ids.map(factById).filter((f): f is Fact => !!f);
  if (facts.length === 0) return null;
  return (
    <div class="conflict-notes">
      <span>{label}</span>
      <ul>
        {facts.map((f) => (
          <li key={f.id}>
            <a href={`#${f.id}`}>{gist(factText(f, lang))}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConflictList({ topic, lang, conflicts, factById, sourceById, marked }: ConflictListProps) {
  const t = uiStrings(lang).library;
  const headingId = `conflicts-${topic}`;
  return (
    // Named with the topic too ("Where sources differ VSSE"): one such region per topic.
    <section class="conflicts" aria-labelledby={`${headingId} topic-${topic}`}>
      <h3 id={headingId}>{t.conflicts}</h3>
      <ul class="conflict-list">
        {conflicts.map((c) => (
          <li key={c.id} id={conflictElementId(c.id)} tabIndex={-1} class={`conflict${c.id === marked ? ' conflict-marked' : ''}`}>
            <h4>{c.title[lang]}</h4>
            <p class="conflict-text">{c.text[lang]}</p>
            <ul class="conflict-sides" aria-label={t.versions}>
              {c.sides.map((side) => (
                <li key={side.says.en} class="conflict-side">
                  <p class="conflict-says">{side.says[lang]}</p>
                  <ul class="note-sources">
                    {side.sources
                      .map(sourceById)
                      .filter((s): s is Source => !!s)
                      .map((s) => (
                        <SourceLine key={s.id} source={s} lang={lang} />
                      ))}
                  </ul>
                  <NoteLinks label={t.inNotes} ids={side.facts} lang={lang} factById={factById} />
                </li>
              ))}
            </ul>
            <NoteLinks label={t.aboutNotes} ids={c.about} lang={lang} factById={factById} />
          </li>
        ))}
      </ul>
    </section>
  );
}
