import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreCorpus } from './eval-score';
import { createFinder, REACH, type Scope, type ScopeAt } from './find-mentions';
import { TOPICS } from './topics';
import type { Strictness } from './types';

const finder = createFinder(TOPICS);
/** "topic:original words" for each mention. */
const found = (text: string, strictness?: Strictness) =>
  finder.find(text, { strictness }).map((m) => `${m.topic}:${text.slice(m.start, m.end)}`);

describe('finder: positives', () => {
  it.each([
    ['The Cainiao hub opened in 2021.', ['cainiao:Cainiao']],
    ['CAINIAO SMART LOGISTICS and Cainiao’s staff', ['cainiao:CAINIAO SMART LOGISTICS', 'cainiao:Cainiao']],
    ['Caïniao and Cainiao‑s (odd hyphen)', ['cainiao:Caïniao', 'cainiao:Cainiao']],
    ['菜鸟网络在列日机场', ['cainiao:菜鸟网络', 'liege-airport:列日机场']],
    ['Liege airport, LIÈGE AIRPORT and Liège’s airport', ['liege-airport:Liege airport', 'liege-airport:LIÈGE AIRPORT', 'liege-airport:Liège’s airport']],
    ['the Liège cargo airport', ['liege-airport:Liège cargo airport']],
    ['aéroport de Liège-Bierset', ['liege-airport:aéroport de Liège-Bierset']],
    ['luchthaven van Luik, Luikse luchthaven, Flughafen Lüttich, Lütticher Flughafen', [
      'liege-airport:luchthaven van Luik', 'liege-airport:Luikse luchthaven', 'liege-airport:Flughafen Lüttich', 'liege-airport:Lütticher Flughafen',
    ]],
    ['The VSSE’s report', ['vsse:VSSE']],
    ['Selon la Surete de l’Etat', ['vsse:Surete de l’Etat']],
    ['De Veiligheid van de Staat', ['vsse:Veiligheid van de Staat']],
    ['Die belgische Staatssicherheit warnt.', ['vsse:belgische Staatssicherheit']],
    ['比利时国家安全局表示', ['vsse:比利时国家安全局']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('finder: negatives', () => {
  it.each([
    'Standard Liège, Liège-Guillemins, Liège-Bastogne-Liège, the University of Liège and the Port of Liège.',
    'We drove to Liège, then to Luik and Lüttich.',
    'Brussels Airport and Charleroi are busy. The airport was closed.',
    'Caixin said Alibaba’s logistics arm and AliExpress grew.',
    'See https://www.cainiao.com/en, global.cainiao.com or write to press@cainiao.com.',
    'lgg in lower case, LGGX, and Lactobacillus rhamnosus GG (LGG) in a trial.',
    'VSS, VSSEs and vsse are not it.',
    'Le suspect est poursuivi pour atteinte à la sûreté de l’État.',
    'La Sûreté du Québec enquête.',
    'China’s Ministry of State Security (MSS) warned students.',
    'Die Stasi, das Ministerium für Staatssicherheit, überwachte Bürger.',
    'Die bulgarische Staatssicherheit arbeitete eng mit dem KGB zusammen.',
    'Protesters called for a debate on state security.',
    '中国国家安全部发布公告。',
    '这款游戏对菜鸟玩家很友好。',
    '他还是个菜鸟。',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('finder: context rules', () => {
  it('accepts LGG only in capitals and with airport context', () => {
    expect(found('Flights from LGG to Hangzhou.')).toEqual(['liege-airport:LGG']);
    expect(found('Patients took LGG daily.')).toEqual([]);
    expect(found('Flights from Lgg to Hangzhou.')).toEqual([]);
  });

  it('accepts bare "State Security" after the Belgian service is named, or in a Belgian context', () => {
    expect(found('The VSSE warned. State Security added more.')).toEqual(['vsse:VSSE', 'vsse:State Security']);
    expect(found('State Security, the Belgian intelligence service, warned.')).toEqual(['vsse:State Security']);
    expect(found('State Security officers in Havana arrested him.')).toEqual([]);
    expect(found('The VSSE warned. China’s State Security denied it.')).toEqual(['vsse:VSSE']);
  });

  it('needs context for bare 菜鸟 and Bierset', () => {
    expect(found('菜鸟的包裹从杭州飞往欧洲。')).toEqual(['cainiao:菜鸟']);
    expect(found('Les avions se posent à Bierset.')).toEqual(['liege-airport:Bierset']);
    expect(found('Bierset is a village.')).toEqual([]);
  });

  it('explains why', () => {
    const [m] = finder.find('Flights from LGG.');
    expect(m).toMatchObject({ alias: 'LGG', score: 1 });
    expect(m.why).toContain('Flights');
  });
});

describe('finder: forms of real articles (GUIDELINES.md, issue 18)', () => {
  it.each([
    ['Dutch lower case: "Belgische staatsveiligheid", and bare once the service is named', [
      ['De Belgische staatsveiligheid houdt het centrum in de gaten.', ['vsse:Belgische staatsveiligheid']],
      ['De VSSE waarschuwde. Volgens de staatsveiligheid is het risico reëel.', ['vsse:VSSE', 'vsse:staatsveiligheid']],
      ['Volgens de staatsveiligheid is het risico reëel. Dat zegt de VSSE.', ['vsse:VSSE']],
      ['Dat is een kwestie van staatsveiligheid, zei de minister.', []],
    ]],
    ['German "Staatssicherheit" alone: after the Belgian service, or with an apposition', [
      ['Die Staatssicherheit (VSSE) warnt vor Spionage.', ['vsse:Staatssicherheit', 'vsse:VSSE']],
      ['Die belgische Staatssicherheit warnt. Die Staatssicherheit beobachtet das Zentrum.', ['vsse:belgische Staatssicherheit', 'vsse:Staatssicherheit']],
      ['Die Staatssicherheit hörte Telefone ab. Erst später, nach vielen Jahren, sprach die VSSE darüber.', ['vsse:VSSE']],
      ['Die VSSE warnt. Auch die Stasi, die Staatssicherheit der DDR, hörte mit.', ['vsse:VSSE']],
      ['Die VSSE warnt. In der DDR bespitzelte die Staatssicherheit Millionen.', ['vsse:VSSE']],
    ]],
    ['one-letter slips in 12+ letter names, with their capitals', [
      ['De Staatsveilgheid waarschuwt.', ['vsse:Staatsveilgheid']],
      ['de staatsveilgheid waarschuwt.', []],
      ['De Veilgheid van de Staat waarschuwt.', []],
    ]],
    ['known misprints of Chinese names', [['菜乌网络在列日机场扩建。', ['cainiao:菜乌网络', 'liege-airport:列日机场']]]],
    ['compounds and mixed forms', [
      ['De vrachtluchthaven van Luik en de cargoluchthaven in Luik.', ['liege-airport:vrachtluchthaven van Luik', 'liege-airport:cargoluchthaven in Luik']],
      ['Der Frachtflughafen Lüttich, auch Lütticher Airport genannt.', ['liege-airport:Frachtflughafen Lüttich', 'liege-airport:Lütticher Airport']],
    ]],
    ['a bare "de Sûreté" after the Sûreté de l’État is named', [
      ['De Sûreté de l’État waarschuwt. Volgens de Sûreté is het risico reëel.', ['vsse:Sûreté de l’État', 'vsse:Sûreté']],
      ['Volgens de Sûreté is het risico reëel.', []],
    ]],
    ['Bierset the base or the village is not the airport', [
      ['Les vols cargo atterrissent à Bierset.', ['liege-airport:Bierset']],
      ['Les vols d’entraînement ont quitté la base de Bierset.', []],
      ['The helicopter wing left Bierset before the cargo flights grew.', []],
      ['Cainiao flights land at Liège Airport. The village of Bierset lies next to it.', ['cainiao:Cainiao', 'liege-airport:Liège Airport']],
    ]],
    ['"de Chinese Staatsveiligheid" is China’s ministry', [
      ['De Chinese Staatsveiligheid arresteerde de journalist.', []],
      ['De Staatsveiligheid waarschuwt voor de Chinese Staatsveiligheid.', ['vsse:Staatsveiligheid']],
    ]],
  ] as const)('%s', (_, cases) => {
    for (const [text, expected] of cases) expect(found(text), text).toEqual(expected);
  });

  it('takes slips only when fuzzy matching is on', () => {
    expect(found('De Staatsveilgheid waarschuwt.', 'strict')).toEqual([]);
  });
});

describe('finder: how far context reaches (REACH)', () => {
  const gap = (n: number) => ' and so on'.repeat(n / 10);
  it('confirms the most ambiguous forms only with a name or context word nearby', () => {
    expect(found(`Cainiao opened a hub at Liège Airport.${gap(REACH.near - 100)} Figures for LGG rose.`)).toContain('liege-airport:LGG');
    expect(found(`Cainiao opened a hub at Liège Airport.${gap(REACH.near + 100)} Figures for LGG rose.`)).not.toContain('liege-airport:LGG');
    expect(found(`菜鸟网络在列日机场。${'，'.repeat(REACH.near + 50)}菜鸟说。`)).toEqual(['cainiao:菜鸟网络', 'liege-airport:列日机场']);
  });

  it('confirms other ambiguous forms with a name anywhere before in the scope', () => {
    expect(found(`The VSSE warned.${gap(REACH.near * 3)} State Security added more.`)).toEqual(['vsse:VSSE', 'vsse:State Security']);
  });

  it('lets a word of another sense nearby win over any confirmation', () => {
    expect(found('Cainiao flights land at Liège Airport. A trial of the probiotic LGG ended.')).toEqual(['cainiao:Cainiao', 'liege-airport:Liège Airport']);
    expect(found('菜鸟网络的包裹。这款游戏的菜鸟玩家很多，菜鸟也能上手。')).toEqual(['cainiao:菜鸟网络']);
  });

  it('never confirms across scopes (the <article>s of a page)', () => {
    /** The aliases found with one scope, and with a scope boundary at the line break. */
    const marked = (text: string) => {
      const cut = text.indexOf('\n');
      const scopes: Scope[] = [{ named: new Map() }, { named: new Map() }];
      const twoScopes: ScopeAt = (offset) => scopes[offset < cut ? 0 : 1];
      return [undefined, twoScopes].map((s) => finder.find(text, {}, s).map((m) => text.slice(m.start, m.end)));
    };
    expect(marked('The VSSE briefed MPs.\nState Security officers arrested him.')).toEqual([['VSSE', 'State Security'], ['VSSE']]);
    expect(marked('Cainiao flies to Liège Airport.\nLGG figures are on the list.')).toEqual([['Cainiao', 'Liège Airport', 'LGG'], ['Cainiao', 'Liège Airport']]);
  });

  it('lets a scope see the names of the scope around it (a headline above its article), not the reverse', () => {
    const text = 'VSSE warns MPs\nState Security spoke on Tuesday.\nState Security officers arrested him.\nThe VSSE said.';
    const [a, b, c] = [1, 2, 3].map((k) => text.split('\n').slice(0, k).join('\n').length);
    const page: Scope = { named: new Map() };
    const articles: Scope[] = [{ named: new Map(), outer: page }, { named: new Map(), outer: page }];
    // Headline on the page, then two articles, then a line on the page again.
    const scopes: ScopeAt = (offset) => (offset < a || offset > c ? page : articles[offset < b ? 0 : 1]);
    expect(finder.find(text, {}, scopes).map((m) => m.start)).toEqual([0, a + 1, b + 1, c + 5]);
    // A name in an article does not reach the page text after it.
    const outside: Scope = { named: new Map() };
    const story: Scope = { named: new Map(), outer: outside };
    const late: ScopeAt = (offset) => (offset < 16 ? story : outside);
    expect(finder.find('The VSSE warned.\nState Security said so.', {}, late).map((m) => m.alias)).toEqual(['VSSE']);
  });

  it('weighs words of another sense only in the same block', () => {
    expect(found('Cainiao flights land at Liège Airport. A trial of the probiotic LGG ended.')).not.toContain('liege-airport:LGG');
    expect(found('Probiotic sales rose.\nFreighters leave LGG at night.')).toEqual(['liege-airport:LGG']);
  });
});

describe('finder: text from many DOM nodes', () => {
  it('finds names split by inline tags, soft hyphens and odd spaces', () => {
    expect(found('<b>Liège</b> Airport'.replace(/<\/?b>/g, ''))).toEqual(['liege-airport:Liège Airport']);
    expect(found('Liège \u00A0Airport and Cai\u00ADniao')).toEqual(['liege-airport:Liège \u00A0Airport', 'cainiao:Cai\u00ADniao']);
  });

  it('never spans a block boundary', () => {
    expect(found('Liège\nAirport staff')).toEqual([]);
    expect(found('Liège cargo\nairport')).toEqual([]);
  });

  it('returns sorted, non-overlapping mentions with original offsets', () => {
    const text = 'Über Cainiao Network, Cainiao and the VSSE at Liège Airport (LGG).';
    const ms = finder.find(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Cainiao Network', 'Cainiao', 'VSSE', 'Liège Airport', 'LGG']);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  it('looks only for the topics asked for', () => {
    expect(finder.find('Cainiao at Liège Airport', { topics: ['liege-airport'] }).map((m) => m.topic)).toEqual(['liege-airport']);
  });
});

describe('finder: fuzzy near misses', () => {
  it.each(['Cainio', 'Caniao', 'Cainaio'])('finds %s', (typo) => {
    const [m] = finder.find(`The ${typo} warehouse`);
    expect(m).toMatchObject({ topic: 'cainiao' });
  });

  it('scores fuzzy hits below 1 and says so', () => {
    const [m] = finder.find('the Liege airprot');
    expect(m).toMatchObject({ topic: 'liege-airport', alias: 'Liège Airport' });
    expect(m.score).toBeLessThan(1);
    expect(m.why).toMatch(/^fuzzy/);
  });

  it('checks the other words of a multi-word alias on both sides', () => {
    expect(found('the luchthavn van Luik')).toEqual(['liege-airport:luchthavn van Luik']);
    expect(found('the luchthavn van Gent')).toEqual([]);
  });

  it('never goes fuzzy on short words or common look-alikes', () => {
    expect(found('Catania, cationic, canine, Caixin, Caiano, LGB, VSE, Lige Airport, luchthaven van Gent')).toEqual([]);
  });

  it('turns fuzzy off when strict and widens it when loose', () => {
    expect(found('The Cainio warehouse', 'strict')).toEqual([]);
    expect(found('The Cainiso warehouse', 'balanced')).toEqual(['cainiao:Cainiso']);
    expect(found('The Cainiao warehouse', 'strict')).toEqual(['cainiao:Cainiao']);
  });
});

const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const ownCorpus = fileURLToPath(new URL('../tests/corpus/own.jsonl', import.meta.url));
const hasShared = existsSync(corpusDir);
if (!hasShared) console.warn(`shared corpus not found at ${corpusDir}: skipping dev/seeds eval`);

describe('finder: annotated corpora (F1 >= 0.95 per topic, no decoy hits)', () => {
  const check = (file: string) => {
    const texts = parseCorpus(readFileSync(file, 'utf8'));
    const report = scoreCorpus(texts, texts.map((t) => finder.find(t.text)));
    for (const [topic, s] of Object.entries(report.topics)) expect(s.f1, `${topic} F1`).toBeGreaterThanOrEqual(0.95);
    expect(report.decoyHits).toEqual([]);
  };
  it.skipIf(!hasShared)('shared dev.jsonl', () => check(`${corpusDir}dev.jsonl`));
  it.skipIf(!hasShared)('shared seeds.jsonl', () => check(`${corpusDir}seeds.jsonl`));
  it('our own tests/corpus/own.jsonl', () => check(ownCorpus));
});
