// Background notes with their sources. Props only: shared by the popup and the
// in-page card. Everything is rendered as text nodes, never as markup.
import type { ComponentChildren } from 'preact';
import { factText, formatDate } from '@/lib/select-notes';
import { sourceLine } from '@/lib/source-line';
import type { Fact, NoteLang, Source } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

export interface NoteListProps {
  facts: Fact[];
  lang: NoteLang;
  /** Where source ids resolve. The popup passes the bundled sources; the in-page card
   * passes the few the background sent, so the content script does not carry them all. */
  sourceById: (id: string) => Source | undefined;
  /** Sources listed per note before the rest fold under "N more sources" (the card is small). */
  maxSources?: number;
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

/** One note: kind and who, date, text, sources. */
export function Note({ fact, lang, sourceById, maxSources = Infinity, full = false, marked = false, children }: NoteProps) {
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
