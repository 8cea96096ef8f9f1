// The bundled data: schemas, cross-file rules, and agreement with the vetted dossier.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildSources, citedSources } from '../../scripts/sources/build-sources';
import { PUBLISHER_FIXES, SOURCE_VIA, TITLE_FIXES } from '../../scripts/sources/reader-words';
import { NOTE_LANGS, TOPIC_IDS, FACT_QUANTITIES, type Conflict, type Fact, type FactFigure, type Source, type Topic } from '../../lib/types';
import { NUMBER, parseNumber } from '../../lib/figures/numbers';
import { MULTIPLIERS } from '../../lib/figures/words';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(ROOT + path, 'utf8'));

const TOPICS: Topic[] = read('data/topics.json');
const FACTS: Fact[] = read('data/facts.json');
const SOURCES: Source[] = read('data/sources.json');
const CONFLICTS: Conflict[] = read('data/conflicts.json');

const DOSSIER = '../shared/dossier/sources.json';
const CHECK_FACTS = '../shared/tools/check-facts.py';
const hasShared = existsSync(ROOT + DOSSIER) && existsSync(ROOT + CHECK_FACTS);
if (!hasShared) console.warn(`data.test: ${ROOT}../shared not found, dossier comparison and check-facts skipped`);

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** ISO YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day. */
function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month = 1, day = 1] = m.slice(1).filter(Boolean).map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const factsOf = (topic: string) => FACTS.filter((f) => f.topic === topic);

