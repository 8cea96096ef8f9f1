import { describe, expect, it } from 'vitest';
import type { FigureQuantity } from '../types';
import { readFigures } from './read-figures';

const read = (text: string) => readFigures(text).map((f) => [f.quantity, f.value, text.slice(f.start, f.end)]);

describe('readFigures', () => {
  it.each<[string, [FigureQuantity, number, string][]]>([
    // The must-show sentences.
    [
      'Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.',
      [['staff', 3000, '3,000 people'], ['area', 30000, '30,000 m²']],
    ],
    [
      "L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.",
      [['tonnes', 1200000, '1,2 million de tonnes']],
    ],
    // Numbers as written, with their multipliers.
    ['3.000 nieuwe banen', [['jobs', 3000, '3.000 nieuwe banen']]],
    ['3\u202f000 emplois', [['jobs', 3000, '3\u202f000 emplois']]],
    ['1.2m tonnes', [['tonnes', 1200000, '1.2m tonnes']]],
    ['1,2 miljoen ton vracht', [['tonnes', 1200000, '1,2 miljoen ton']]],
    ['1,2 Mio. Tonnen Fracht', [['tonnes', 1200000, '1,2 Mio. Tonnen']]],
    ['about 1.16 Mt in 2024', [['tonnes', 1160000, '1.16 Mt']]],
    ['about 1.163 million t', [['tonnes', 1163000, '1.163 million t']]],
    // Units and their words.
    ['a 22-hectare plot', [['area', 22, '22-hectare']]],
    ['30 000 mètres carrés', [['area', 30000, '30 000 mètres carrés']]],
    ['30.000 vierkante meter', [['area', 30000, '30.000 vierkante meter']]],
    ['69,000 sq. m', [['area', 69000, '69,000 sq. m']]],
    ['€75m, then EUR 100 million', [['money', 75e6, '€75m'], ['money', 100e6, 'EUR 100 million']]],
    ["75 millions d'euros", [['money', 75e6, "75 millions d'euros"]]],
    ['100 Mio. €', [['money', 100e6, '100 Mio. €']]],
    ['US$2.8 billion', [['money', 2.8e9, 'US$2.8 billion']]],
    ['900 direct jobs', [['jobs', 900, '900 direct jobs']]],
    ['900 direkte Arbeitsplätze', [['jobs', 900, '900 direkte Arbeitsplätze']]],
    ['18 vols cargo par semaine', [['flights', 18, '18 vols']]],
    ['18 vrachtvluchten', [['flights', 18, '18 vrachtvluchten']]],
    ['37,029 aircraft movements', [['movements', 37029, '37,029 aircraft movements']]],
    ['55.000 Flugbewegungen', [['movements', 55000, '55.000 Flugbewegungen']]],
    ['183 customs officers', [['staff', 183, '183 customs officers']]],
    ['a 300-strong workforce', [['staff', 300, '300-strong workforce']]],
    ['448 million e-commerce parcels', [['parcels', 448e6, '448 million e-commerce parcels']]],
    ['448 miljoen e-commercepakjes', [['parcels', 448e6, '448 miljoen e-commercepakjes']]],
    // The quantity from the words around.
    ['a workforce of about 276 remains', [['staff', 276, '276']]],
    ['the number of direct flights from China rose to about 2,400 a year', [['flights', 2400, '2,400']]],
    ['Cainiao employs 300 at the site', [['staff', 300, '300']]],
    ['between 200 and 220 staff', [['staff', 200, '200'], ['staff', 220, '220 staff']]],
    ['75 tot 100 miljoen euro', [['money', 75e6, '75'], ['money', 100e6, '100 miljoen euro']]],
    [
      '362 millions de colis en 2019, contre 9 millions un an plus tôt',
      [['parcels', 362e6, '362 millions de colis'], ['parcels', 9e6, '9 millions']],
    ],
    ['1.16 Mt, against 1.0 a year earlier', [['tonnes', 1.16e6, '1.16 Mt'], ['tonnes', 1e6, '1.0']]],
    // Never figures.
    ['The runway is 3,700 m long and lies 9 km west of the city.', []],
    ['Cargo grew 16% in 2024; night flights fell 5 per cent; 11,8 % en 2023.', []],
    ['On 5 December 2018 at 14:30, and 12/03/2024, and am 5. Mai um 14 Uhr.', []],
    ['Call +32 4 234 84 11, or 04 234 84 11, or read page 12 and p. 7.', []],
    ['About 2,000 people marched against night flights.', []], // people, not employed
    ['60 trucks a day and 161,936 passengers', []],
    ['the 3rd wing, 5G, 1er décembre, QC 30, flight 123 flights', []],
    ['160,000 passengers, against 200,000 before the pandemic', []],
    ['in 2019 flights rose', []],
    // A unit word that begins a compound is no unit; a standard's or model's code is no amount.
    ['3,000 euro-pallets, 2,000 job-seekers, 3,000 flight-hours, 3 000 euro-palettes, 3.000 Euro-Paletten', []],
    ['ISO 9001 staff, DIN 70020 staff vans', []],
    ['EUR 75 million under ISO 28000 rules, 30,000-square-metre hall', [['money', 75e6, 'EUR 75 million'], ['area', 30000, '30,000-square-metre']]],
    // After a possessive "'s", whose "s" is no page label ("S. 12").
    ["Cainiao's 30,000 m² warehouse", [['area', 30000, '30,000 m²']]],
    ["the hub’s 300 employees", [['staff', 300, '300 employees']]],
    ["The airport's 1.4 million tonnes", [['tonnes', 1.4e6, '1.4 million tonnes']]],
    // A month before an amount: a day is 1–31 written plain, after an English month.
    ['In June 300,000 parcels arrived', [['parcels', 300000, '300,000 parcels']]],
    ['En mai 2 400 vols', [['flights', 2400, '2 400 vols']]],
    ['im Januar 1,2 Mio. Sendungen', [['parcels', 1.2e6, '1,2 Mio. Sendungen']]],
    ['Im Mai 18 Frachtflüge', [['flights', 18, '18 Frachtflüge']]],
    ['On June 12 flights resumed; in June 2021 the hub opened', []],
    // Between a number and its unit, night: the notes' own figure.
    ['10,000 night flights', [['flights', 10000, '10,000 night flights']]],
    // Money without its unit, set against a sum: "contre 75 millions annoncés".
    ["100 millions d'euros, contre 75 millions annoncés", [['money', 100e6, "100 millions d'euros"], ['money', 75e6, '75 millions']]],
    ['6 Zöllnern', [['staff', 6, '6 Zöllnern']]],
    ['3,75 Milliarden US-Dollar', [['money', 3.75e9, '3,75 Milliarden US-Dollar']]],
    // An aircraft's model is a code: "A 380 staff" is no staff of 380.
    ['the A 380 staff shuttle and a B 747 crew', []],
    ['Airbus A 300 freighters, the A 350, an A330 and B 747 jets landed. A 380 landed too.', []],
    ['Airbus A300 freighters and the A350 landed. A 380 staff shuttle waited. A 330 flights resumed.', []],
    // …but a sentence's first "A" before a number and its unit is the article.
    ['A 300 m² office opened beside the hub.', [['area', 300, '300 m²']]],
    ['The hub opened. A 300 m² canteen followed; “A 250 m² shop” came later.', [['area', 300, '300 m²'], ['area', 250, '250 m²']]],
    ['Cainiao said: A 300 m² office opened.', [['area', 300, '300 m²']]],
    ['Works:\n- A 300 m² shed\n• A 90 m² office — A 40 m² kiosk', [['area', 300, '300 m²'], ['area', 90, '90 m²'], ['area', 40, '40 m²']]],
    ['They built a 300 m² office.', [['area', 300, '300 m²']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives offsets in UTF-16 units', () => {
    const text = '📦 3,000 jobs';
    const [f] = readFigures(text);
    expect(text.slice(f.start, f.end)).toBe('3,000 jobs');
    expect(f.start).toBe(3);
  });

  it('survives any input', () => {
    for (const text of ['', '0', '1'.repeat(400), '€', '3,000,'.repeat(50), '\u202f'.repeat(10) + '5']) {
      expect(() => readFigures(text)).not.toThrow();
    }
  });
});
