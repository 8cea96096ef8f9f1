import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS } from './notes';
import { factText, formatDate, keyDates, selectNotes } from './select-notes';
import { NOTE_LANGS, TOPIC_IDS, type Fact, type NoteLang, type TopicId } from './types';

const ids = (facts: Fact[]) => facts.map((f) => f.id);

/** Every claim in `shown` is accompanied by every response recorded to it. */
function claimsWithoutResponses(shown: Fact[], all: readonly Fact[]): string[] {
  const shownIds = new Set(ids(shown));
  return shown
    .filter((c) => c.kind === 'claim')
    .flatMap((c) => all.filter((r) => r.respondsTo === c.id && !shownIds.has(r.id)).map((r) => `${c.id} without ${r.id}`));
}

describe('selectNotes on the bundled notes', () => {
  it.each<{ name: string; topic: TopicId; paragraph: string; expected: string[]; first?: string }>([
    {
      name: 'espionage concerns (VSSE mention) surface the VSSE statement with Cainiao’s denial',
      topic: 'vsse',
      paragraph: "Belgium's State Security service (VSSE) says it is monitoring Alibaba's logistics hub in Liège for possible espionage; the company denies it.",
      expected: ['vsse-ft-statement-2023', 'vsse-cainiao-denial-2023'],
      first: 'vsse-ft-statement-2023',
    },
    {
      name: 'espionage concerns in French (Cainiao mention) surface the VSSE statement with the denial',
      topic: 'cainiao',
      paragraph: "La Sûreté de l'État surveille le hub logistique de Cainiao à Liège par crainte d'espionnage ; l'entreprise dément.",
      expected: ['cainiao-vsse-monitoring-2023', 'cainiao-denial-2023'],
      first: 'cainiao-vsse-monitoring-2023',
    },
    {
      name: 'spies at the airport (2021, Dutch) bring both recorded responses',
      topic: 'liege-airport',
      paragraph: 'Volgens de Staatsveiligheid kunnen Chinese spionnen via Alibaba toegang krijgen tot gevoelige zones van de luchthaven van Luik.',
      expected: ['lgg-vsse-concern-2021', 'lgg-embassy-2021', 'lgg-no-indications-2021'],
    },
    {
      name: 'customs checks on Temu and Shein parcels bring the KiK claim and the FPS Finance reply',
      topic: 'liege-airport',
      paragraph: 'Critics say Temu and Shein parcels pour into Europe through Liège Airport with hardly any customs checks.',
      expected: ['lgg-kik-claim-2024', 'lgg-customs-reply-2024'],
    },
    {
      name: 'night noise and the operating permit',
      topic: 'liege-airport',
      paragraph: 'Omwonenden klagen over nachtvluchten en geluid rond de luchthaven van Luik; de vergunning beperkt het aantal bewegingen.',
      expected: ['lgg-permit-2022', 'lgg-permit-2023'],
    },
    {
      name: 'the Hong Kong listing',
      topic: 'cainiao',
      paragraph: 'Alibaba said it would spin off Cainiao in a Hong Kong IPO.',
      expected: ['cainiao-ipo-filing-2023', 'cainiao-ipo-withdrawn-2024'],
      first: 'cainiao-ipo-filing-2023',
    },
    {
      name: 'jobs at the opening',
      topic: 'cainiao',
      paragraph: 'Cainiao opened its eHub at Liège Airport in November 2021 with 200 jobs instead of the 900 promised.',
      expected: ['cainiao-ehub-opening-2021', 'cainiao-jobs-actual', 'cainiao-jobs-promised'],
    },
    {
      name: 'the head of the service',
      topic: 'vsse',
      paragraph: 'De Staatsveiligheid heeft een nieuwe topvrouw: Francisca Bostyn.',
      expected: ['vsse-bostyn-staff'],
      first: 'vsse-bostyn-staff',
    },
  ])('$name', ({ topic, paragraph, expected, first }) => {
    const shown = selectNotes(FACTS, topic, paragraph);
    expect(ids(shown)).toEqual(expect.arrayContaining(expected));
    if (first) expect(shown[0].id).toBe(first);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThanOrEqual(4);
  });

  it('shows a claim directly followed by its responses', () => {
    const shown = ids(selectNotes(FACTS, 'vsse', 'The VSSE is watching the Alibaba hub for espionage.'));
    const at = shown.indexOf('vsse-ft-statement-2023');
    expect(shown.slice(at, at + 3)).toEqual(['vsse-ft-statement-2023', 'vsse-cainiao-denial-2023', 'vsse-dolimont-letter-2023']);
  });

  it('brings the claim along when the paragraph matches only its response', () => {
    const shown = ids(selectNotes(FACTS, 'cainiao', 'Cainiao says its data stays on Alibaba Cloud servers in Germany and complies with the GDPR.'));
    expect(shown.slice(0, 2)).toEqual(['cainiao-vsse-monitoring-2023', 'cainiao-denial-2023']);
  });

  it.each(TOPIC_IDS)('%s: a paragraph with nothing relevant still gets two standalone notes', (topic) => {
    const shown = selectNotes(FACTS, topic, 'Nothing to see here.');
    expect(shown).toHaveLength(2);
    expect(shown.every((f) => f.topic === topic && f.kind !== 'claim')).toBe(true);
  });
});

