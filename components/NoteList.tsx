// Background notes with their sources. Props only: shared by the popup and the
// in-page card. Everything is rendered as text nodes, never as markup.
import type { ComponentChildren } from 'preact';
import { factText, formatDate } from '@/lib/select-notes';
import { sourceLine } from '@/lib/source-line';
import type { Fact, NoteLang, Source } from '@/lib/types';
import { conflictHash } from '@/lib/library-hash';
import { uiStrings } from '@/lib/ui-strings';
import { AskLink } from './AskLink';

export interface NoteListProps {
  facts: Fact[];
  lang: NoteLang;
  /** Where source ids resolve. The popup passes the bundled sources; the in-page card
   * passes the few the background sent, so the content script does not carry them all. */
  sourceById: (id: string) => Source | undefined;
  /** Sources listed per note before the rest fold under "N more sources" (the card is small). */
  maxSources?: number;
  /** The conflicts between sources each note is part of (fact id → conflict ids): each gets a
   * line under the note that opens the library at it, so no note tells one side alone. */
  conflicts?: Readonly<Record<string, readonly string[]>>;
  /** Opens the library at a conflict (the in-page card asks the background). Without it, the
   * line is a plain link to library.html#conflict=<id> (the popup, an extension page). */
  onOpenConflict?(id: string): void;
}

export interface NoteProps extends Omit<NoteListProps, 'facts'> {
  fact: Fact;
  /** The library's view: the element's id is the fact id (deep links), and "as of" is shown. */
  full?: boolean;
  /** The note a link pointed at, marked out. */
  marked?: boolean;
  /** Shown after the sources (the library's links to where sources differ). */
  children?: ComponentChildren;
}

/** Only web links: a source URL can never become a script or data URL. */
export function webUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function kindLabel(fact: Fact, lang: NoteLang): string {
  const t = uiStrings(lang).notes;
  const who = fact.attribution?.[lang] ?? fact.attribution?.en;
  if ((fact.kind === 'claim' || fact.kind === 'response') && who) return `${t.by[fact.kind]} ${who}`;
  return t[fact.kind];
}

/** One source as every view writes it: linked title, publisher, where from, date. */
export function SourceLine({ source, lang }: { source: Source; lang: NoteLang }) {
  const line = sourceLine(source, lang);
  // Only a page's own headline goes in quotation marks; words from its address do not.
  const [open, close] = line.isHeadline ? uiStrings(lang).notes.quotes : ['', ''];
  return (
    <li class="note-source">
      {open}
      <a href={webUrl(source.url)} target="_blank" rel="noopener noreferrer" lang={source.language} title={line.hint}>
        {line.text}
      </a>
      {close}
      {line.publisher && ` — ${line.publisher}`}
      {line.via && `, ${line.via}`}
      {', '}
      {line.iso ? <time dateTime={line.iso}>{line.date}</time> : line.date}
    </li>
  );
}

/** The links under a note to the conflicts between sources it is part of. */
function DifferLinks({ ids, lang, onOpen }: { ids: readonly string[]; lang: NoteLang; onOpen?(id: string): void }) {
  const t = uiStrings(lang).notes;
  return (
    <>
      {ids.map((id, i) => {
        const label = t.differ(i + 1, ids.length);
        return (
          <p key={id} class="note-differ">
            {onOpen ? (
              <AskLink class="note-differ-link" onOpen={() => onOpen(id)}>
                {label}
              </AskLink>
            ) : (
              <a class="note-differ-link" href={`library.html${conflictHash(id)}`} target="_blank">
                {label}
              </a>
            )}
          </p>
        );
      })}
    </>
  );
}

/** One note: kind and who, date, text, sources, and where sources differ on it. */
export function Note({ fact, lang, sourceById, maxSources = Infinity, full = false, marked = false, conflicts, onOpenConflict, children }: NoteProps) {
  const t = uiStrings(lang).notes;
  const sources = fact.sources.map(sourceById).filter((x): x is Source => !!x);
  const line = (source: Source) => <SourceLine key={source.id} source={source} lang={lang} />;
  return (
    <li id={full ? fact.id : undefined} tabIndex={full ? -1 : undefined} class={`note note-${fact.kind}${marked ? ' note-marked' : ''}`}>
      <span class="note-kind">{kindLabel(fact, lang)}</span>
      {fact.date && <span class="note-date"> · {formatDate(fact.date, lang)}</span>}
      {full && <span class="note-as-of"> · {t.asOf(formatDate(fact.asOf, lang))}</span>}
      <p class="note-text">{factText(fact, lang)}</p>
      <ul class="note-sources">{sources.slice(0, maxSources).map(line)}</ul>
      {sources.length > maxSources && (
        <details class="note-more">
          <summary>{t.more(sources.length - maxSources)}</summary>
          <ul class="note-sources">{sources.slice(maxSources).map(line)}</ul>
        </details>
      )}
      {conflicts && Object.hasOwn(conflicts, fact.id) && <DifferLinks ids={conflicts[fact.id]} lang={lang} onOpen={onOpenConflict} />}
      {children}
    </li>
  );
}

export function NoteList({ facts, ...props }: NoteListProps) {
  return (
    <ul class="notes">
      {facts.map((fact) => (
        <Note key={fact.id} fact={fact} {...props} />
      ))}
    </ul>
  );
}
