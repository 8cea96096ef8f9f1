// How a note's figure is written for readers: the sources' hedge ("about", "more than"), the
// number in the reader's language, the unit as sourced (m², ha, t, €, US$, yuan: never
// converted), counts' words translated.
import { formatDate } from '../select-notes';
import type { FactFigure, NoteLang } from '../types';
import { uiStrings } from '../ui-strings';

/** Currency signs stand before the number, except in French. */
const SIGNS = new Set(['€', 'US$', '$']);

export function formatValue(value: number, lang: NoteLang): string {
  // "1.16 million" where that is exact, every digit otherwise ("1,120,643").
  const compact = value >= 1e6 && value % 1000 === 0;
  return new Intl.NumberFormat(uiStrings(lang).notes.locale, {
    maximumFractionDigits: 3,
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

export function formatFigure(figure: Pick<FactFigure, 'value' | 'unit' | 'qualifier'>, lang: NoteLang): string {
  const t = uiStrings(lang).figures;
  const number = formatValue(figure.value, lang);
  const { unit } = figure;
  const amount = SIGNS.has(unit)
    ? lang === 'fr' ? `${number} ${unit}` : `${unit}${lang === 'nl' ? ' ' : ''}${number}`
    : `${number} ${t.units[unit] ?? unit}`;
  return figure.qualifier ? `${t.qualifiers[figure.qualifier]} ${amount}` : amount;
}

/** "2018–2021", "November 2021", or that no source dates it. */
export function formatHoldsFor(holdsFor: string | null, lang: NoteLang): string {
  if (!holdsFor) return uiStrings(lang).figures.undated;
  return holdsFor.includes('/') ? holdsFor.replace('/', '–') : formatDate(holdsFor, lang);
}