describe('data files match their JSON schemas', () => {
  const ajv = new Ajv({ allErrors: true });
  it.each([
    ['topics', TOPICS],
    ['facts', FACTS],
    ['sources', SOURCES],
    ['conflicts', CONFLICTS],
  ])('data/%s.json', (name, data) => {
    const validate = ajv.compile(read(`data/schema/${name}.schema.json`));
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('cross-file rules', () => {
  const sourceIds = new Set(SOURCES.map((s) => s.id));
  const byId = new Map(FACTS.map((f) => [f.id, f]));

  it('ids are unique in each file', () => {
    expect(duplicates(TOPICS.map((t) => t.id))).toEqual([]);
    expect(duplicates(FACTS.map((f) => f.id))).toEqual([]);
    expect(duplicates(SOURCES.map((s) => s.id))).toEqual([]);
  });

  it('every fact cites at least one existing source', () => {
    const broken = FACTS.filter((f) => f.sources.length === 0 || f.sources.some((id) => !sourceIds.has(id)));
    expect(broken.map((f) => f.id)).toEqual([]);
  });

  it('the hand-written reader words name only cited sources', () => {
    const keys = [...Object.keys(SOURCE_VIA), ...Object.keys(TITLE_FIXES), ...Object.keys(PUBLISHER_FIXES)];
    expect(keys.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('every source is cited, by a note or a conflict between sources', () => {
    const cited = citedSources(FACTS, CONFLICTS);
    expect(SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('dates are ISO and real', () => {
    const bad = [
      ...FACTS.flatMap((f) => [f.date, f.asOf].filter((d) => d !== null && !isIsoDate(d)).map((d) => `${f.id}: ${d}`)),
      // A source's date is a full day or nothing.
      ...SOURCES.filter((s) => s.published !== null && !(s.published.length === 10 && isIsoDate(s.published))).map((s) => `${s.id}: ${s.published}`),
    ];
    expect(bad).toEqual([]);
  });

  it('kind is fact, claim, response or context', () => {
    expect(FACTS.filter((f) => !['fact', 'claim', 'response', 'context'].includes(f.kind)).map((f) => f.id)).toEqual([]);
  });

  it('claims and responses say who made them, in every language', () => {
    const missing = FACTS.filter((f) => (f.kind === 'claim' || f.kind === 'response') && NOTE_LANGS.some((l) => !f.attribution?.[l]?.trim()));
    expect(missing.map((f) => f.id)).toEqual([]);
  });

  it('every response answers an existing claim of the same topic, and only responses do', () => {
    const bad = FACTS.filter((f) => {
      if (f.kind !== 'response') return f.respondsTo !== undefined;
      const claim = byId.get(f.respondsTo ?? '');
      return claim?.kind !== 'claim' || claim.topic !== f.topic;
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it('every fact has its text in English, French and Dutch', () => {
    expect(FACTS.filter((f) => NOTE_LANGS.some((l) => !f.text[l]?.trim())).map((f) => f.id)).toEqual([]);
  });

  it.each(TOPIC_IDS)('%s has at least 15 facts', (topic) => {
    expect(factsOf(topic).length).toBeGreaterThanOrEqual(15);
  });

  it.each(TOPIC_IDS)('%s has 5–12 dated key facts', (topic) => {
    const key = factsOf(topic).filter((f) => f.key);
    expect(key.length).toBeGreaterThanOrEqual(5);
    expect(key.length).toBeLessThanOrEqual(12);
    expect(key.filter((f) => f.date === null).map((f) => f.id)).toEqual([]);
  });

  // A timeline must not tell one side of a story by selection.
  it('a key claim has all its recorded responses among the key dates, and a key response its claim', () => {
    const unpaired = FACTS.filter((f) => f.key).flatMap((f) => [
      ...FACTS.filter((r) => r.respondsTo === f.id && !r.key).map((r) => `${f.id} without ${r.id}`),
      ...(f.respondsTo && !byId.get(f.respondsTo)?.key ? [`${f.id} without ${f.respondsTo}`] : []),
    ]);
    expect(unpaired).toEqual([]);
  });

  it('related topics exist and are never the topic itself', () => {
    const bad = TOPICS.flatMap((t) => t.related.filter((r) => r === t.id || !TOPIC_IDS.includes(r)).map((r) => `${t.id} → ${r}`));
    expect(bad).toEqual([]);
  });
});

// data/conflicts.json: the dossier's conflicts table in our words, shown in the library.
describe('conflicts between sources', () => {
  const factIds = new Set(FACTS.map((f) => f.id));
  const sourceIds = new Set(SOURCES.map((s) => s.id));
  const notesOf = (c: Conflict) => [...c.about, ...c.sides.flatMap((s) => s.facts)];

  it('ids are unique and never a fact id (both are links in the library)', () => {
    const ids = CONFLICTS.map((c) => c.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => factIds.has(id))).toEqual([]);
  });

  it('every fact id names a note in data/facts.json', () => {
    expect(CONFLICTS.flatMap((c) => notesOf(c).filter((id) => !factIds.has(id)).map((id) => `${c.id}: ${id}`))).toEqual([]);
  });

  it('every source is in data/sources.json', () => {
    expect(CONFLICTS.flatMap((c) => c.sides.flatMap((s) => s.sources).filter((id) => !sourceIds.has(id)).map((id) => `${c.id}: ${id}`))).toEqual([]);
  });

  it('every title, text and version is written in English, French and Dutch', () => {
    const missing = CONFLICTS.flatMap((c) =>
      [c.title, c.text, ...c.sides.map((s) => s.says)].flatMap((words) => NOTE_LANGS.filter((l) => !words[l]?.trim()).map((l) => `${c.id} ${l}`)),
    );
    expect(missing).toEqual([]);
  });

  // Both sides told, no verdict: the reader weighs the sources.
  it.each<[keyof Conflict['text'], RegExp]>([
    ['en', /\b(wrong|wrongly|error|erroneous|mistak\w*|incorrect\w*|false|untrue|correct\w*|actually|in fact|conflat\w*|confus\w*|misleading|rightly)\b/i],
    ['fr', /\b(faux|fausse\w*|erron\w*|erreur\w*|à tort|inexact\w*|correct\w*|en réalité|en fait|confond\w*|trompeu\w*|à raison)\b/i],
    ['nl', /\b(fout\w*|onjuist\w*|verkeerd\w*|ten onrechte|vergis\w*|correct\w*|eigenlijk|in feite|verwar\w*|misleid\w*|terecht)\b/i],
  ])('no verdict words (%s)', (lang, verdict) => {
    const words = CONFLICTS.flatMap((c) => [c.title, c.text, ...c.sides.map((s) => s.says)].map((w) => `${c.id}: ${w[lang]}`));
    expect(words.filter((w) => verdict.test(w))).toEqual([]);
  });
});

describe.skipIf(!hasShared)('agreement with ../shared', () => {
  it('data/sources.json is what `npm run sources` makes from the dossier', () => {
    expect(SOURCES).toEqual(buildSources(read(DOSSIER), citedSources(FACTS, CONFLICTS)));
  });

  // The rows of the dossier's conflicts table (facts.md), in order, and our entry for each.
  const CONFLICT_ROWS = [
    'lgg-european-rank-differs', 'cainiao-building-size-differs', 'cainiao-site-area-differs', 'cainiao-extension-differs',
    'cainiao-investment-differs', 'cainiao-jobs-promised-differs', 'cainiao-jobs-counted-differs', 'cainiao-opening-year-differs',
    'vsse-answer-date-differs', 'vsse-airports-quote-differs', 'vsse-monitoring-length-differs', 'lgg-tonnage-2024-differs',
    'lgg-movements-2023-differs', 'lgg-decline-2022-differs', 'lgg-customs-staff-differs', 'lgg-parcel-duty-differs',
    'vsse-staff-differs', 'vsse-oldest-differs', 'vsse-comite-i-differs', 'lgg-runway-differs', 'lgg-ceo-2021-differs',
    'lgg-movement-cap-differs', 'cainiao-dropped-phases-differs', 'cainiao-alibaba-stake-differs', 'vsse-2021-suspicion-differs',
  ];

  it("every conflict in the dossier's table is in data/conflicts.json, citing only sources its row gives", () => {
    const table = readFileSync(ROOT + '../shared/dossier/facts.md', 'utf8').split(/^## conflicts$/m)[1];
    const rows = [...table.matchAll(/^\| (\d+) \|(.*)$/gm)].map((m) => new Set(m[2].match(/S\d{3}/g)));
    expect(CONFLICTS.map((c) => c.id)).toEqual(CONFLICT_ROWS);
    expect(rows).toHaveLength(CONFLICT_ROWS.length);
    const stray = CONFLICTS.flatMap((c, i) => c.sides.flatMap((s) => s.sources).filter((id) => !rows[i].has(id)).map((id) => `${c.id}: ${id}`));
    expect(stray).toEqual([]);
  });

  // The dossier's own words on a source: its date, address and the researcher's note of what it said.
  type DossierSource = { id: string; url: string; publisher: string; published: string | null; publishedMonth?: string; seen?: string };
  const dossier = new Map((read(DOSSIER) as DossierSource[]).map((s) => [s.id, s]));
  const dated = (id: string) => dossier.get(id)!.published ?? dossier.get(id)!.publishedMonth ?? '';
  const sourcesOf = (c: Conflict) => [...new Set(c.sides.flatMap((s) => s.sources))];
  const wordsOf = (c: Conflict, lang: (typeof NOTE_LANGS)[number]) => [c.title[lang], c.text[lang], ...c.sides.map((s) => s.says[lang])].join(' ');

  it("every year a conflict names is in its row of the dossier's table, or in what the dossier has of its sources", () => {
    const table = readFileSync(ROOT + '../shared/dossier/facts.md', 'utf8').split(/^## conflicts$/m)[1];
    const rows = [...table.matchAll(/^\| (\d+) \|(.*)$/gm)].map((m) => m[2]);
    const years = (text: string) => text.match(/(?<!\d)(?:18|19|20)\d\d(?!\d)/g) ?? [];
    const stray = CONFLICTS.flatMap((c, i) => {
      const known = new Set([rows[i], ...sourcesOf(c).map((id) => { const d = dossier.get(id)!; return `${dated(id)} ${d.url} ${d.seen ?? ''}`; })].flatMap(years));
      return NOTE_LANGS.flatMap((lang) => years(wordsOf(c, lang)).filter((y) => !known.has(y)).map((y) => `${c.id} (${lang}): ${y}`));
    });
    expect(stray).toEqual([]);
  });

  // "Le Soir and RTBF (2021)", "People's Daily (December 2018)": the outlets named before a
  // date in brackets are dated so by the dossier, each one (an undated source gets no year).
  const MONTHS = ['january|janvier|januari', 'february|février|februari', 'march|mars|maart', 'april|avril', 'may|mai|mei', 'june|juin|juni',
    'july|juillet|juli', 'august|août|augustus', 'september|septembre', 'october|octobre|oktober', 'november|novembre', 'december|décembre'];
  const monthOf = (word: string) => String(MONTHS.findIndex((m) => m.split('|').includes(word.toLowerCase())) + 1).padStart(2, '0');

  it('each outlet named before a bracketed date ("(2021)", "(December 2018)", "(2010–2011)") has a source of that date, in conflicts and notes', () => {
    const texts = [
      ...CONFLICTS.map((c) => [c.id, c.text, sourcesOf(c)] as const),
      ...FACTS.map((f) => [f.id, f.text, f.sources] as const),
    ];
    const wrong = texts.flatMap(([id, words, sources]) =>
      NOTE_LANGS.flatMap((lang) => {
        const text = words[lang];
        return [...text.matchAll(/\((?:(\p{L}+) )?(\d{4})(?:–(\d{4}))?\)/gu)].flatMap((m) => {
          const fits = (d: string) => (m[1] ? d.startsWith(`${m[2]}-${monthOf(m[1])}`) : d.slice(0, 4) >= m[2] && d.slice(0, 4) <= (m[3] ?? m[2]));
          // The list the date closes: back to the previous bracket or the clause's start.
          const before = text.slice(0, m.index);
          const list = before.slice(Math.max(before.lastIndexOf(')'), before.search(/[.;:] (?!.*[.;:] )/s)) + 1);
          const named = new Map<string, string[]>();
          for (const source of sources) {
            const publisher = dossier.get(source)!.publisher.split(' / ')[0];
            if (list.includes(publisher)) named.set(publisher, [...(named.get(publisher) ?? []), dated(source)]);
          }
          return [...named].filter(([, dates]) => !dates.some(fits)).map(([p, dates]) => `${id} (${lang}): ${p} ${m[0]}, dossier: ${dates.map((d) => d || 'undated').join(', ')}`);
        });
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("no researcher's note is in a title or publisher", () => {
    const notes = /headline not shown|url slug|title taken from|republication of|republished|date unknown|snapshot|mirror/i;
    const bad = SOURCES.filter((s) => notes.test(`${s.title ?? ''} ${s.publisher}`) || /^\(/.test(s.title ?? '') || /[()]/.test(s.publisher));
    expect(bad.map((s) => `${s.id}: ${s.publisher} | ${s.title}`)).toEqual([]);
  });

  it('check-facts.py reports 0 problems', () => {
    let report: string;
    try {
      report = execFileSync('python3', [CHECK_FACTS, '.'], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      report = (error as { stdout?: string }).stdout || String(error);
    }
    expect(report).toMatch(/, 0 problems$/m);
  });
});

/** `a` is before `b` at the precision both share ("2023-10" is not before "2023-10-05"). */
function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * Earliest date an undated source can have, from what it reports (the dossier's facts.md and
 * `seen` notes): a note citing it is as of that date or later.
 */
const UNDATED_FLOORS: Record<string, [floor: string, reason: string]> = {
  S001: ['2021-05-05', "the minister's 5 May 2021 answer to MPs 'this week' (seed 000)"],
  S002: ['2023-10-05', 'the FT story of 5 October 2023 (seed 001)'],
  S003: ['2023-10-05', "Cainiao's reply to the FT story of 5 October 2023 (seed 003)"],
  S004: ['2024-03-26', "Alibaba's 26 March 2024 offer for the rest of Cainiao"],
  S007: ['2023-09-26', "Cainiao's IPO filing, announced 26 September 2023"],
  S010: ['2018-05', 'Liège chosen as European hub, announced end of May 2018 (C02)'],
  S013: ['2018-07-03', "Michel's meeting with Jack Ma on 3 July 2018"],
  S015: ['2018-12-05', 'the eWTP memorandum signed "today", 5 December 2018 (C04)'],
  S016: ['2018-12-05', 'the official signing on Wednesday 5 December 2018 (C04)'],
  S031: ['2021-11-08', 'the eHub inauguration of 8 November 2021 (C08)'],
  S035: ['2021-11-16', 'newsletter issue of 16 November 2021, per its address'],
  S040: ['2023-12', 'the dropped extension: after Nov 2023 (C15)'],
  S046: ['2021-04', 'the ground-handling licence, about two weeks before the 5 May 2021 answer (C13, S047)'],
  S047: ['2021-05-05', "the minister's answer 'ce mercredi', 5 May 2021"],
  S048: ['2023-12', 'the dropped extension: after Nov 2023 (C15)'],
  S049: ['2023-12', 'the dropped extension: after Nov 2023 (C15)'],
  S050: ['2023-10-05', 'the FT story of 5 October 2023 and Cainiao\'s reply'],
  S051: ['2023-10-05', 'the FT story of 5 October 2023 and Cainiao\'s reply'],
  S053: ['2023-02', "Holslag's February 2023 paper (C17)"],
  S057: ['2021-04-10', 'the SAMR fine of 10 April 2021'],
  S058: ['2021-04-10', 'the SAMR fine of 10 April 2021'],
  S061: ['2023-09-26', "Cainiao's IPO filing of 26 September 2023"],
  S062: ['2024-03-26', 'the IPO withdrawal of 26 March 2024'],
  S066: ['2020', 'the 2019 tonnage'],
  S067: ['2022', 'the 2021 tonnage'],
  S068: ['2022-09', 'a Wikipedia copy of September 2022, per its address'],
  S070: ['2021', 'a 2021 report, per its address'],
  S074: ['2026', 'the 2025 results'],
  S079: ['2021-02-09', "Partoune's dismissal on 9 February 2021"],
  S084: ['2021-02-09', "Partoune's dismissal in February 2021"],
  S085: ['2010', 'the 2009 tonnage'],
  S088: ['2018', 'the 2017 tonnage'],
  S090: ['2019', 'the 2018 tonnage, with 2017 passengers as the year before'],
  S097: ['2024', 'the 2023 results'],
  S102: ['2025', 'the 2024 results'],
  S103: ['2026', 'the 2025 results'],
  S105: ['2019-04', 'the April 2019 parcel count'],
  S114: ['2025-12-12', 'the ECOFIN decision of 12 December 2025 (L16)'],
  S115: ['2025-12-12', 'the ECOFIN decision of 12 December 2025 (L16)'],
  S116: ['2025-12-12', 'the ECOFIN vote of 12 December 2025'],
  S117: ['2025-12-12', 'the ECOFIN decision of 12 December 2025 (L16)'],
  S123: ['2024', "the Council of State auditor's advice to annul, spring 2024 (L19)"],
  S125: ['2024-04-30', 'the challenged permit of 30 April 2024'],
  S127: ['2022-05', 'Francisca Bostyn as chief, from May 2022 (V05)'],
  S130: ['2022-05', 'Francisca Bostyn at the head, from May 2022 (V05); its note in the dossier does not say whether as interim'],
  S138: ['2024', 'the five-year appointment after two years as interim head from May 2022 (V05)'],
  S146: ['2021-05-05', "the minister's answer of 5 May 2021"],
  S148: ['2021-05-05', "the minister's answer of 5 May 2021"],
  S150: ['2021-06-04', "the minister's letter of 4 June 2021 (V10)"],
  S153: ['2023-10-10', "Dolimont's letter of Tuesday 10 October 2023 (V15)"],
  S158: ['2023-10-05', 'a summary of the FT story of 5 October 2023'],
  S159: ['2023-10-05', 'the FT story of 5 October 2023'],
  S161: ['2023-10-09', 'dated 9 October 2023 in its address'],
  S163: ['2023-01-09', 'the agreement filed with the Chamber on 9 January 2023'],
  S164: ['2024-07', 'the first year of screening, to 30 June 2024'],
  S167: ['2018-04-27', 'the law as amended on 27 April 2018'],
};

describe('asOf', () => {
  const sourceDate = new Map(SOURCES.map((s) => [s.id, s.published ?? s.publishedMonth ?? UNDATED_FLOORS[s.id]?.[0] ?? null]));

  it("is on or after the note's own date and the newest date of its sources (an undated one's earliest date)", () => {
    const early = FACTS.flatMap((f) =>
      [f.date, ...f.sources.map((id) => sourceDate.get(id) ?? null)]
        .filter((d): d is string => d !== null && isBefore(f.asOf, d))
        .map((d) => `${f.id}: asOf ${f.asOf} before ${d}`),
    );
    expect(early).toEqual([]);
  });

  it('earliest dates are given only to undated sources, as ISO dates', () => {
    const bad = Object.entries(UNDATED_FLOORS).filter(([id, [floor]]) => {
      const source = SOURCES.find((s) => s.id === id);
      return !source || source.published !== null || source.publishedMonth !== undefined || !isIsoDate(floor);
    });
    expect(bad.map(([id]) => id)).toEqual([]);
  });

  it('the schema and lib/types.ts describe asOf in the same words', () => {
    const described: string = read('data/schema/facts.schema.json').items.properties.asOf.description;
    expect(readFileSync(ROOT + 'lib/types.ts', 'utf8').replace(/\s*\n\s*\*\s*/g, ' ')).toContain(described);
  });
});

// Issue 17's audit: wording that invented disagreements or said more or less than the
// source, and the VSSE's own words, stay fixed.
describe('audited wording', () => {
  const all = (lang: keyof Fact['text']) => FACTS.map((f) => `${f.id}: ${f.text[lang]}`);
  it.each<[keyof Fact['text'], string]>([
    ['en', '380,000 m² hub instead'],
    ['en', 'grew steadily'],
    ['fr', 'près de 870'],
    ['nl', 'bijna 870'],
    ['en', 'sources differ on its opening year'],
    ['en', 'staff figures differ'],
    ['en', 'sources disagree'],
    ['en', 'jobs in all'],
    ['en', 'rather than conflicting'],
    ['en', 'applied for permits'],
    ['en', 'a month later'],
    ['en', 'used only'],
    ['en', 'serves only'],
    ['fr', 'uniquement pour ses'],
    ['nl', 'uitsluitend voor'],
    ['nl', 'onder wie warenhuisgroep'],
    ['fr', 'un officier chinois'],
    ['fr', "d'agents chinois"],
    // Our bookkeeping of the dossier's conflicts (9, 11, 8), not a reader's concern.
    ['en', 'one report says'],
    ['fr', 'selon un média'],
    ['nl', 'volgens één medium'],
    ['en', 'another outlet'],
    ['fr', 'selon un autre média'],
    ['nl', 'volgens een ander medium'],
    ['en', 'articles that place'],
    ['fr', 'les articles qui'],
    ['nl', 'artikels die'],
  ])('%s: no note says "%s"', (lang, phrase) => {
    expect(all(lang).filter((t) => t.toLowerCase().includes(phrase.toLowerCase()))).toEqual([]);
  });

  it.each<[string, keyof Fact['text'], string]>([
    ['vsse-ft-statement-2023', 'en', "'the intent and capacity'"],
    ['vsse-ft-statement-2023', 'fr', "« l'intention et la capacité »"],
    ['vsse-ft-statement-2023', 'nl', "'de intentie en de capaciteit'"],
    ['cainiao-vsse-monitoring-2023', 'en', "'the intent and capacity'"],
    ['vsse-china-intelligence-law', 'en', "'in accordance with the law'"],
    ['vsse-china-intelligence-law', 'fr', '« conformément à la loi »'],
    ['vsse-china-intelligence-law', 'nl', "'overeenkomstig de wet'"],
    ['vsse-minister-warning-2021', 'en', 'personal data'],
    ['cainiao-expansion-plan-2022', 'en', 'started the permit procedure'],
    ['cainiao-expansion-2023', 'en', 'seven weeks later'],
    ['cainiao-holslag-2023', 'en', 'By his count'],
    ['cainiao-ehub-opening-2021', 'en', 'Cainiao parcels passed through Liège via partners from 2018; its own building opened in 2021.'],
    ['cainiao-ehub-opening-2021', 'fr', 'transitaient par Liège via des partenaires depuis 2018 ; son propre bâtiment a ouvert en 2021.'],
    ['cainiao-ehub-opening-2021', 'nl', 'liepen sinds 2018 via partners langs Luik; het eigen gebouw opende in 2021.'],
  ])('%s (%s) says %s', (id, lang, phrase) => {
    expect(FACTS.find((f) => f.id === id)!.text[lang]).toContain(phrase);
  });

  // C16: Cainiao said it "firmly" rejected the allegations; both copies of its reply say so.
  it.each(['cainiao-denial-2023', 'vsse-cainiao-denial-2023'])('%s says Cainiao firmly rejected them, in every language', (id) => {
    const { text } = FACTS.find((f) => f.id === id)!;
    expect([text.en, text.fr, text.nl]).toEqual([expect.stringContaining('firmly rejected'), expect.stringContaining('fermement rejeté'), expect.stringContaining('resoluut af')]);
  });

  it("China's 2023 embassy response answers the VSSE's statement", () => {
    expect(FACTS.find((f) => f.id === 'vsse-embassy-2023')!.respondsTo).toBe('vsse-ft-statement-2023');
  });
});

// The library deep-links notes and conflicts by id (library.html#<id>, #conflict=<id>):
// ids are added, never renamed or removed.
describe('published ids', () => {
  it.each<[string, string, Array<{ id: string }>]>([
    ['tests/unit/fact-ids.json', 'data/facts.json', FACTS],
    ['tests/unit/conflict-ids.json', 'data/conflicts.json', CONFLICTS],
  ])('every id in %s is still in %s', (file, _data, records) => {
    const published: string[] = read(file);
    const ids = new Set(records.map((r) => r.id));
    expect(published.filter((id) => !ids.has(id))).toEqual([]);
  });
});

// Notes issue 17 asked for, each from the dossier with its sources, numbers written per language.
describe('notes added from the dossier', () => {
  it.each<[string, string[], Record<'en' | 'fr' | 'nl', string>]>([
    ['cainiao-ground-handling-licence-2021', ['S046', 'S047'], { en: 'ten years', fr: 'dix ans', nl: 'tien jaar' }],
    ['cainiao-land-deadlines', ['S040', 'S048', 'S049'], { en: 'go back to the airport', fr: "reviennent à l'aéroport", nl: 'terug naar de luchthaven' }],
    ['cainiao-only-european-centre', ['S002'], { en: 'AliExpress', fr: 'AliExpress', nl: 'AliExpress' }],
    ['lgg-cargo-2019', ['S066'], { en: '902,480', fr: '902 480', nl: '902.480' }],
    ['lgg-china-flights', ['S105', 'S106', 'S110'], { en: '2,400', fr: '2 400', nl: '2.400' }],
  ])('%s cites %j and says it in every language', (id, sources, words) => {
    const fact = FACTS.find((f) => f.id === id)!;
    expect(fact.sources).toEqual(sources);
    for (const lang of NOTE_LANGS) expect(fact.text[lang]).toContain(words[lang]);
  });
});

/** Every value `text` writes as a number: "3,000", "1.16 million", "1,2 miljoen", "€75 million". */
function writtenValues(text: string): number[] {
  return [...text.matchAll(NUMBER)].flatMap((m) => {
    const word = /^[ \u00a0\u202f]?([\p{L}]+)/u.exec(text.slice(m.index + m[0].length))?.[1].toLowerCase();
    const multiplier = word && Object.hasOwn(MULTIPLIERS, word) ? MULTIPLIERS[word] : 1;
    const plain = parseNumber(m[0]);
    const scaled = parseNumber(m[0], true);
    return [plain, scaled === null ? null : scaled * multiplier].filter((v): v is number => v !== null);
  });
}

describe('figures', () => {
  const withFigures = FACTS.filter((f) => f.figures);

  it("each figure's value is written in the note's text, in every language", () => {
    const unwritten = withFigures.flatMap((f) =>
      NOTE_LANGS.flatMap((lang) => {
        const written = writtenValues(f.text[lang]);
        return f.figures!.filter((g) => !written.some((v) => Math.abs(v - g.value) < 1e-6 * g.value)).map((g) => `${f.id} ${lang} ${g.value}`);
      }),
    );
    expect(unwritten).toEqual([]);
  });

  it("each figure cites some of its note's sources", () => {
    const stray = withFigures.flatMap((f) => f.figures!.filter((g) => g.sources.some((s) => !f.sources.includes(s))).map((g) => `${f.id} ${g.value}`));
    expect(stray).toEqual([]);
  });

  it('the schema knows exactly the quantities the number check maps', () => {
    const schema = read('data/schema/facts.schema.json');
    expect(schema.items.properties.figures.items.properties.quantity.enum.sort()).toEqual(Object.keys(FACT_QUANTITIES).sort());
  });

  it('dates each figure (a day, a month, a year or a span of years) or says no source shows when', () => {
    const bad = withFigures.flatMap((f) =>
      f.figures!.filter((g) => g.holdsFor !== null && !g.holdsFor.split('/').every(isIsoDate)).map((g) => `${f.id} ${g.holdsFor}`),
    );
    expect(bad).toEqual([]);
  });

  it.each<[string, number, Partial<FactFigure>]>([
    // The dossier's exact values (L08), each with the one source that gives it.
    ['lgg-cargo-growth-2009-2018', 482121, { holdsFor: '2009', sources: ['S085'] }],
    ['lgg-cargo-growth-2009-2018', 660604, { holdsFor: '2016', sources: ['S087'] }],
    ['lgg-cargo-growth-2009-2018', 600000, { qualifier: 'more-than', sources: ['S103'] }],
    ['lgg-cargo-growth-2009-2018', 870000, { qualifier: 'about', sources: ['S089', 'S090'] }],
    // The first phase is its own quantity, from the source that gives it (L-Post).
    ['cainiao-investment', 30000000, { quantity: 'investment-first-phase', sources: ['S023'] }],
    ['cainiao-investment', 75000000, { quantity: 'investment', qualifier: 'about', sources: ['S020', 'S021'] }],
    // "Roughly 3,000 indirect jobs mentioned in 2019–2021" (C10).
    ['cainiao-jobs-promised', 3000, { quantity: 'jobs-indirect', holdsFor: '2019/2021', qualifier: 'about' }],
    // "A little over 200" (S029), "220" (S023, S037): each figure from the sources that give it.
    ['cainiao-jobs-actual', 200, { quantity: 'hub-staff', qualifier: 'more-than', sources: ['S029'] }],
    ['cainiao-jobs-actual', 220, { quantity: 'hub-staff', holdsFor: '2021-11', sources: ['S023', 'S037'] }],
    // The airport planned 69,000 by 2043 (S118) and hoped for 70,000 (S119, no year) (L17).
    ['lgg-permit-2022', 69000, { holdsFor: '2043', kind: 'planned', sources: ['S118'] }],
    ['lgg-permit-2022', 70000, { holdsFor: null, kind: 'planned', sources: ['S119'] }],
    // S103 gives "nearly 1,325,000 t", not the exact 2025 count.
    ['lgg-growth-2024-2025', 1324579, { sources: ['S074'] }],
    // A retailer's count that officials contradict (L14, conflict 15) and a professor's unverified ones (C17).
    ['lgg-kik-claim-2024', 400000, { kind: 'claimed' }],
    ['lgg-kik-claim-2024', 500000, { kind: 'claimed' }],
    ['cainiao-holslag-2023', 650000000, { kind: 'claimed' }],
    ['cainiao-holslag-2023', 1800000000, { kind: 'claimed' }],
    // The VSSE's headcount and the airport's customs officers are not the hub's jobs.
    ['vsse-bostyn-staff', 900, { quantity: 'vsse-staff' }],
    ['lgg-customs-reply-2024', 183, { quantity: 'customs-staff', kind: 'measured' }],
    // Movements the airport counted (L11, S074 for 2025).
    ['lgg-growth-2024-2025', 37029, { quantity: 'movements', holdsFor: '2024', kind: 'measured', sources: ['S100', 'S101'] }],
    ['lgg-growth-2024-2025', 36979, { quantity: 'movements', holdsFor: '2025', sources: ['S074'] }],
    ['lgg-growth-2024-2025', 28822, { quantity: 'cargo-movements', holdsFor: '2025', sources: ['S074'] }],
    ['cainiao-expansion-plan-2022', 120000, { quantity: 'planned-total-area' }],
    ['cainiao-expansion-2023', 50000, { quantity: 'planned-hall-area' }],
  ])('%s gives %d as the dossier does', (id, value, expected) => {
    const figures = FACTS.find((f) => f.id === id)!.figures!.filter((g) => g.value === value && (!expected.quantity || g.quantity === expected.quantity));
    expect(figures).toEqual([expect.objectContaining(expected)]);
  });

  it("a claim note's figures are what its claimant promised or claims, never measured or planned", () => {
    const bad = withFigures
      .filter((f) => f.kind === 'claim')
      .flatMap((f) => f.figures!.filter((g) => g.kind !== 'promised' && g.kind !== 'claimed').map((g) => `${f.id} ${g.value} ${g.kind}`));
    expect(bad).toEqual([]);
  });

  it('a claimed figure is shown with who claims it: its note is a claim with an attribution', () => {
    const bad = withFigures.flatMap((f) => f.figures!.filter((g) => g.kind === 'claimed' && (f.kind !== 'claim' || !f.attribution)).map((g) => `${f.id} ${g.value}`));
    expect(bad).toEqual([]);
  });

  it('structures no movement cap: a legal ceiling is neither promised, planned nor measured', () => {
    const caps = FACTS.flatMap((f) => (f.figures ?? []).filter((g) => g.quantity === 'movements' && [50000, 55000].includes(g.value)));
    expect(caps).toEqual([]);
  });

  it('notes that state the figures the number check compares carry them', () => {
    const ids = withFigures.map((f) => f.id);
    for (const id of ['cainiao-warehouse-size', 'cainiao-jobs-promised', 'cainiao-jobs-actual', 'cainiao-investment', 'lgg-million-tonnes-2020']) {
      expect(ids).toContain(id);
    }
  });
});
