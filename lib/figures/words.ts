// The words around a number that the figure reader knows, in EN/FR/NL/DE, lower case.
import type { FigureQuantity } from '../types';

/** Words that scale the number before them. "m" and "k" are read as multipliers only where
 * money or a known unit follows ("€75m", "1.2m tonnes"): alone, "3,700 m" is metres. */
export const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, duizend: 1e3, tausend: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, million: 1e6, millions: 1e6, miljoen: 1e6, miljoenen: 1e6,
  millionen: 1e6,
  bn: 1e9, bln: 1e9, billion: 1e9, billions: 1e9, milliard: 1e9, milliards: 1e9, miljard: 1e9, miljarden: 1e9,
  milliarde: 1e9, milliarden: 1e9, mrd: 1e9, mld: 1e9, md: 1e9,
};
/** Multipliers that are only ever read as such when written against the digits or before a unit. */
export const WEAK_MULTIPLIERS = new Set(['m', 'k']);

interface Unit {
  quantity: FigureQuantity;
  /** Units that carry a multiplier themselves: "1.16 Mt" is 1,160,000 tonnes. */
  factor?: number;
}

const units = (quantity: FigureQuantity, words: string, factor?: number): [string, Unit][] =>
  words.split('|').map((w) => [w, { quantity, factor }]);

/** Unit words and phrases (two words at most) right after a number. */
export const UNITS = new Map<string, Unit>([
  ...units(
    'area',
    'm²|m2|km²|sqm|sq m|sq ft|square metres|square meters|square metre|square meter|square feet|' +
      'mètres carrés|metres carrés|mètre carré|m carrés|vierkante meter|vierkante meters|quadratmeter|quadratmetern|qm|' +
      'ha|hectare|hectares|hectaren|hektar|acres',
  ),
  ...units('tonnes', 't|tonnes|tonne|tons|ton|tonnen|metric tons'),
  ...units('tonnes', 'mt', 1e6),
  ...units('tonnes', 'kt', 1e3),
  ...units('money', '€|eur|euro|euros|usd|dollars|dollar|us dollar|us dollars|$|us$|yuan|yuans|rmb|renminbi'),
  ...units('jobs', 'jobs|job|emplois|emploi|banen|baan|arbeidsplaatsen|arbeitsplätze|arbeitsplatz|arbeitsplätzen|stellen'),
  ...units('flights', 'flights|flight|vols|vluchten|vlucht|flüge|flug|flügen|rotations'),
  ...units('movements', 'movements|movement|mouvements|mouvement|bewegingen|beweging|flugbewegungen'),
  ...units(
    'staff',
    'staff|employees|workers|personnel|workforce|headcount|staff members|salariés|employés|travailleurs|ouvriers|' +
      'collaborateurs|agents|membres du personnel|arbeiders|arbeiter|arbeitnehmer|' +
      'werknemers|medewerkers|personeelsleden|werkkrachten|mitarbeiter|mitarbeitende|mitarbeitenden|mitarbeitern|' +
      'beschäftigte|beschäftigten|angestellte|customs officers|douaniers|douaneagenten|douanebeambten|zöllner|zöllnern',
  ),
  ...units('parcels', 'parcels|parcel|packages|colis|pakjes|pakketten|pakketjes|pakete|paketen|päckchen|sendungen'),
]);

/** Heads of Dutch and German compounds: "vrachtvluchten", "Frachtflüge", "Flugbewegungen". */
export const COMPOUND_HEADS: [string, FigureQuantity][] = [
  ['vluchten', 'flights'], ['flüge', 'flights'], ['bewegingen', 'movements'], ['bewegungen', 'movements'],
  ['arbeitsplätze', 'jobs'], ['banen', 'jobs'], ['pakketten', 'parcels'], ['pakjes', 'parcels'], ['pakete', 'parcels'],
  ['tonnen', 'tonnes'], ['mitarbeiter', 'staff'], ['beschäftigte', 'staff'], ['quadratmeter', 'area'],
  ['quadratmetern', 'area'],
];

