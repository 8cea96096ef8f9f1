// The library's words in the notes languages, and the words of the links to it from the
// card, the popup and the options page. Keyed on the notes-language setting like the rest.
import type { FactKind, NoteLang } from '@/lib/types';

export interface LibraryStrings {
  title: string;
  heading: string;
  lede: string;
  language: string;
  auto(languageName: string): string;
  topicsNav: string;
  search: string;
  searchHint: string;
  filters: string;
  topic: string;
  allTopics: string;
  kind: string;
  allKinds: string;
  kinds: Record<FactKind, string>;
  year: string;
  allYears: string;
  undated: string;
  clear: string;
  count(shown: number, total: number): string;
  noMatch: string;
  notes(n: number): string;
  keyDates: string;
  responses: string;
  unknownLink(fragment: string): string;
  /** The card's link to a topic's notes. */
  allNotesAbout(n: number, topicName: string): string;
  /** The popup's and options page's link to the library. */
  open: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const LIBRARY_STRINGS: Record<NoteLang, LibraryStrings> = {
  en: {
    title: 'Fact Notes — Notes library',
    heading: 'Notes library',
    lede: 'Every note Fact Notes carries, by topic, with its sources and the key dates.',
    language: 'Notes language',
    auto: (name) => `Automatic (${name})`,
    topicsNav: 'Topics',
    search: 'Search the notes',
    searchHint: 'Names, places, words: spelling slips and missing accents are fine. Press / to come back here.',
    filters: 'Filters',
    topic: 'Topic',
    allTopics: 'All topics',
    kind: 'Kind',
    allKinds: 'All kinds',
    kinds: { fact: 'Facts', claim: 'Claims', response: 'Responses', context: 'Background' },
    year: 'Year',
    allYears: 'All years',
    undated: 'Undated',
    clear: 'Clear search and filters',
    count: (shown, total) => (shown === total ? `All ${total} notes` : `${shown} of ${total} notes`),
    noMatch: 'No note matches. Try fewer or other words, or clear the filters.',
    notes: (n) => `${n} ${plural(n, 'note', 'notes')}`,
    keyDates: 'Key dates',
    responses: 'Responses',
    unknownLink: (fragment) => `The link names a note the library does not have (“${fragment}”). Here are all the notes.`,
    allNotesAbout: (n, topic) => `All ${n} notes about ${topic}`,
    open: 'Notes library',
  },
  fr: {
    title: 'Fact Notes — Bibliothèque des notes',
    heading: 'Bibliothèque des notes',
    lede: 'Toutes les notes de Fact Notes, par sujet, avec leurs sources et les dates clés.',
    language: 'Langue des notes',
    auto: (name) => `Automatique (${name})`,
    topicsNav: 'Sujets',
    search: 'Rechercher dans les notes',
    searchHint: 'Noms, lieux, mots : fautes de frappe et accents oubliés sont admis. Touche / pour revenir ici.',
    filters: 'Filtres',
    topic: 'Sujet',
    allTopics: 'Tous les sujets',
    kind: 'Type',
    allKinds: 'Tous les types',
    kinds: { fact: 'Faits', claim: 'Affirmations', response: 'Réponses', context: 'Contexte' },
    year: 'Année',
    allYears: 'Toutes les années',
    undated: 'Sans date',
    clear: 'Effacer la recherche et les filtres',
    count: (shown, total) => (shown === total ? `Les ${total} notes` : `${shown} notes sur ${total}`),
    noMatch: 'Aucune note ne correspond. Essayez d’autres mots, moins de mots, ou effacez les filtres.',
    notes: (n) => `${n} ${plural(n, 'note', 'notes')}`,
    keyDates: 'Dates clés',
    responses: 'Réponses',
    unknownLink: (fragment) => `Le lien désigne une note absente de la bibliothèque (« ${fragment} »). Voici toutes les notes.`,
    allNotesAbout: (n, topic) => `Les ${n} notes sur ${topic}`,
    open: 'Bibliothèque des notes',
  },
  nl: {
    title: 'Fact Notes — Notitiebibliotheek',
    heading: 'Notitiebibliotheek',
    lede: 'Alle notities van Fact Notes, per onderwerp, met hun bronnen en de belangrijke data.',
    language: 'Taal van de notities',
    auto: (name) => `Automatisch (${name})`,
    topicsNav: 'Onderwerpen',
    search: 'Zoeken in de notities',
    searchHint: 'Namen, plaatsen, woorden: tikfouten en vergeten accenten mogen. Druk op / om hier terug te komen.',
    filters: 'Filters',
    topic: 'Onderwerp',
    allTopics: 'Alle onderwerpen',
    kind: 'Soort',
    allKinds: 'Alle soorten',
    kinds: { fact: 'Feiten', claim: 'Beweringen', response: 'Reacties', context: 'Achtergrond' },
    year: 'Jaar',
    allYears: 'Alle jaren',
    undated: 'Zonder datum',
    clear: 'Zoekopdracht en filters wissen',
    count: (shown, total) => (shown === total ? `Alle ${total} notities` : `${shown} van ${total} notities`),
    noMatch: 'Geen notitie gevonden. Probeer andere of minder woorden, of wis de filters.',
    notes: (n) => `${n} ${plural(n, 'notitie', 'notities')}`,
    keyDates: 'Belangrijke data',
    responses: 'Reacties',
    unknownLink: (fragment) => `De link verwijst naar een notitie die niet in de bibliotheek staat (‘${fragment}’). Hier zijn alle notities.`,
    allNotesAbout: (n, topic) => `Alle ${n} notities over ${topic}`,
    open: 'Notitiebibliotheek',
  },
};
