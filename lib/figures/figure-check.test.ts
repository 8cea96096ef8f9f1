import { describe, expect, it } from 'vitest';
import { FACTS } from '../notes';
import type { FactFigure } from '../types';
import { checkFigures, hedgedStart, oldestFirst, pickNoteFigures, type NoteFigure } from './figure-check';

const summary = (paragraph: string) =>
  checkFigures(paragraph, FACTS).map((c) => [c.written.join(' | '), c.notes.map((n) => `${n.value} ${n.kind} ${n.holdsFor}`)]);

describe('checkFigures', () => {
  it("sets the Cainiao sentence's staff and area beside the notes' jobs, staff and warehouse figures", () => {
    const checks = summary('Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.');
    expect(checks).toEqual([
      // The promise and the count the issue shows, the notes' own 3,000, and the newest count.
      ['3,000 people', ['900 promised 2019/2021', '3000 promised 2019/2021', '220 measured 2021-11', '300 measured 2023-11-24']],
      ['30,000 m²', expect.arrayContaining(['30000 measured 2021-11', '33000 measured 2021-11', '30000 planned 2019-09-30'])],
    ]);
    expect(checks[1][1]).not.toContain('120000 planned 2026'); // the extension is not this warehouse
  });

  it('lists a figure stated again once, with each way the paragraph writes it', () => {
    expect(
      summary("Cainiao's warehouse covers about 30,000 m² at Liège Airport. Cainiao built the 30,000 m² warehouse in 2021; the 30,000 m² warehouse opened in November.")
        .map(([written]) => written),
    ).toEqual(['about 30,000 m² | 30,000 m²']);
    // The same number of another owner's is another figure.
    expect(summary('Cainiao employs 900 people. The VSSE has 900 staff.').map(([written]) => written)).toEqual(['900 people', '900 staff']);
  });

  it("shows each of the notes' statements once, whatever hedge each note gives it", () => {
    for (const paragraph of ['Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.', "Cainiao's 30,000 m² warehouse opened in 2021."]) {
      const [area] = checkFigures(paragraph, FACTS).filter((c) => c.quantity === 'area');
      const statements = area.notes.map((n) => `${n.quantity} ${n.value} ${n.kind}`);
      expect(statements).toEqual([...new Set(statements)]);
    }
  });

  it('shows promised and measured figures both where both exist, at most four', () => {
    const [jobs] = checkFigures('The hub now has 3,000 jobs.', FACTS);
    expect(new Set(jobs.notes.map((n) => n.kind))).toEqual(new Set(['promised', 'measured']));
    expect(jobs.notes.length).toBeLessThanOrEqual(4);
  });

  it.each([
    ['Cainiao promised 3,000 jobs in Liège.', 3000],
    ['Cainiao beloofde 1.000 directe banen.', 1000],
    ['Cainiao a promis 900 emplois directs.', 900],
  ])('keeps the notes’ figure of the article’s value beside the promise and the count: %s', (paragraph, value) => {
    const [jobs] = checkFigures(paragraph, FACTS);
    expect(jobs.notes.map((n) => n.value)).toContain(value);
    expect(jobs.notes.map((n) => `${n.value} ${n.kind}`)).toEqual(expect.arrayContaining(['900 promised', '220 measured']));
  });

  it("sets the French Liège sentence's tonnage beside the airport's tonnage figures", () => {
    const [tonnes, ...rest] = checkFigures(
      "L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.",
      FACTS,
    );
    expect(rest).toEqual([]);
    expect(tonnes).toMatchObject({ quantity: 'tonnes', written: ['1,2 million de tonnes'], value: 1200000 });
    expect(tonnes.notes.length).toBeGreaterThan(0);
    expect(tonnes.notes.every((n) => n.quantity === 'cargo-tonnes' && n.sources.length > 0)).toBe(true);
  });

  it.each([
    ['Cainiao wants to expand its Liège hub to 100,000 m².', ['planned-total-area', 'planned-halls-area', 'planned-hall-area']],
    ['Cainiao got a permit for a second hall of 50,000 m².', ['planned-hall-area', 'planned-halls-area']],
    ['Cainiao a obtenu un permis pour un deuxième hall de 50 000 m² à Liège Airport.', ['planned-hall-area', 'planned-halls-area']],
    ['Cainiao invested €30 million in the first phase.', ['investment', 'investment-first-phase']],
    ['Cainiao will invest €50 million in a second hall.', ['investment', 'investment-first-phase', 'investment-second-hall', 'planned-hall-area']],
    ['Liège Airport had 2,400 flights a year from China.', ['china-flights']],
    ['Liège Airport had 10,000 flights at night.', ['night-flights']],
  ])('lists the figures of what the words name: %s', (paragraph, quantities) => {
    const [check] = checkFigures(paragraph, FACTS);
    expect(check.notes.every((n) => quantities.includes(n.quantity)), JSON.stringify(check.notes)).toBe(true);
  });

  it('keeps the €30 million first phase apart from the total investment', () => {
    const [money] = checkFigures('Cainiao invested €30 million in the first phase.', FACTS);
    expect(money.notes.find((n) => n.value === 30000000)?.quantity).toBe('investment-first-phase');
    expect(money.notes.filter((n) => n.quantity === 'investment').map((n) => n.value)).not.toContain(30000000);
  });

  it.each([
    ['Cainiao employs more than 3,000 people.', 'more than 3,000 people'],
    ['Cainiao emploie plus de 3 000 personnes.', 'plus de 3 000 personnes'],
    ['Cainiao heeft er ruim 3.000 mensen in dienst.', 'ruim 3.000 mensen'],
    ['Cainiao invested about €75 million.', 'about €75 million'],
    ['Cainiao employs 3,000 people.', '3,000 people'],
  ])('quotes the article’s figure with its own hedge: %s', (paragraph, written) => {
    expect(checkFigures(paragraph, FACTS)[0].written).toEqual([written]);
  });

  it.each([
    ['no figure', 'Cainiao opened its hub at Liège Airport.'],
    ['a year and a percentage', 'In 2021 Cainiao grew 16%.'],
    ['a sum of money the words do not place', 'Cainiao earned €3 million.'],
    ['a quantity the owner has no figure of', 'The VSSE has 60 trucks and 3,000 parcels.'],
  ] as const)('nothing for %s', (_, paragraph) => {
    expect(checkFigures(paragraph, FACTS)).toEqual([]);
  });
});

