// Whose figure a paragraph's figure is: the organisation or place its sentence gives it to
// ("Cainiao employs 300 people" → Cainiao's hub; "the VSSE has 900 staff" → the VSSE;
// "183 customs officers" → customs), so the number check sets it only beside the notes'
// figures of the same thing. Another place or firm named in the figure's clause ("Cainiao's
// Hong Kong hub", "a Boeing 747") leaves it without one: unsure means nothing. Pure.

export type Owner = 'cainiao' | 'alibaba' | 'airport' | 'liege' | 'vsse' | 'customs' | 'belgium';

const names = (words: string, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, flags);

const NAMES: [Owner | 'other', RegExp][] = [
  ['cainiao', names('cainiao|e-?hub|hub|smart hub|warehouses?|entrepôts?|entrepot|magazijn|distributiecentrum|sorteercentrum|lagerhalle|logistikzentrum|halls?|hal|hallen|halle')],
  ['alibaba', names('alibaba')],
  ['airport', names('airport|aéroport|aeroport|luchthaven|vrachtluchthaven|vliegveld|flughafen|lgg|eblg|bierset')],
  ['liege', names('liège|liege|liégeoise?|luik|luikse|lüttich|luttich|lütticher|grâce-hollogne')],
  ['vsse', names('vsse|sûreté de l[\'’]état|sûreté|surete|staatsveiligheid|veiligheid van de staat|state security|staatssicherheit|staatsschutz')],
  ['customs', names('customs|douanes?|douaniers?|douaneagenten|douanebeambten|zoll|zöllner\\p{L}*|zollbeamte\\p{L}*|fps finance|spf finances|fod financiën')],
  ['belgium', names('belgium|belgique|belgië|belgie|belgien|belgian|belge|belgische?')],
  // Places and firms whose figures the notes do not hold: named beside a figure, it is theirs.
  ['other', names(
    'hong kong|hongkong|hangzhou|shenzhen|shanghai|guangzhou|beijing|pékin|peking|dubai|kuala lumpur|moscow|moscou|moskou|moskau|' +
      'zhengzhou|yiwu|schiphol|amsterdam|frankfurt|francfort|leipzig|cologne|köln|keulen|paris|charleroi|zaventem|brussels|bruxelles|' +
      'brussel|ostend|oostende|ostende|maastricht|london|londres|londen|heathrow|east midlands|budapest|luxembourg|luxemburg|' +
      'fedex|dhl|ups|tnt|amazon|temu|shein|adiv|sgrs|boeing|airbus|antonov',
  )],
];
/** Named beside a figure of the hub or its parent, these make it a figure of somewhere else. */
const ABROAD = names('china|chine|europe|europa|world|worldwide|monde|wereldwijd|weltweit|global|globally|mondial|mondiale', 'iu');
/** A name after these is where something is, not whose figure it is: "At Liège Airport Cainiao employs 300". */
const LOCATIVE = /(?:^|[^\p{L}])(?:at|in|near|à|au|aux|en|op|te|bij|naar|bei|im|nahe|sur)\s+(?:(?:the|l[’']|la|le|de|het|der|dem|den)\s+)?$/iu;
/** A clause that starts with these is about the name before it: "le hub de Cainiao, qui emploie 300 personnes". */
const RELATIVE = /^\s*(?:which|who|that|where|qui|que|dont|où|die|dat|waar|welke|der|das|welche|wo)(?![\p{L}])/iu;
const CLAUSE_MARK = /[;:()–—]|,(?=\s)/gu;
/** A full stop that ends a sentence, not an abbreviation's ("ca. 300", "1,2 Mio. Sendungen"). */
const SENTENCE_END = /(?<!\b(?:ca|mio|mrd|mld|bzw|etc|vs|nr|no|st|dr|mr|mrs|ms|prof|approx))[.!?](?=\s+[\p{Lu}\p{N}"“«‘'])|\n/giu;
/** A yearly tonnage is the airport's: "1.2 million tonnes last year", "in 2021". */
const YEARLY = /(?<![\p{L}\p{N}])(?:(?:in|en|im|au|op) (?:18|19|20)\d\d|last year|l[’']an dernier|l[’']année dernière|vorig jaar|vorige jaar|letztes jahr|im vorjahr|(?:a|per|par|pro) (?:year|an|jaar|jahr)|annual|yearly|annuel|jaarlijks|jährlich)(?![\p{L}\p{N}])/iu;

interface Name {
  owner: Owner | 'other';
  start: number;
  end: number;
  locative: boolean;
}

function namesIn(text: string, from: number, to: number): Name[] {
  const part = text.slice(from, to);
  return NAMES.flatMap(([owner, re]) =>
    [...part.matchAll(re)].map((m) => ({
      owner,
      start: from + m.index,
      end: from + m.index + m[0].length,
      locative: LOCATIVE.test(text.slice(Math.max(0, from + m.index - 16), from + m.index)),
    })),
  )
    .filter((n, _, all) => !all.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start))
    .sort((a, b) => a.start - b.start)
    // "at Liège Airport", "à l'aéroport de Liège": the airport's name is a place too.
    .map((n, i, all) => {
      const before = all[i - 1];
      const oneName = before && new Set([before.owner, n.owner]).size === 2 && [before.owner, n.owner].every((o) => o === 'liege' || o === 'airport');
      return oneName && before.locative && /^\s+(?:(?:de|van|von)\s+)?$/iu.test(text.slice(before.end, n.start)) ? { ...n, locative: true } : n;
    });
}

function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(re)) at = from + m.index + m[0].length;
  return at;
}

function firstMatchStart(re: RegExp, text: string, from: number, to: number): number {
  for (const m of text.slice(from, to).matchAll(re)) return from + m.index;
  return to;
}

/** The owner of a set of names where they agree (Liège, the place, giving way to any other). */
function agreed(found: Name[]): Owner | undefined {
  const owners = new Set(found.map((n) => n.owner));
  if (owners.size > 1) owners.delete('liege');
  const [only] = owners;
  return owners.size === 1 && only !== 'other' ? only : undefined;
}

/**
 * Whose figure the one at [start, end) of `text` is, or undefined when the words do not say:
 * 1. a name inside the figure ("183 customs officers");
 * 2. else the first name (not a place something is at) in the figure's clause before it;
 * 3. else, in a clause opened by "which/qui/die…", the name just before that clause;
 * 4. else the first such name in the sentence before the figure, then after it;
 * 5. else the places it is at, where they agree; else, for a yearly tonnage, the airport;
 * 6. else the names of the paragraph's earlier sentences, where they agree ("… It employs 300").
 * A firm or place the notes hold no figures of in the figure's clause makes it theirs (nothing);
 * so does China, Europe or the world beside the hub's or its parent's figure.
 */
export function ownerOf(text: string, start: number, end: number, tonnes = false): Owner | undefined {
  const sentenceStart = lastMatchEnd(SENTENCE_END, text, 0, start);
  const after = firstMatchStart(SENTENCE_END, text, end, text.length);
  const sentenceEnd = after < text.length ? after + 1 : after;
  const clauseStart = lastMatchEnd(CLAUSE_MARK, text, sentenceStart, start);
  const clauseEnd = firstMatchStart(CLAUSE_MARK, text, end, sentenceEnd);
  const inClause = namesIn(text, clauseStart, clauseEnd);
  const inFigure = inClause.filter((n) => n.start >= start && n.end <= end);
  const beside = inClause.filter((n) => n.end <= start || n.start >= end);
  if (beside.some((n) => n.owner === 'other')) return undefined;
  const resolved = resolve();
  const owner = resolved === 'other' ? undefined : resolved;
  if ((owner === 'cainiao' || owner === 'alibaba') && ABROAD.test(text.slice(clauseStart, clauseEnd))) return undefined;
  // "Alibaba" is the hub's where the sentence names the hub or Liège too; else the group's.
  if (owner === 'alibaba' && namesIn(text, sentenceStart, sentenceEnd).some((n) => n.owner === 'cainiao' || n.owner === 'liege')) {
    return 'cainiao';
  }
  return owner;

  function resolve(): Owner | 'other' | undefined {
    const own = agreed(inFigure);
    if (own) return own;
    const sentence = namesIn(text, sentenceStart, sentenceEnd).filter((n) => n.end <= start || n.start >= end);
    const first = (list: Name[]) => list.find((n) => !n.locative)?.owner;
    const clauseFirst = first(sentence.filter((n) => n.start >= clauseStart && n.end <= start));
    if (clauseFirst) return clauseFirst;
    if (RELATIVE.test(text.slice(clauseStart, start))) {
      return sentence.filter((n) => n.end <= clauseStart).at(-1)?.owner;
    }
    const named = first(sentence.filter((n) => n.end <= start)) ?? first(sentence.filter((n) => n.start >= end));
    if (named) return named;
    if (sentence.length) return agreed(sentence);
    if (tonnes && YEARLY.test(text.slice(clauseStart, clauseEnd))) return 'airport';
    return agreed(namesIn(text, 0, sentenceStart));
  }
}
