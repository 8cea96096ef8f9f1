import { describe, expect, it } from 'vitest';
import { ownerOf, type Owner } from './figure-owner';

/** The owner of the figure written between « and » (the marks taken out first). */
function owner(marked: string): Owner | undefined {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  const text = marked.replace(/[«»]/g, '');
  return ownerOf(text, start, end, /tonnes|ton\b|Tonnen/.test(text.slice(start, end)));
}

describe('ownerOf', () => {
  it.each<[string, Owner | undefined]>([
    // The sentence's subject.
    ['Cainiao now employs «3,000 people» at its 30,000 m² warehouse at Liège Airport.', 'cainiao'],
    ['Cainiao now employs 3,000 people at its «30,000 m²» warehouse at Liège Airport.', 'cainiao'],
    ["The hub's «300 employees» work in shifts.", 'cainiao'],
    ["The airport's «1.4 million tonnes» made it a record year.", 'airport'],
    ["L'aéroport de Liège a traité «1,2 million de tonnes» de fret l'an dernier.", 'airport'],
    ['Liège handled «1.2 million tonnes» last year.', 'liege'],
    // A relative clause is about the name before it; another clause, about the sentence's subject.
    ["La Sûreté de l'État surveille le hub de Cainiao, qui emploie près de «300 personnes».", 'cainiao'],
    ['The VSSE, which monitors the Cainiao hub, has more than «900 staff».', 'vsse'],
    ['De Staatsveiligheid telt ruim «900 medewerkers».', 'vsse'],
    // A name in the figure itself.
    ['Bierset has «183 customs officers», the FPS said.', 'customs'],
    ['Cainiao says only «6 Zöllnern» work there.', 'customs'],
    // A place something is at is not whose figure it is.
    ['At Liège Airport Cainiao employs «300 people».', 'cainiao'],
    // Alibaba is the hub's owner only where the hub or Liège is named.
    ['Alibaba employs «300 people» at its Liège hub.', 'cainiao'],
    ['Alibaba was fined «18.2 billion yuan».', 'alibaba'],
    // A yearly tonnage with no name is the airport's; a name in an earlier sentence carries over.
    ['Freight reached «1.4 million tonnes» in 2021.', 'airport'],
    ['Cainiao opened its Liège hub in 2021. It now employs «300 people».', 'cainiao'],
    // Nothing where the words do not say, or say someone else.
    ["Cainiao's Hong Kong hub covers «380,000 m²».", undefined],
    ['A Boeing 747 freighter can carry «140 tonnes».', undefined],
    ['Cainiao had «1,000 employees» in Hangzhou.', undefined],
    ['Cainiao employs «5,000 people» across Europe.', undefined],
    ['FedEx employs «3,000 people» at Liège Airport.', undefined],
    ['It employs «300 people».', undefined],
    ['The VSSE watches Cainiao at Liège Airport. It has «900 staff».', undefined],
  ])('%s → %s', (marked, expected) => {
    expect(owner(marked)).toBe(expected);
  });
});
