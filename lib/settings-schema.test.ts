import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  applyChange,
  SETTINGS_VERSION,
  checkNewSite,
  defaultSettings,
  migrate,
  normalizeHostname,
  parseImportedSettings,
  repairSettings,
  resolveNoteLang,
  serializeSettings,
  type Settings,
} from './settings-schema';

const withDefaults = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });
const allOn = DEFAULT_SETTINGS.topics;

describe('repairSettings', () => {
  it.each([
    ['nothing stored', undefined, defaultSettings(), []],
    ['null', null, defaultSettings(), []],
    ['an empty object', {}, defaultSettings(), []],
    ['a string', 'garbage', defaultSettings(), Object.keys(DEFAULT_SETTINGS)],
    ['an array', [1, 2], defaultSettings(), Object.keys(DEFAULT_SETTINGS)],
    ['a number', 42, defaultSettings(), Object.keys(DEFAULT_SETTINGS)],
  ])('gives the defaults for %s', (_, raw, settings, invalid) => {
    expect(repairSettings(raw)).toEqual({ settings, invalid });
  });

  it('keeps a complete valid value as it is', () => {
    const valid: Settings = {
      topics: { cainiao: false, 'liege-airport': true, vsse: false },
      highlightStyle: 'background',
      mark: 'first',
      openCard: 'hover-key',
      hoverDelayMs: 800,
      hoverKey: 'alt',
      strictness: 'strict',
      language: 'nl',
      extraSites: ['example.com'],
      pausedSites: ['lesoir.be'],
    };
    expect(repairSettings(valid)).toEqual({ settings: valid, invalid: [] });
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>, string[]]>([
    ['an unknown highlight style', { highlightStyle: 'blink' }, {}, ['highlightStyle']],
    ['a highlight style in the wrong case', { highlightStyle: 'Underline' }, {}, ['highlightStyle']],
    ['the v2 highlight style "none", met in v3 data', { highlightStyle: 'none' }, {}, ['highlightStyle']],
    ['an unknown mark scope', { mark: 'some' }, {}, ['mark']],
    ['an unknown way to open the card', { openCard: 'doubleclick' }, {}, ['openCard']],
    ['a key we do not offer', { hoverKey: 'meta' }, {}, ['hoverKey']],
    ['a hover delay below the range', { hoverDelayMs: 20 }, {}, ['hoverDelayMs']],
    ['a hover delay above the range', { hoverDelayMs: 5000 }, {}, ['hoverDelayMs']],
    ['a hover delay as text', { hoverDelayMs: '300' }, {}, ['hoverDelayMs']],
    ['a numeric strictness', { strictness: 3 }, {}, ['strictness']],
    ['a null language', { language: null }, {}, ['language']],
    ['a language we have no notes in', { language: 'de' }, {}, ['language']],
    ['topics as a list', { topics: ['cainiao'] }, {}, ['topics']],
    ['topics as null', { topics: null }, {}, ['topics']],
    ['a topic switch that is not a boolean', { topics: { cainiao: 'no', vsse: false } }, { topics: { ...allOn, vsse: false } }, ['topics']],
    ['an unknown topic id (ignored)', { topics: { cainiao: false, 'port-of-antwerp': false } }, { topics: { ...allOn, cainiao: false } }, []],
    ['a partial topic record (missing ones stay on)', { topics: { vsse: false } }, { topics: { ...allOn, vsse: false } }, []],
    ['extra sites as a string', { extraSites: 'example.com' }, {}, ['extraSites']],
    ['paused sites as an object', { pausedSites: { 'lesoir.be': true } }, {}, ['pausedSites']],
    [
      'lists with some bad entries',
      { extraSites: ['Example.com', 7, 'not a host', null, 'https://www.news.example.org/a', 'example.com'] },
      { extraSites: ['example.com', 'news.example.org'] },
      ['extraSites'],
    ],
  ])('repairs %s and keeps the other fields', (_, bad, expected, invalid) => {
    const stored = { highlightStyle: 'background', strictness: 'loose', language: 'fr', pausedSites: ['hln.be'], ...bad };
    const kept = { highlightStyle: 'background', strictness: 'loose', language: 'fr', pausedSites: ['hln.be'] } as const;
    const result = repairSettings(stored);
    const fixedFields = Object.fromEntries(invalid.map((f) => [f, defaultSettings()[f as keyof Settings]]));
    expect(result.invalid).toEqual(invalid);
    expect(result.settings).toEqual(withDefaults({ ...kept, ...fixedFields, ...expected } as Partial<Settings>));
  });

  it('never shares arrays or objects with the defaults', () => {
    const a = repairSettings(null).settings;
    a.extraSites.push('example.com');
    a.topics.cainiao = false;
    expect(DEFAULT_SETTINGS.extraSites).toEqual([]);
    expect(repairSettings(null).settings.topics.cainiao).toBe(true);
  });
});

describe('applyChange', () => {
  const current = withDefaults({ language: 'fr', pausedSites: ['hln.be'], topics: { ...allOn, vsse: false } });
  it.each<[string, Parameters<typeof applyChange>[1], Settings]>([
    ['a plain field', { strictness: 'loose' }, { ...current, strictness: 'loose' }],
    ['one topic, keeping the others', { topics: { cainiao: false } }, { ...current, topics: { cainiao: false, 'liege-airport': true, vsse: false } }],
    ['a change derived from the current value', (s) => ({ pausedSites: [...s.pausedSites, 'gva.be'] }), { ...current, pausedSites: ['hln.be', 'gva.be'] }],
    ['an invalid value (repaired, the rest kept)', { highlightStyle: 'blink' as never, extraSites: ['ok.com', 'not ok'] }, { ...current, extraSites: ['ok.com'] }],
  ])('applies %s', (_, change, expected) => {
    expect(applyChange(current, change)).toEqual(expected);
  });
});

describe('migrations', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    [
      'v1 with two topics on and highlighting on',
      { enabledTopics: ['cainiao', 'liege'], highlight: true, language: 'fr', pausedSites: ['hln.be'] },
      { topics: { cainiao: true, 'liege-airport': true, vsse: false }, highlightStyle: 'underline', language: 'fr', pausedSites: ['hln.be'] },
    ],
    [
      'v1 with highlighting off and no topics',
      { enabledTopics: [], highlight: false },
      { topics: { cainiao: false, 'liege-airport': false, vsse: false }, mark: 'none' },
    ],
    ['v1 with unknown topic ids', { enabledTopics: ['vsse', 'nope', 3], highlight: true }, { topics: { cainiao: false, 'liege-airport': false, vsse: true } }],
    ['v1 missing its fields', {}, {}],
    ['v1 with corrupt fields', { enabledTopics: 'cainiao', highlight: 'yes', language: 12 }, {}],
  ])('migrates %s from v1 to a valid current value', (_, v1, expected) => {
    expect(repairSettings(migrate(v1, 1)).settings).toEqual(withDefaults(expected));
  });

  it.each<[string, unknown, Partial<Settings>]>([
    ['highlight style "none" becomes "mark nothing", with the default style kept for later', { highlightStyle: 'none', language: 'nl' }, { mark: 'none', language: 'nl' }],
    ['a background style keeps its style and marks every mention', { highlightStyle: 'background', strictness: 'loose' }, { highlightStyle: 'background', strictness: 'loose' }],
    ['the defaults of v2', { topics: allOn, highlightStyle: 'underline', strictness: 'balanced', language: 'auto', extraSites: [], pausedSites: [] }, {}],
  ])('migrates v2: %s', (_, v2, expected) => {
    const result = repairSettings(migrate(v2, 2));
    expect(result).toEqual({ settings: withDefaults(expected), invalid: [] });
    expect(result.settings).toMatchObject({ openCard: 'hover', hoverDelayMs: 250, mark: expected.mark ?? 'all' }); // today's behaviour
  });

  it.each([null, 'garbage', 5, [1]])('passes %j through without throwing', (v1) => {
    expect(() => repairSettings(migrate(v1, 1))).not.toThrow();
  });

  it('leaves a current value alone, even when run again', () => {
    const current = withDefaults({ mark: 'none', topics: { ...allOn, vsse: false } });
    expect(migrate(current, SETTINGS_VERSION)).toEqual(current);
    expect(repairSettings(migrate(current, 1)).settings).toEqual(current);
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['*.example.com', 'example.com'],
    ['https://news.example.co.uk/2024/article?x=1', 'news.example.co.uk'],
    ['http://www.example.org:8080/', 'example.org'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['my-site.example', 'my-site.example'],
  ])('%j → %j', (input, host) => expect(normalizeHostname(input)).toBe(host));

  it.each(['', '   ', 'localhost', 'example', '192.168.0.1', 'exa mple.com', '-bad.com', 'bad-.com', 'a..b.com', 'javascript:alert(1)', 'example.c0m', `${'a'.repeat(64)}.com`])(
    'rejects %j',
    (input) => expect(normalizeHostname(input)).toBeNull(),
  );
});