describe('checkFigures: only figures of what the article’s figure measures', () => {
  const HUB_JOBS = ['jobs-direct', 'jobs-indirect', 'jobs-total', 'hub-staff'];
  it.each<[string, string, string[]]>([
    // Hovering "Liège Airport" showed the customs officers beside Cainiao's 3,000 people.
    ['Cainiao now employs 3,000 people at its 30,000 m² warehouse at Liège Airport, the company said.', '3,000 people', HUB_JOBS],
    // Hovering the VSSE showed its own 900 staff beside the hub's 300.
    ["La Sûreté de l'État surveille le hub de Cainiao, qui emploie près de 300 personnes.", 'près de 300 personnes', HUB_JOBS],
    ['The VSSE, which monitors the Cainiao hub, has more than 900 staff.', 'more than 900 staff', ['vsse-staff']],
    ['Bierset has 183 customs officers, the FPS said.', '183 customs officers', ['customs-staff']],
    ["The hub's 300 employees work in shifts.", '300 employees', HUB_JOBS],
    ["The airport's 1.4 million tonnes in 2021 remain a record.", '1.4 million tonnes', ['cargo-tonnes']],
    ['Liège Airport had 10,000 night flights in 2023.', '10,000 night flights', ['night-flights']],
    ['Liège Airport counted 37,029 aircraft movements in 2024.', '37,029 aircraft movements', ['movements']],
    ['Liège Airport counted 28,822 cargo movements in 2025.', '28,822 cargo movements', ['cargo-movements']],
  ])('%s', (paragraph, written, quantities) => {
    const [check, ...rest] = checkFigures(paragraph, FACTS).filter((c) => c.written.includes(written));
    expect(rest).toEqual([]);
    expect(check.notes.length).toBeGreaterThan(0);
    expect(check.notes.map((n) => n.quantity).filter((q) => !quantities.includes(q))).toEqual([]);
  });

  it('sets a day’s parcels only beside a day’s', () => {
    const [parcels] = checkFigures('Some 400,000 parcels a day arrive at Liège Airport.', FACTS);
    expect(parcels.notes.map((n) => n.unit)).toEqual(['parcels a day', 'parcels a day']);
  });

  it.each([
    // Another place or firm named beside the figure: its figure, not the notes'.
    ["Cainiao's Hong Kong hub covers 380,000 m²."],
    ['A Boeing 747 freighter can carry 140 tonnes.'],
    ['Cainiao had 1,000 employees in Hangzhou.'],
    ['Cainiao employs 5,000 people across Europe.'],
    ['FedEx employs 3,000 people at Liège Airport.'],
    // No word says whose figure it is.
    ['It employs 300 people, and 140 tonnes left on Monday.'],
    // Whose it is, but not what of theirs: the VSSE holds no parcels, the airport no staff.
    ['The VSSE has 60 trucks and 3,000 parcels.'],
    ['Liège Airport employs 800 people.'],
  ])('nothing for %s', (paragraph) => {
    expect(checkFigures(paragraph, FACTS)).toEqual([]);
  });

  // Issue 23, re-review: a second or new warehouse is the planned hall, not the first warehouse.
  it.each([
    ['Cainiao is building a second warehouse of 50,000 m² at Liège Airport.'],
    ['The new warehouse at Liège will cover 50,000 m².'],
    ['Cainiao construit un deuxième entrepôt de 50 000 m² à Liège.'],
    ['Cainiao bouwt een tweede magazijn van 50.000 m² in Luik.'],
    ['Cainiao baut ein zweites Lager mit 50.000 m² in Lüttich.'],
  ])('a second or new warehouse gets the planned hall, not the first warehouse: %s', (paragraph) => {
    const [area, ...rest] = checkFigures(paragraph, FACTS);
    expect(rest).toEqual([]);
    expect(area.notes.map((n) => `${n.quantity} ${n.value}`)).toContain('planned-hall-area 50000');
    expect(area.notes.filter((n) => n.quantity !== 'planned-hall-area' && n.quantity !== 'planned-halls-area')).toEqual([]);
  });

  // Issue 23, re-review: a day's count in FR/NL/DE, the period before or after the figure.
  it.each([
    ["L'aéroport de Liège compte les 1,5 million de colis traités chaque jour."],
    ['Liège Airport verwerkt elke dag 1,5 miljoen pakjes.'],
    ['Der Flughafen Lüttich verarbeitet jeden Tag 1,5 Millionen Pakete.'],
    ['Liège Airport verwerkt dagelijks 1,5 miljoen pakjes.'],
    ["L'aéroport de Liège traite 1,5 million de colis par jour."],
  ])('sets a day’s parcels only beside a day’s: %s', (paragraph) => {
    const [parcels, ...rest] = checkFigures(paragraph, FACTS);
    expect(rest).toEqual([]);
    expect(parcels.notes.map((n) => n.unit)).toEqual(['parcels a day', 'parcels a day']);
  });

  // Issue 23, re-review: an area of something the notes do not measure, or of nothing named.
  it.each([
    ["Cainiao's 3,000 m² office block at Liège Airport opened in 2021."],
    ['Cainiao opened a 3,000 m² office building at Liège Airport.'],
    ['Cainiao a ouvert des bureaux de 3 000 m² à Liège.'],
    ['Cainiao opende een kantoor van 3.000 m² in Luik.'],
    ['Cainiao eröffnete ein Büro mit 3.000 m² in Lüttich.'],
    ['Cainiao built a 5,000 m² car park at Liège Airport.'],
    ['Cainiao covers 3,000 m² at Liège Airport.'],
  ])('no site or warehouse figures for an area the words do not give them: %s', (paragraph) => {
    expect(checkFigures(paragraph, FACTS)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Cainiao owns a 22 ha site at Liège Airport.', 'site-area'],
    ['Le terrain de Cainiao à Liège couvre 22 hectares.', 'site-area'],
    ['Das Gelände von Cainiao in Lüttich umfasst 22 Hektar.', 'site-area'],
    ['The first hall covers about 30,000 square metres, with an office block of roughly 3,000 m² next to it.', 'warehouse-area'],
    ['Cainiao’s hub building at Liège covers 30,000 m².', 'warehouse-area'],
  ])('an area the words name sits beside that thing’s figures: %s', (paragraph, quantity) => {
    const [area, ...rest] = checkFigures(paragraph, FACTS);
    expect(rest).toEqual([]);
    expect(area.notes.length).toBeGreaterThan(0);
    expect(area.notes.filter((n) => n.quantity !== quantity)).toEqual([]);
  });

  // Issue 23, re-review: one month's tonnage is no year's.
  it.each([
    ['Liège Airport handled 95,000 tonnes of cargo in October alone.'],
    ["En novembre, l'aéroport de Liège a traité 95 000 tonnes de fret."],
    ['De luchthaven van Luik verwerkte in oktober 95.000 ton vracht.'],
    ["L'aéroport de Liège a traité 95 000 tonnes de fret le mois dernier."],
    ['Liège Airport verwerkte vorige maand 95.000 ton vracht.'],
    ['Der Flughafen Lüttich schlug im Oktober 95.000 Tonnen Fracht um.'],
  ])('no yearly tonnage beside a month’s: %s', (paragraph) => {
    expect(checkFigures(paragraph, FACTS)).toEqual([]);
  });

  it.each([
    ['Liège Airport handled 1.2 million tonnes in 2021, a record.'],
    ['Liège Airport handled 1.1 million tonnes in the year to October.'],
    ['In 2021, Liège Airport handled 1.4 million tonnes, up from 1.1 million in 2020.'],
  ])('still sets a year’s tonnage beside the yearly totals: %s', (paragraph) => {
    const [tonnes] = checkFigures(paragraph, FACTS);
    expect(tonnes.notes.length).toBeGreaterThan(0);
    expect(tonnes.notes.every((n) => n.quantity === 'cargo-tonnes')).toBe(true);
  });

  it('needs words naming a plan before it shows planned areas', () => {
    const [area] = checkFigures("Cainiao's hub covers 380,000 m².", FACTS);
    expect(new Set(area.notes.map((n) => n.quantity))).toEqual(new Set(['site-area', 'warehouse-area']));
  });
});

describe('hedgedStart', () => {
  it.each([
    ['more than 3,000', 0],
    ['It has well over 3,000', 7],
    ['près de 3 000', 0],
    ['bis zu 3.000', 0],
    ['Moreover 3,000', 9], // "over" inside a word is no hedge
    ['3,000', 0],
  ])('%s starts at %i', (text, start) => {
    expect(hedgedStart(text, text.search(/\d/))).toBe(start);
  });
});

/** A note figure for the selection table: value, kind, when, how many sources. */
const nf = (value: number, kind: FactFigure['kind'], holdsFor: string | null, sources = 1, quantity: FactFigure['quantity'] = 'hub-staff'): NoteFigure => ({
  quantity, value, unit: 'jobs', holdsFor, kind, sources: Array.from({ length: sources }, (_, i) => `S${100 + i}`), factId: 'x', fact: { kind: 'fact' },
});
const label = (f: NoteFigure) => `${f.value} ${f.kind} ${f.holdsFor}`;

describe('oldestFirst', () => {
  it('puts a day before its month’s end, a span by its first year, and undated figures last', () => {
    const order = ['2021', null, '2019/2021', '2021-11', '2018-12-05'].map((holdsFor) => ({ holdsFor })).sort(oldestFirst);
    expect(order.map((f) => f.holdsFor)).toEqual(['2018-12-05', '2019/2021', '2021', '2021-11', null]);
  });
});

describe('pickNoteFigures', () => {
  const promise = nf(900, 'promised', '2019', 4);
  const newerPromise = nf(1000, 'promised', '2021', 1);
  const sameValue = nf(3000, 'promised', '2019', 3, 'jobs-indirect');
  const headline = nf(3000, 'promised', '2018', 2, 'jobs-total');
  const opening = nf(200, 'measured', '2021', 2);
  const later = nf(300, 'measured', '2023', 1);
  const undated = nf(276, 'measured', null, 1);

  it.each<[string, NoteFigure[], number, string[]]>([
    ['the best-sourced promise and count, the same value, then the newest',
      [promise, newerPromise, sameValue, headline, opening, later, undated], 3000,
      ['900 promised 2019', '3000 promised 2019', '200 measured 2021', '300 measured 2023']],
    ['without a figure of the article’s value, the newest fill the rest',
      [promise, newerPromise, sameValue, headline, opening, later, undated], 5000,
      ['900 promised 2019', '200 measured 2021', '1000 promised 2021', '300 measured 2023']],
    ['a same value that is a less sourced promise still shows',
      [promise, newerPromise, opening, later, undated], 1000,
      ['900 promised 2019', '200 measured 2021', '1000 promised 2021', '300 measured 2023']],
    ['a same value within 0.5 %', [promise, newerPromise, opening, later, nf(30100, 'measured', '2017', 1)], 30000,
      ['30100 measured 2017', '900 promised 2019', '200 measured 2021', '300 measured 2023']],
    ['no same value beyond 0.5 %', [promise, newerPromise, opening, later, nf(30200, 'measured', '2017', 1)], 30000,
      ['900 promised 2019', '200 measured 2021', '1000 promised 2021', '300 measured 2023']],
    ['one figure per statement, with its newest date', [nf(200, 'measured', '2021', 2), nf(200, 'measured', null, 1)], 7,
      ['200 measured 2021']],
    // Issue 23's leftover: the warehouse's 30,000 m² showed twice, "about" in Nov 2021 and undated.
    ['"about" and no hedge are one statement', [{ ...nf(200, 'measured', '2021', 2), qualifier: 'about' }, nf(200, 'measured', null, 1)], 7,
      ['200 measured 2021']],
    ['a response is another statement than a note of the same figure',
      [nf(200, 'measured', '2021', 2), { ...nf(200, 'measured', null, 1), fact: { kind: 'response', attribution: { en: 'Cainiao', fr: 'Cainiao', nl: 'Cainiao' } } }], 7,
      ['200 measured 2021', '200 measured null']],
    ['a bound is another statement', [{ ...nf(200, 'measured', '2021', 2), qualifier: 'more-than' }, nf(200, 'measured', null, 1)], 7,
      ['200 measured 2021', '200 measured null']],
    ['fewer than the room', [opening], 200, ['200 measured 2021']],
    // One order in the card and the popup: oldest first, undated last.
    ['an undated figure last', [undated, later, opening], 276, ['200 measured 2021', '300 measured 2023', '276 measured null']],
    ['nothing', [], 3000, []],
  ])('%s', (_, figures, value, picked) => {
    expect(pickNoteFigures(figures, value).map(label)).toEqual(picked);
  });

  it('never pushes the promise and the count out for a figure of the same value, at any size', () => {
    for (let max = 3; max <= 6; max++) {
      const picked = pickNoteFigures([promise, newerPromise, sameValue, headline, opening, later, undated], 3000, max).map(label);
      expect(picked.length).toBe(max);
      expect(picked).toEqual(expect.arrayContaining(['900 promised 2019', '200 measured 2021', '3000 promised 2019']));
    }
  });
});