/** "3,000 people" is staff only where the sentence is about employing them. */
export const PEOPLE = new Set(['people', 'persons', 'personnes', 'mensen', 'personen', 'menschen']);
export const EMPLOY =
  /\b(employ|emploi|employé|employed|work|staff|travaill|tewerkgesteld|in dienst|werk|beschäftig|arbeite|salari|payroll|hired|hiring|recrut|aangeworven|eingestellt)/iu;

/** Words that may stand between a number and its unit: "900 direct jobs", "18 cargo flights". */
export const MODIFIERS = new Set(
  ('new direct indirect additional extra more other full-time part-time high-tech well-paid low-paid skilled ' +
    'qualified temporary seasonal permanent local regional european cargo freight freighter all-cargo air aircraft ' +
    'long-haul inbound outbound logistics warehouse airport hub ecommerce commerce online weekly daily annual yearly nightly ' +
    'night night-time nighttime daytime nocturnal ' +
    'chinese belgian scheduled international intercontinental commercial future promised planned strong ' +
    'nouveaux nouvelles nouveau supplémentaires locaux wallons nieuwe directe indirecte bijkomende lokale vaste ' +
    'tijdelijke wekelijkse dagelijkse neue direkte indirekte zusätzliche weitere feste befristete wöchentliche ' +
    'tägliche lokale').split(' '),
);

/** French "de"/"d'" after a multiplier word: "1,2 million de tonnes", "75 millions d'euros". */
export const OF_AFTER_MULTIPLIER = new Set(['de', "d'", 'd’']);

/** Signs that a number is not a figure. */
export const PERCENT = new Set(['%', 'percent', 'procent', 'prozent', 'pct', 'pc', 'per cent', 'pour cent', 'percentage']);
export const TIME = new Set(['h', 'uur', 'uhr', 'am', 'pm', 'hrs', 'heures', 'heure', "o'clock"]);
export const MONTHS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre ' +
    'décembre decembre januari februari maart mei juni juli augustus oktober januar februar märz juni juli oktober ' +
    'dezember').split(' '),
);
/** Months English writes before the day ("June 12"); French, Dutch and German write the day first
 * ("12 juin", "12 juni", "12. Juni"), so a number after their month is an amount ("im Mai 18 Flüge"). */
export const DAY_AFTER_MONTH = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Words right before a number that make it a label, not an amount: "page 12", "flight 123". */
export const LABELS = new Set(
  ('page pages p pp tel tél phone call fax bel seite s blz pagina article art artikel nr no n° nummer numéro number ' +
    'chapter chapitre hoofdstuk kapitel section line ligne room gate flight vol vlucht flug runway piste route bus ' +
    'tram code qc zone zones phase phases fase fasen hall hal halle terminal version level niveau stage ' +
    'week semaine').split(' '),
);

/** Before a number with no unit after it, the thing it counts: "a workforce of 300". */
export const COUNTED_BEFORE = new Map<string, FigureQuantity>([
  ...(['workforce', 'headcount', 'staff', 'personnel', 'effectif', 'effectifs', 'personeel', 'personeelsbestand',
    'belegschaft', 'mitarbeiterzahl'] as const).map((w): [string, FigureQuantity] => [w, 'staff']),
  ...(['flights', 'vols', 'vluchten', 'flüge'] as const).map((w): [string, FigureQuantity] => [w, 'flights']),
  ...(['movements', 'mouvements', 'bewegingen', 'flugbewegungen'] as const).map((w): [string, FigureQuantity] => [w, 'movements']),
  ['tonnage', 'tonnes'],
  ...(['parcels', 'colis', 'pakjes', 'pakketten', 'pakete'] as const).map((w): [string, FigureQuantity] => [w, 'parcels']),
  ...(['investment', 'investissement', 'investering', 'investition'] as const).map((w): [string, FigureQuantity] => [w, 'money']),
  ...(['jobs', 'emplois', 'banen', 'arbeitsplätze'] as const).map((w): [string, FigureQuantity] => [w, 'jobs']),
  // Verbs of employing: "Cainiao employs 300 at the site".
  ...(['employs', 'employ', 'employing', 'emploie', 'emploient', 'employait', 'beschäftigt'] as const).map(
    (w): [string, FigureQuantity] => [w, 'staff'],
  ),
]);
/** Counted things that say what a number after them counts whatever follows it: "a workforce
 * of 300 remains" (a plural noun like "flights" does not: "flights of 300 passengers"). */
