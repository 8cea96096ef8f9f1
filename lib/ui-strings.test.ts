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
