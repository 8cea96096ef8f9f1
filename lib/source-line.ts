// How a source is written for readers (card, popup, library): the title as the link text,
// the publisher, and the full date, else the month, else "date not visible". Pure.
import { formatDate } from './select-notes';
import type { NoteLang, Source } from './types';
import { uiStrings } from './ui-strings';

export interface SourceLine {
  /** The link text. */
  text: string;
  /** True only for the page's own headline or a line of the page standing in for it:
   * words spelled back from the address or a publisher's name are not a headline. */
  isHeadline: boolean;
  /** Shown beside the link; empty when the link text already names the publisher. */
  publisher: string;
  via?: string;
  /** ISO date for <time>, when one was visible. */
  iso?: string;
  date: string;
  /** Said on hover where the link text is not the page's own words. */
  hint?: string;
}

/** The site's domain, without "www.": "nieuwsblad.be". */
export function domainOf(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1].replace(/^www\./i, '') : url;
}

export function sourceLine(source: Source, lang: NoteLang): SourceLine {
  const iso = source.published ?? source.publishedMonth;
  const t = uiStrings(lang).notes;
  const dated = { iso, date: iso ? formatDate(iso, lang) : t.dateNotVisible };
  const via = source.via?.[lang];
  if (source.titleFrom === 'none' || !source.title) {
    const domain = domainOf(source.url);
    const text = source.publisher.toLowerCase().includes(domain) ? source.publisher : `${source.publisher} (${domain})`;
    return { text, isHeadline: false, publisher: '', via, ...dated };
  }
  const fromUrl = source.titleFrom === 'url';
  return {
    text: source.title,
    isHeadline: !fromUrl,
    publisher: source.publisher,
    via,
    ...dated,
    ...(fromUrl ? { hint: t.fromAddress } : {}),
  };
}