export const COLLECTIVE = new Set([
  'workforce', 'headcount', 'personnel', 'effectif', 'effectifs', 'personeel', 'personeelsbestand', 'belegschaft',
  'mitarbeiterzahl', 'tonnage', 'investment', 'investissement', 'investering', 'investition',
]);
/** "The number of (direct) flights (from China) rose to 2,400": the counted noun after these. */
export const NUMBER_OF = new Set(['number', 'nombre', 'aantal', 'anzahl', 'zahl']);
/** What may stand between that word and the number: "staff rose to about 300", "eind 2023 ongeveer". */
export const LINKERS = new Set(
  ('of to at from by reached rose fell grew climbed dropped stood totalled totaled numbered numbers was were is are ' +
    'has had have now about around some nearly almost roughly approximately over just only more than under below ' +
    'above risen fallen grown increased decreased a total de d\' à a est était atteint passé environ près quelque plus ' +
    'moins seulement compte comptait van tot op naar bedraagt bedroeg bereikte steeg daalde ongeveer bijna zowat meer ' +
    'minder dan slechts telt telde von auf bis beträgt betrug erreichte stieg sank rund etwa fast knapp über mehr als ' +
    'nur zählt zählte : in en im eind end fin ende begin début debut anfang early late mid last vorig vorige ' +
    'vergangenen dernier year jaar année jahr').split(' '),
);
/** What may follow a number whose unit came before it: "300 in 2023", "2,400 a year". */
export const AFTER_BARE = new Set(
  ('in en im a an per par pro last this each every by au à dans op et and und while tegen against compared vs ' +
    'versus from to tot of or ou oder bis jaar year years jahr ans année today aujourd vandaag heute now nu jetzt il ' +
    'maintenant un une een ein eine earlier ago avant then alors toen damals previously auparavant voorheen zuvor ' +
    'vorher at there on across worldwide sur là aan bei dort the le la les l het de der die das after après na nach ' +
    'following before avant voor vor since depuis sinds seit until jusqu bis when lorsque toen once jadis ooit einst ' +
    // "contre 75 millions annoncés": what was announced or promised, a figure of the one before.
    'announced promised planned expected forecast annoncés annoncé annoncées prévus prévu promis attendus beloofd ' +
    'aangekondigd gepland verwacht angekündigt geplant versprochen erwartet' +
    '').split(' '),
);
/** Words that set a number against an earlier figure of the same quantity: "362 million
 * parcels in 2019, against 9 million a year earlier", "… before easing to 1.1 million",
 * "3.000 jobs beloofd, maar er kwamen er maar 300". */
export const COMPARED = new RegExp(
  '(?<!\\p{L})(?:' +
    'against|compared|versus|vs|from|than|before|after|but|only|later|rose|fell|eased|dropped|grew|climbed|reached|' +
    'recovered|slipped|raised|lowered|cut|increased|decreased|up|down|' +
    'contre|rapport|avant|après|mais|seulement|passé|retombé|chuté|grimpé|relevé|abaissé|baisse|hausse|' +
    'tegen|tegenover|vergeleken|dan|maar|slechts|gedaald|gestegen|gezakt|verhoogd|verlaagd|later|' +
    'gegenüber|als|nach|von|aber|nur|später|gestiegen|gesunken|gefallen|angehoben|gesenkt' +
    ')(?!\\p{L})',
  'iu',
);
/** Words joining the two ends of a range: "200 to 220 staff", "400 000–500 000 colis". */
export const RANGE = /^[ \u00a0\u202f]*(?:[-–—]|to|and|or|à|et|ou|tot|en|of|bis|und|oder)[ \u00a0\u202f]*$/iu;
