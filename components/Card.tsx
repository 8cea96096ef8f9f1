// The in-page card: what matched, why, and the most relevant notes. Props only;
// entrypoints/content/card.ts mounts it in our shadow root and feeds it.
import { useEffect, useRef } from 'preact/hooks';
import type { FigureCheck } from '@/lib/figures/figure-check';
import type { Fact, NoteLang, Source, Topic } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';
import { AskLink } from './AskLink';
import { FigureList, FigureSection } from './FigureCheck';
import { NoteList } from './NoteList';

/** Fixed-position placement in viewport pixels: anchored by its top or its bottom edge. */
export interface CardPosition {
  left: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
}

export interface CardProps {
  topic: Topic;
  /** The words on the page that matched. */
  matched: string;
  why: string;
  notes: Fact[];
  /** The paragraph's figures beside the notes' (the number check); none hides the section. */
  figures?: FigureCheck[];
  sourceById(id: string): Source | undefined;
  lang: NoteLang;
  position: CardPosition;
  /** Move keyboard focus into the card (when opened from the keyboard). */
  focus: boolean;
  /** "2 of 7" when stepping through mentions. */
  step?: string;
  onDismiss(): void;
  onClose(): void;
  /** The library's number of notes on the topic; no link without it (the background did not answer). */
  libraryNotes?: number;
  /** Asks the background to open the library at this topic in a new tab. */
  onOpenLibrary?(): void;
  /** The conflicts between sources that shown notes are part of (fact id → conflict ids). */
  conflicts?: Readonly<Record<string, readonly string[]>>;
  /** Asks the background to open the library at one of the topic's conflicts. */
  onOpenConflict?(id: string): void;
}

export function Card(props: CardProps) {
  const { topic, lang } = props;
  const t = uiStrings(lang).card;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.focus, props.matched, props.position]);
  return (
    <section
      ref={ref}
      class="card"
      role="dialog"
      // In the notes' language, whatever the page's: a screen reader reads it with the right voice.
      lang={lang}
      aria-label={`Fact Notes: ${topic.names[lang]}`}
      tabIndex={-1}
      style={{
        left: `${props.position.left}px`,
        top: props.position.top === undefined ? undefined : `${props.position.top}px`,
        bottom: props.position.bottom === undefined ? undefined : `${props.position.bottom}px`,
        maxHeight: `${Math.min(460, props.position.maxHeight)}px`,
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      {/* Plain divs, not <header>/<footer>: those would add a banner and a contentinfo
          landmark to the page, beside the page's own. */}
      <div class="card-head">
        <span class={`dot topic-${topic.id}`} aria-hidden="true" />
        <h2>{topic.names[lang]}</h2>
        {props.step && <span class="step">{props.step}</span>}
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      {topic.summary[lang] && <p class="summary">{topic.summary[lang]}</p>}
      {!!props.figures?.length && (
        <FigureSection heading={uiStrings(lang).figures.heading} initiallyOpen>
          <FigureList checks={props.figures} lang={lang} sourceById={props.sourceById} />
        </FigureSection>
      )}
      <h3 class="visually-hidden">{t.notes}</h3>
      <NoteList
        facts={props.notes}
        lang={lang}
        sourceById={props.sourceById}
        maxSources={2}
        conflicts={props.conflicts}
        onOpenConflict={props.onOpenConflict}
      />
      <details class="why">
        <summary>{t.why}</summary>
        <p>
          “{props.matched}” — {props.why}
        </p>
      </details>
      <div class="card-foot">
        {!!props.libraryNotes && props.onOpenLibrary && (
          <AskLink class="library-link" onOpen={props.onOpenLibrary}>
            {uiStrings(lang).library.allNotesAbout(props.libraryNotes, topic.names[lang])}
          </AskLink>
        )}
        <button type="button" class="dismiss" onClick={props.onDismiss}>
          {t.notThis}
        </button>
      </div>
    </section>
  );
}
