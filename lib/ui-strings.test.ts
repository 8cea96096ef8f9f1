import { describe, expect, it } from 'vitest';
import { checkNewSite, parseImportedSettings } from './settings-schema';
import { NOTE_LANGS } from './types';
import { LANGUAGE_NAMES, UI_STRINGS } from './ui-strings';

/** Every leaf of a table as [path, value]; functions are called with sample arguments. */
function leaves(node: unknown, path = ''): [string, unknown][] {
  if (typeof node === 'function') return [[path, node('example.com', 2)]];
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, node]];
}

const keys = (lang: (typeof NOTE_LANGS)[number]) => leaves(UI_STRINGS[lang]).map(([path]) => path).sort();

describe('UI strings', () => {
  it.each(NOTE_LANGS)('%s has exactly the English keys', (lang) => {
    expect(keys(lang)).toEqual(keys('en'));
  });

  it.each(NOTE_LANGS)('%s has a non-empty text for every key, functions included', (lang) => {
    const empty = leaves(UI_STRINGS[lang]).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(empty).toEqual([]);
  });

  it('translates: FR and NL differ from EN wherever the words are not shared on purpose', () => {
    // Words that are the same in two languages (brand names, loanwords) are listed here, so a
    // key copied over untranslated shows up.
    const SAME = new Set(['popup.mentions', 'popup.notes', 'options.sites.heading', 'notes.more', 'options.extra.heading',
      'options.fields.extraSites', 'options.highlight.background.label', 'options.reset.willRemove',
      'options.openCard.delay', 'figures.quantities.tonnes', 'figures.units.customs officers', 'figures.labelled', 'options.keys.alt', 'options.keys.ctrl', 'options.macKeys.alt', 'options.macKeys.ctrl', 'options.keys.shift',
      'library.notes', 'library.filters']);
    const en = new Map(leaves(UI_STRINGS.en));
    for (const lang of ['fr', 'nl'] as const) {
      const copied = leaves(UI_STRINGS[lang]).filter(([path, text]) => !SAME.has(path) && text === en.get(path)).map(([p]) => p);
      expect(copied, lang).toEqual([]);
    }
  });

  it.each([
    ['en', 1, 0, 'Your 1 extra site will be removed.'],
    ['en', 2, 3, 'Your 2 extra sites and 3 paused sites will be removed.'],
    ['fr', 0, 1, 'Seront aussi retirés : 1 site en pause.'],
    ['nl', 2, 1, 'Ook verwijderd worden: 2 extra sites en 1 gepauzeerde site.'],
  ] as const)('%s: what a reset removes (%i extra, %i paused)', (lang, extra, paused, text) => {
    expect(UI_STRINGS[lang].options.reset.willRemove(extra, paused)).toBe(text);
  });

  it.each([
    ['en', 0, '0 notes', '0 of 71 notes', '0 mentions', '0 points where sources differ', '0.5 seconds'],
    ['en', 1, '1 note', '1 of 71 notes', '1 mention', '1 point where sources differ', '1 second'],
    ['en', 2, '2 notes', '2 of 71 notes', '2 mentions', '2 points where sources differ', '2 seconds'],
    ['fr', 0, '0 note', '0 note sur 71', '0 mention', '0 point où les sources divergent', '0,5 seconde'],
    ['fr', 1, '1 note', '1 note sur 71', '1 mention', '1 point où les sources divergent', '1 seconde'],
    ['fr', 2, '2 notes', '2 notes sur 71', '2 mentions', '2 points où les sources divergent', '2 secondes'],
    ['nl', 0, '0 notities', '0 van 71 notities', '0 vermeldingen', '0 punten waarop bronnen verschillen', '0,5 seconden'],
    ['nl', 1, '1 notitie', '1 van 71 notities', '1 vermelding', '1 punt waarop bronnen verschillen', '1 seconde'],
    ['nl', 2, '2 notities', '2 van 71 notities', '2 vermeldingen', '2 punten waarop bronnen verschillen', '2 seconden'],
  ] as const)('%s: counts of %i take the noun the language uses for it', (lang, n, notes, count, mentions, conflicts, seconds) => {
    const t = UI_STRINGS[lang];
    expect([t.library.notes(n), t.library.count(n, 71), t.popup.mentions(n), t.library.conflictsFound(n), t.options.openCard.delaySpoken(n ? n * 1000 : 500)]).toEqual([
      notes, count, mentions, conflicts, seconds,
    ]);
  });

  it.each([
    ['en', 1, 'Imported s.json. 1 extra site needs access: use “Grant access” in Sites.'],
    ['fr', 1, 's.json importé. 1 site supplémentaire doit encore être autorisé : utilisez « Autoriser l’accès » dans Sites.'],
    ['fr', 3, 's.json importé. 3 sites supplémentaires doivent encore être autorisés : utilisez « Autoriser l’accès » dans Sites.'],
    ['nl', 1, 's.json geïmporteerd. 1 extra site heeft nog toegang nodig: gebruik “Toegang geven” bij Sites.'],
  ] as const)('%s: an import that leaves %i site(s) to grant', (lang, n, text) => {
    expect(UI_STRINGS[lang].options.messages.imported('s.json', n)).toBe(text);
  });

  it.each([
    ['en', 1, 0, 1, 'shown with 1 response'],
    ['en', 2, 1, 2, 'shown with 1 claim and 2 responses'],
    ['fr', 1, 0, 2, 'affichée avec 2 réponses'],
    ['fr', 3, 1, 0, 'affichées avec 1 affirmation'],
    ['nl', 2, 2, 1, 'getoond met 2 beweringen en 1 reactie'],
  ] as const)('%s: %i found notes shown with %i claim(s) and %i response(s)', (lang, matched, claims, responses, text) => {
    expect(UI_STRINGS[lang].library.shownWith(matched, claims, responses)).toBe(text);
  });

  it('names each language in its own words', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', fr: 'Français', nl: 'Nederlands' });
  });

  it('words the pure checks in the language asked for', () => {
    expect(checkNewSite('', [], UI_STRINGS.fr.options.siteErrors)).toEqual({ ok: false, error: 'Saisissez un nom de site, comme example.com.' });
    expect(parseImportedSettings('{', UI_STRINGS.nl.options)).toEqual({
      ok: false, error: 'Dit bestand is geen geldige JSON, dus geen instellingenbestand van Fact Notes.',
    });
    const bad = JSON.stringify({ app: 'fact-notes', version: 2, settings: { strictness: 'x' } });
    expect(parseImportedSettings(bad, UI_STRINGS.fr.options)).toEqual({
      ok: false, error: 'Ce fichier contient des valeurs inutilisables pour : rigueur de la recherche. Rien n’a été modifié.',
    });
  });
});