describe('checkNewSite', () => {
  it.each([
    ['', [], /Type a site name/],
    ['not a site', [], /“not a site” is not a site name/],
    ['www.lesoir.be', [], /lesoir\.be is already one of the default sites/],
    ['edition.bbc.com', [], /edition\.bbc\.com is already one of the default sites/],
    ['Example.com', ['example.com'], /example\.com is already in your list/],
  ])('refuses %j with a clear message', (input, existing, message) => {
    const result = checkNewSite(input, existing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('accepts a new site, normalised', () => {
    expect(checkNewSite('https://www.Example.org/news', ['example.com'])).toEqual({ ok: true, host: 'example.org' });
  });
});

describe('resolveNoteLang', () => {
  it.each([
    ['auto', 'fr-BE', 'fr'],
    ['auto', 'nl', 'nl'],
    ['auto', 'nl_BE', 'nl'],
    ['auto', 'FR-fr', 'fr'],
    ['auto', 'de-DE', 'en'],
    ['auto', 'en-GB', 'en'],
    ['auto', '', 'en'],
    ['auto', undefined, 'en'],
    ['nl', 'fr-BE', 'nl'],
    ['en', 'fr-BE', 'en'],
    ['fr', 'en-US', 'fr'],
  ] as const)('%s with browser %j → %s', (pref, nav, lang) => expect(resolveNoteLang(pref, nav)).toBe(lang));
});

describe('export and import', () => {
  const custom = withDefaults({
    highlightStyle: 'background', mark: 'first', openCard: 'click', hoverDelayMs: 600, hoverKey: 'ctrl',
    language: 'nl', extraSites: ['example.com'], topics: { ...allOn, cainiao: false },
  });
  const file = (body: Record<string, unknown>) => JSON.stringify({ app: 'fact-notes', version: SETTINGS_VERSION, ...body });

  it('round-trips an export', () => {
    const text = serializeSettings(custom, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ app: 'fact-notes', version: SETTINGS_VERSION, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(parseImportedSettings(text)).toEqual({ ok: true, settings: custom });
  });

  it('migrates a file written by settings v1', () => {
    const text = JSON.stringify({ app: 'fact-notes', version: 1, settings: { enabledTopics: ['vsse'], highlight: false } });
    expect(parseImportedSettings(text)).toEqual({
      ok: true,
      settings: withDefaults({ topics: { cainiao: false, 'liege-airport': false, vsse: true }, mark: 'none' }),
    });
  });

  it('migrates a file written by settings v2, its highlight style "none" included', () => {
    const text = JSON.stringify({ app: 'fact-notes', version: 2, settings: { highlightStyle: 'none', strictness: 'strict', pausedSites: ['hln.be'] } });
    expect(parseImportedSettings(text)).toEqual({ ok: true, settings: withDefaults({ mark: 'none', strictness: 'strict', pausedSites: ['hln.be'] }) });
  });

  it('carries the reading-comfort fields through export and import', () => {
    const text = serializeSettings(custom, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text).settings).toMatchObject({ mark: 'first', openCard: 'click', hoverDelayMs: 600, hoverKey: 'ctrl' });
  });

  it('fills fields missing from an older or partial file with defaults', () => {
    expect(parseImportedSettings(file({ settings: { language: 'fr' } }))).toEqual({ ok: true, settings: withDefaults({ language: 'fr' }) });
  });

  it.each([
    ['text that is not JSON', 'hello', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['JSON that is not ours', '{"name":"something else"}', /not a Fact Notes settings file/],
    ['a JSON array', '[]', /not a Fact Notes settings file/],
    ['our envelope without settings', file({ settings: 'x' }), /not a Fact Notes settings file/],
    ['no version', JSON.stringify({ app: 'fact-notes', settings: {} }), /no valid version/],
    ['a version that is not a whole number', file({ version: 1.5, settings: {} }), /no valid version/],
    ['a newer version', file({ version: SETTINGS_VERSION + 1, settings: {} }), /newer version of Fact Notes/],
    ['bad values', file({ settings: { highlightStyle: 'blink', extraSites: ['ok.com', 'not ok'] } }), /cannot use for: highlight style, extra sites/],
    ['a bad way to open the card', file({ settings: { openCard: 'wink', hoverDelayMs: -1 } }), /cannot use for: open the card, delay before the card opens/],
    ['a huge file', `{"pad":"${'x'.repeat(100_001)}"}`, /too large/],
  ])('refuses %s with a human message', (_, text, message) => {
    const result = parseImportedSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
