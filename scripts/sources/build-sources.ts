// data/sources.json from the dossier: the sources the notes cite, with the fields a reader
// is shown. The dossier's researcher's notes (publisherNote, seen) are left behind; titleFrom
// stays because it decides how a title may be shown (lib/source-line.ts).
import type { Conflict, Fact, Source, TitleFrom } from '../../lib/types';
import { PUBLISHER_FIXES, SOURCE_VIA, TITLE_FIXES } from './reader-words';

export interface DossierSource {
  id: string;
  url: string;
  publisher: string;
  publisherNote?: string;
  title: string | null;
  titleFrom: TitleFrom;
  published: string | null;
  publishedMonth?: string;
  lang: string;
  seen?: string;
}

// A few dossier entries still carry a note in the title or publisher field: "(report excerpt)
// Le service…", "(FT text republished)", "Wikipédia (FR) old copy". The note goes; what is left
// of a title is a line of the page, not its headline; a title that was only a note is none.
const LEADING_NOTE = /^\([^)]*\)\s*/;
const PUBLISHER_NOTE = /\s*\(.*$/;

function readerTitle(d: DossierSource): Pick<Source, 'title' | 'titleFrom'> {
  if (d.id in TITLE_FIXES) {
    const fixed = TITLE_FIXES[d.id];
    return fixed ? { title: fixed, titleFrom: d.titleFrom } : { title: null, titleFrom: 'none' };
  }
  if (d.titleFrom === 'none' || !d.title) return { title: null, titleFrom: 'none' };
  if (!LEADING_NOTE.test(d.title)) return { title: d.title, titleFrom: d.titleFrom };
  const rest = d.title.replace(LEADING_NOTE, '').replace(/^"(.*)"$/, '$1');
  return rest ? { title: rest, titleFrom: 'page-text' } : { title: null, titleFrom: 'none' };
}

/** The sources data/ cites: the notes' and those the conflicts between sources name. */
export function citedSources(facts: readonly Fact[], conflicts: readonly Conflict[]): Set<string> {
  return new Set([...facts.flatMap((f) => f.sources), ...conflicts.flatMap((c) => c.sides.flatMap((s) => s.sources))]);
}

export function buildSources(dossier: readonly DossierSource[], cited: ReadonlySet<string>): Source[] {
  return dossier
    .filter((d) => cited.has(d.id))
    .map((d) => ({
      id: d.id,
      url: d.url,
      publisher: PUBLISHER_FIXES[d.id] ?? d.publisher.replace(PUBLISHER_NOTE, ''),
      ...(SOURCE_VIA[d.id] ? { via: SOURCE_VIA[d.id] } : {}),
      ...readerTitle(d),
      published: d.published,
      ...(d.published === null && d.publishedMonth ? { publishedMonth: d.publishedMonth } : {}),
      language: d.lang,
    }));
}
