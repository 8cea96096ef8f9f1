import { describe, expect, it } from 'vitest';
import { FACTS } from '../notes';
import { FACT_QUANTITIES, NOTE_LANGS, type FactQuantity, type FigureQualifier, type NoteLang } from '../types';
import { uiStrings } from '../ui-strings';
import { formatFigure, formatHoldsFor } from './format-figure';

describe('formatFigure', () => {
  it.each<[number, string, NoteLang, string]>([
    [30000, 'm²', 'en', '30,000 m²'],
    [30000, 'm²', 'fr', '30\u202f000 m²'],
    [30000, 'm²', 'nl', '30.000 m²'],
    [22, 'ha', 'fr', '22 ha'],
    [1160000, 't', 'en', '1.16 million t'],
    [1160000, 't', 'nl', '1,16 miljoen t'],
    [1120643, 't', 'en', '1,120,643 t'],
    [75000000, '€', 'en', '€75 million'],
    [75000000, '€', 'fr', '75 millions €'],
    [75000000, '€', 'nl', '€ 75 miljoen'],
    [3750000000, 'US$', 'en', 'US$3.75 billion'],
    [18228000000, 'yuan', 'en', '18.228 billion yuan'],
    [900, 'jobs', 'fr', '900 emplois'],
    [18, 'cargo flights a week', 'nl', '18 vrachtvluchten per week'],
  ])('%s %s in %s → %s', (value, unit, lang, text) => {
    expect(formatFigure({ value, unit }, lang)).toBe(text);
  });

  it.each<[FigureQualifier, number, string, NoteLang, string]>([
    ['about', 900, 'jobs', 'en', 'about 900 jobs'],
    ['more-than', 200, 'people', 'fr', 'plus de 200 personnes'],
    ['fewer-than', 8000, 't', 'nl', 'minder dan 8.000 t'],
    ['up-to', 3750000000, 'US$', 'en', 'up to US$3.75 billion'],
    ['at-least', 1000000000, 'US$', 'fr', 'au moins 1 milliard US$'],
    ['more-than', 100000000, '€', 'nl', 'meer dan € 100 miljoen'],
  ])('says how the sources hedge it: %s %s %s in %s → %s', (qualifier, value, unit, lang, text) => {
    expect(formatFigure({ value, unit, qualifier }, lang)).toBe(text);
  });

  it('has a label for what each of the notes\' figures measures, in every language', () => {
    for (const lang of NOTE_LANGS) {
      expect(Object.keys(FACT_QUANTITIES).filter((q) => !uiStrings(lang).figures.measures[q as FactQuantity])).toEqual([]);
    }
  });

  it('has the words of every unit the notes use, in every language', () => {
    const symbols = new Set(['m²', 'ha', 't', '€', 'US$', 'yuan']);
    const units = new Set(FACTS.flatMap((f) => f.figures ?? []).map((g) => g.unit).filter((u) => !symbols.has(u)));
    for (const lang of NOTE_LANGS) {
      expect([...units].filter((u) => !uiStrings(lang).figures.units[u])).toEqual([]);
    }
  });
});

describe('formatHoldsFor', () => {
  it.each<[string | null, NoteLang, string]>([
    ['2018/2021', 'en', '2018–2021'],
    ['2021-11', 'en', 'November 2021'],
    ['2021-11', 'fr', 'novembre 2021'],
    [null, 'nl', 'datum niet in de bronnen'],
  ])('%s in %s → %s', (holdsFor, lang, text) => {
    expect(formatHoldsFor(holdsFor, lang)).toBe(text);
  });
});
