import { describe, expect, it } from 'vitest';
import { FACTS } from '../notes';
import { checkFigures } from './figure-check';

const summary = (paragraph: string, topic: Parameters<typeof checkFigures>[2]) =>
  checkFigures(paragraph, FACTS, topic).map((c) => [c.written, c.notes.map((n) => `${n.value} ${n.kind} ${n.holdsFor}`)]);

describe('checkFigures', () => {
  it("sets the Cainiao sentence's staff and area beside the notes' jobs, staff and warehouse figures", () => {
    const checks = summary(
      'Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.',
      'cainiao',
    );
    expect(checks).toEqual([
      ['3,000 people', expect.arrayContaining(['900 promised 2018/2021', '200 measured 2021-11', '300 measured 2023-11-24'])],
      ['30,000 m²', expect.arrayContaining(['30000 measured 2021-11', '33000 measured 2021-11', '30000 planned 2019-09-30'])],
    ]);
    expect(checks[1][1]).not.toContain('120000 planned 2026'); // the extension is not this warehouse
  });

  it('shows promised and measured figures both where both exist, at most four', () => {
    const [jobs] = checkFigures('The hub now has 3,000 jobs.', FACTS, 'cainiao');
    expect(new Set(jobs.notes.map((n) => n.kind))).toEqual(new Set(['promised', 'measured']));
    expect(jobs.notes.length).toBeLessThanOrEqual(4);
  });

  it("sets the French Liège sentence's tonnage beside the airport's tonnage figures", () => {
    const [tonnes, ...rest] = checkFigures(
      "L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.",
      FACTS,
      'liege-airport',
    );
    expect(rest).toEqual([]);
    expect(tonnes).toMatchObject({ quantity: 'tonnes', written: '1,2 million de tonnes', value: 1200000 });
    expect(tonnes.notes.length).toBeGreaterThan(0);
    expect(tonnes.notes.every((n) => n.quantity === 'cargo-tonnes' && n.sources.length > 0)).toBe(true);
  });

  it('lists the extension plans beside an extension figure', () => {
    const [area] = checkFigures('Cainiao wants to expand its Liège hub to 100,000 m².', FACTS, 'cainiao');
    expect(area.notes.every((n) => n.quantity === 'planned-area')).toBe(true);
  });

  it.each([
    ['no figure', 'Cainiao opened its hub at Liège Airport.', 'cainiao'],
    ['a year and a percentage', 'In 2021 Cainiao grew 16%.', 'cainiao'],
    ['a sum of money the words do not place', 'Cainiao earned €3 million.', 'cainiao'],
    ['a quantity the topic has no figure of', 'The VSSE has 60 trucks and 3,000 parcels.', 'vsse'],
  ] as const)('nothing for %s', (_, paragraph, topic) => {
    expect(checkFigures(paragraph, FACTS, topic)).toEqual([]);
  });
});
