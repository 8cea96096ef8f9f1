// The number check: figures a paragraph (or page) states, each beside the notes' sourced
// figures for its quantity, with what each measures, its hedge, when it holds, its kind and a source. No verdict: the
// reader compares. Props only; shared by the in-page card and the popup.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { FigureCheck, NoteFigure } from '@/lib/figures/figure-check';
import { formatFigure, formatHoldsFor } from '@/lib/figures/format-figure';
import { domainOf } from '@/lib/source-line';
import type { NoteLang, Source } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';
import { webUrl } from './NoteList';

interface Common {
  lang: NoteLang;
  sourceById: (id: string) => Source | undefined;
}

function NoteFigureLine({ figure, lang, sourceById }: Common & { figure: NoteFigure }) {
  const t = uiStrings(lang);
  const source = figure.sources.map(sourceById).find((s): s is Source => !!s);
  const { kind, attribution } = figure.fact;
  const who = attribution?.[lang] ?? attribution?.en;
  // A claimed figure says who claims it; another figure of a claim or a response, whose note it is.
  const claimed = figure.kind === 'claimed' && who;
  const by = !claimed && who && (kind === 'claim' || kind === 'response') ? ` (${t.notes.by[kind]} ${who})` : '';
  return (
    <li class="figure-note">
      {t.figures.labelled(t.figures.measures[figure.quantity])}
      <strong>{formatFigure(figure, lang)}</strong>
      {` — ${claimed ? t.figures.claimedBy(who) : t.figures.kinds[figure.kind]}, ${formatHoldsFor(figure.holdsFor, lang)}`}
      {by}
      {source && (
        <>
          {' · '}
          <a href={webUrl(source.url)} target="_blank" rel="noopener noreferrer">
            {source.publisher || domainOf(source.url)}
          </a>
        </>
      )}
    </li>
  );
}

/** Figures as written on the page, then the notes' figures they sit beside. */
export function FigureComparison({ written, notes, lang, sourceById }: Common & { written: string[]; notes: NoteFigure[] }) {
  return (
    <>
      <p class="figure-written">{written.map((w) => `“${w}”`).join(', ')}</p>
      <p class="figure-in-notes">{uiStrings(lang).figures.inNotes}</p>
      <ul class="figure-notes">
        {notes.map((figure, i) => (
          <NoteFigureLine key={i} figure={figure} lang={lang} sourceById={sourceById} />
        ))}
      </ul>
    </>
  );
}

/** Each figure as written, then the notes' figures for its quantity. */
export function FigureList({ checks, lang, sourceById }: Common & { checks: FigureCheck[] }) {
  return (
    <ul class="figure-checks">
      {checks.map((check, i) => (
        <li key={i} class="figure-check">
          <FigureComparison written={check.written} notes={check.notes} lang={lang} sourceById={sourceById} />
        </li>
      ))}
    </ul>
  );
}

/** A labelled region whose heading opens and closes it. */
export function FigureSection(props: { heading: string; initiallyOpen: boolean; children: ComponentChildren }) {
  const [open, setOpen] = useState(props.initiallyOpen);
  const id = useId();
  return (
    <section class="figures" aria-labelledby={id}>
      <h3 class="figures-heading">
        <button type="button" id={id} aria-expanded={open} onClick={() => setOpen(!open)}>
          <span class="figures-arrow" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {props.heading}
        </button>
      </h3>
      {open && props.children}
    </section>
  );
}