describe('selectNotes grouping rules (small fixtures)', () => {
  const note = (id: string, kind: Fact['kind'], keywords: string[], respondsTo?: string): Fact => ({
    id, topic: 'vsse', kind, keywords, respondsTo, date: null, asOf: '2024',
    text: { en: id, fr: id, nl: id }, sources: ['S001'],
  });
  const claim = note('claim', 'claim', ['spying']);
  const replies = [note('reply-a', 'response', ['denial'], 'claim'), note('reply-b', 'response', [], 'claim')];
  const others = [note('fact-a', 'fact', ['spying']), note('fact-b', 'fact', ['spying']), note('fact-c', 'fact', [])];
  const facts = [claim, ...replies, ...others];

  it.each<{ name: string; paragraph: string; max?: number; min?: number; expected: string[] }>([
    { name: 'a claim brings all its responses', paragraph: 'spying', expected: ['claim', 'reply-a', 'reply-b', 'fact-a'] },
    { name: 'a claim whose responses do not fit is left out', paragraph: 'spying', max: 2, expected: ['fact-a', 'fact-b'] },
    { name: 'a response brings its claim and the other responses', paragraph: 'a denial', expected: ['claim', 'reply-a', 'reply-b'] },
    { name: 'a response stands alone only to reach the minimum', paragraph: 'a denial', max: 2, min: 2, expected: ['reply-a', 'fact-a'] },
    { name: 'nothing relevant: the minimum, without claims', paragraph: 'weather', min: 3, expected: ['fact-a', 'fact-b', 'fact-c'] },
  ])('$name', ({ paragraph, max, min, expected }) => {
    expect(ids(selectNotes(facts, 'vsse', paragraph, { max, min }))).toEqual(expected);
  });

  it('ignores notes of other topics', () => {
    const foreign = { ...note('elsewhere', 'fact', ['spying']), topic: 'cainiao' as const };
    expect(ids(selectNotes([foreign, ...facts], 'vsse', 'spying'))).not.toContain('elsewhere');
  });
});

describe('selectNotes never shows a claim without its recorded responses', () => {
  const vocabulary = [...new Set(FACTS.flatMap((f) => [...NOTE_LANGS.map((l) => f.text[l]), ...(f.keywords ?? [])]).flatMap((s) => s.split(/\s+/)))];

  it.each(TOPIC_IDS)('%s: every note text, in every language, as the paragraph', (topic) => {
    for (const f of FACTS) {
      for (const lang of NOTE_LANGS) {
        const shown = selectNotes(FACTS, topic, f.text[lang], { lang });
        expect(claimsWithoutResponses(shown, FACTS)).toEqual([]);
      }
    }
  });

  it('random paragraphs, topics, languages and limits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOPIC_IDS),
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }),
        fc.constantFrom<NoteLang>(...NOTE_LANGS),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (topic, paragraph, lang, max, min) => {
          const shown = selectNotes(FACTS, topic, paragraph.join(' '), { lang, max, min: Math.min(min, max) });
          expect(claimsWithoutResponses(shown, FACTS)).toEqual([]);
          expect(shown.length).toBeLessThanOrEqual(max);
          expect(shown.length).toBeGreaterThanOrEqual(Math.min(min, max));
          expect(new Set(ids(shown)).size).toBe(shown.length);
          expect(shown.every((f) => f.topic === topic)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('keyDates', () => {
  it.each(TOPIC_IDS)('%s: the key facts, oldest first', (topic) => {
    const timeline = keyDates(FACTS, topic);
    expect(timeline.length).toBeGreaterThanOrEqual(5);
    expect(timeline.every((f) => f.key && f.topic === topic)).toBe(true);
    const dates = timeline.map((f) => f.date!);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('display helpers', () => {
  it('factText falls back to English when a translation is empty', () => {
    const fact = { ...FACTS[0], text: { en: 'English', fr: '', nl: 'Nederlands' } };
    expect([factText(fact, 'fr'), factText(fact, 'nl')]).toEqual(['English', 'Nederlands']);
  });

  it.each<[string | null, NoteLang, string]>([
    ['2021-05', 'en', 'May 2021'],
    ['2021-05', 'fr', 'mai 2021'],
    ['1830', 'nl', '1830'],
    ['2023-10-05', 'nl', '5 oktober 2023'],
    [null, 'en', 'undated'],
    [null, 'fr', 'sans date'],
  ])('formatDate handles partial and missing dates: %s (%s) → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});
