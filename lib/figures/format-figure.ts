// How a note's figure is written for readers: the number in the reader's language, the
// unit as sourced (m², ha, t, €, US$, yuan: never converted), counts' words translated.
import { formatDate } from '../select-notes';
import type { FactFigure, NoteLang } from '../types';
import { uiStrings } from '../ui-strings';

const LOCALES: Record<NoteLang, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };
/** Currency signs stand before the number, except in French. */
const SIGNS = new Set(['€', 'US$', '$']);

export function formatValue(value: number, lang: NoteLang): string {
  // "1.16 million" where that is exact, every digit otherwise ("1,120,643").
  const compact = value >= 1e6 && value % 1000 === 0;
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 3,
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

export function formatFigure(figure: Pick<FactFigure, 'value' | 'unit'>, lang: NoteLang): string {
  const number = formatValue(figure.value, lang);
  if (SIGNS.has(figure.unit)) return lang === 'fr' ? `${number} ${figure.unit}` : `${figure.unit}${lang === 'nl' ? ' ' : ''}${number}`;
  return `${number} ${uiStrings(lang).figures.units[figure.unit] ?? figure.unit}`;
}

/** "2018–2021", "November 2021", or that no source dates it. */
export function formatHoldsFor(holdsFor: string | null, lang: NoteLang): string {
  if (!holdsFor) return uiStrings(lang).figures.undated;
  return holdsFor.includes('/') ? holdsFor.replace('/', '–') : formatDate(holdsFor, lang);
}
