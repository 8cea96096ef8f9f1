import { describe, expect, it } from 'vitest';
import { FACTS } from '../notes';
import { pageFigures } from './page-figures';

const CAINIAO = 'Cainiao now employs 3,000 people at its 30,000 m² warehouse beside the runway, the company said on Monday.';
const LIEGE = "L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.";

describe('pageFigures', () => {
  it("groups the page's figures by quantity, each with the notes' figures once", () => {
    const groups = pageFigures(
      [
        { excerpt: CAINIAO },
        { excerpt: CAINIAO }, // a second mention in the same paragraph
        { excerpt: LIEGE },
      ],
      FACTS,
    );
    expect(groups.map((g) => [g.quantity, g.written])).toEqual([
      ['area', ['30,000 m²']],
      ['tonnes', ['1,2 million de tonnes']],
      ['staff', ['3,000 people']],
    ]);
    for (const g of groups) {
      const keys = g.notes.map((n) => `${n.factId}|${n.value}|${n.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(g.notes.length).toBeGreaterThan(0);
    }
  });

  it('lists the notes’ figures oldest first, undated last, as the card does', () => {
    const [staff] = pageFigures([{ excerpt: "Cainiao's hub in Liège now has 276 employees." }], FACTS);
    const when = staff.notes.map((n) => n.holdsFor);
    expect(when.at(-1)).toBeNull();
    expect(when.filter((w) => w !== null)).toEqual(when.filter((w) => w !== null).sort());
  });

  it('reads the whole paragraph, a figure far from the mention too', () => {
    const excerpt = `Cainiao opened its hub. ${'The weather at the port stayed calm all week long. '.repeat(6)}It employs 300 people.`;
    expect(excerpt.indexOf('300')).toBeGreaterThan(240);
    expect(pageFigures([{ excerpt }], FACTS).flatMap((g) => g.written)).toEqual(['300 people']);
  });
});
