// Every word our own pages and the card show, in the three notes languages. The
// options page, popup, card and library take their text from here, keyed on the
// notes-language setting (resolveNoteLang), so one choice sets the language of all of
// them. The manifest's name and description follow the browser instead (public/_locales).
import type { SettingsField } from './settings-schema';
import type { FactKind, FactQuantity, FigureKind, FigureQualifier, FigureQuantity, NoteLang } from './types';

/** Each language's own name for itself: the same in every table. */
export const LANGUAGE_NAMES: Readonly<Record<NoteLang, string>> = { en: 'English', fr: 'Français', nl: 'Nederlands' };

type Choice = { label: string; hint: string };

export interface UiStrings {
  /** Source lists and note labels (components/NoteList). */
  notes: Record<FactKind, string> & {
    by: Record<'claim' | 'response', string>;
    more(n: number): string;
    /** Under a note that is part of a conflict between sources: the link to it in the library
     * (the `index`th of the note's `of` conflicts; most notes are part of one). */
    differ(index: number, of: number): string;
    asOf(date: string): string;
    /** The locale dates and numbers are written in. */
    locale: string;
    /** A note without a date. */
    undated: string;
    /** A source whose page showed no date. */
    dateNotVisible: string;
    /** Said on hover over a title spelled back from a page's address. */
    fromAddress: string;
    /** Quotation marks around a headline, as this language writes them. */
    quotes: [open: string, close: string];
  };
  card: { why: string; notThis: string; close: string; notes: string };
  /** The number check (components/FigureCheck). */
  figures: {
    heading: string;
    pageHeading: string;
    inNotes: string;
    kinds: Record<FigureKind, string>;
    /** A claimed figure, with who claims it: "claimed by Patrick Zahn". */
    claimedBy(who: string): string;
    /** How the sources hedge a figure: "about 900 jobs". */
    qualifiers: Record<FigureQualifier, string>;
    quantities: Record<FigureQuantity, string>;
    /** What each of the notes' figures measures, shown before it… */
    measures: Record<FactQuantity, string>;
    /** …this way: "Direct jobs: ". */
    labelled(measure: string): string;
    /** A figure no source dates. */
    undated: string;
    /** The words of counts' units as data/facts.json writes them (in English), in this language. */
    units: Record<string, string>;
  };
  /** The notes library (library.html), and the links to it from the card, popup and options. */
  library: {
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
    /** How many notes the search and filters find, of all. */
    count(matched: number, total: number): string;
    /** After the count: the claims and responses shown beside the `matched` notes in their threads. */
    shownWith(matched: number, claims: number, responses: number): string;
    /** Printed above a filtered page: which search and filters (already in words, the unset ones empty) left it. */
    filtered(by: { query: string; topic: string; kind: string; year: string }): string;
    noMatch: string;
    notes(n: number): string;
    /** A count of notes of one kind, as a kind filter leaves them in a topic: "3 claims". */
    kindCounts: Record<FactKind, (n: number) => string>;
    keyDates: string;
    responses: string;
    /** The section of a topic's conflicts between sources (data/conflicts.json). */
    conflicts: string;
    /** The list of a conflict's versions. */
    versions: string;
    /** Before the links to the notes that give a version. */
    inNotes: string;
    /** Before the links to the notes on the point that give no one version. */
    aboutNotes: string;
    /** A note's link to a conflict it is part of. */
    sourcesDiffer(title: string): string;
    /** After the count of notes, while searching: how many conflicts between sources are shown. */
    conflictsFound(n: number): string;
    unknownLink(fragment: string): string;
    /** The card's link to a topic's notes. */
    allNotesAbout(n: number, topicName: string): string;
    /** The popup's and options page's link to the library. */
    open: string;
  };
  popup: {
    loading: string;
    noPage: string;
    unscannable: Record<'browser' | 'store' | 'file', string>;
    paused(host: string): string;
    resume: string;
    pause(host: string): string;
    notScanned: Record<'known' | 'other', string>;
    scan: string;
    scanning: string;
    scanFailed: string;
    nothingFound: string;
    mentions(n: number): string;
    notes: string;
    keyDates: string;
    whereOnPage: string;
    showMention: string;
  };
  options: {
    title: string;
    heading: string;
    loading: string;
    /** Storage could not be read: why nothing can be changed, and the button that reads it again. */
    unreadable: string;
    retry: string;
    lede: string;
    saving: string;
    saved: string;
    notSaved(reason: string): string;
    topics: { heading: string; hint: string };
    display: { heading: string };
    highlight: { legend: string } & Record<'underline' | 'background', Choice>;
    mark: { legend: string } & Record<'all' | 'first' | 'none', Choice>;
    openCard: {
      legend: string;
      hover: Choice;
      hoverKey(key: string): string;
      hoverKeyHint: string;
      click: Choice;
      delay(ms: number): string;
      /** The delay as a screen reader says it. */
      delaySpoken(ms: number): string;
      delayLabel: string;
      keyLegend: string;
    };
    /** Key names as printed on keyboards: Shift is "Maj" on French keyboards, Alt is "Option" on a Mac. */
    keys: Record<'shift' | 'alt' | 'ctrl', string>;
    macKeys: Record<'alt' | 'ctrl', string>;
    strictness: { legend: string } & Record<'strict' | 'balanced' | 'loose', Choice>;
    language: { legend: string; auto(languageName: string): string; autoHint: string };
    sites: { heading: string };
    extra: {
      heading: string;
      empty: string;
      active: string;
      grant: string;
      grantHost(host: string): string;
      remove: string;
      removeHost(host: string): string;
      addLabel: string;
      add: string;
      addHint: string;
    };
    paused: { heading: string; empty: string; resume: string; resumeHost(host: string): string };
    defaults: { summary(n: number): string; label: string };
    backup: { heading: string; hint: string; export: string; import: string; fileLabel: string };
    reset: {
      heading: string;
      button: string;
      title: string;
      confirm: string;
      cancel: string;
      body: string;
      willRemove(extraSites: number, pausedSites: number): string;
    };
    /** Feedback after an action; `reason` is the browser's own error text. */
    messages: {
      refused(host: string): string;
      couldNotAsk(host: string, reason: string): string;
      added(host: string): string;
      granted(host: string): string;
      removed(host: string): string;
      resetDone: string;
      couldNotExport(reason: string): string;
      couldNotRead(file: string, reason: string): string;
      imported(file: string, needAccess: number): string;
    };
    /** Why a typed site was refused (lib/settings-schema checkNewSite). */
    siteErrors: {
      empty: string;
      invalid(input: string): string;
      isDefault(host: string): string;
      duplicate(host: string): string;
    };
    /** Why an imported file was refused (lib/settings-schema parseImportedSettings). */
    importErrors: {
      tooLarge: string;
      notJson: string;
      notOurs: string;
      noVersion: string;
      newer(version: number): string;
      invalid(fieldList: string): string;
    };
    /** Setting names, as the import errors list them. */
    fields: Record<SettingsField, string>;
  };
}

/**
 * A noun's form for a count, by the language's own rule (Intl.PluralRules): French takes the
 * singular for 0 and 1 and for fractions under 2 ("0 note", "1,5 seconde"), English and Dutch
 * for 1 alone. `word` gives the form, `count` the number with it.
 */
function plurals(lang: NoteLang) {
  const rules = new Intl.PluralRules(lang);
  const word = (n: number, one: string, many: string) => (rules.select(n) === 'one' ? one : many);
  return { word, count: (n: number, one: string, many: string) => `${n} ${word(n, one, many)}` };
}
type Plurals = ReturnType<typeof plurals>;
const EN = plurals('en');
const FR = plurals('fr');
const NL = plurals('nl');
/** "a and b" / "a et b" / "a en b" for the one or two counts a sentence names. */
const both = (parts: string[], and: string) => parts.join(` ${and} `);
/** The counts that are not 0, each with its noun ("2 extra sites", "1 paused site"). */
const filled = (p: Plurals, ...counts: Array<[n: number, one: string, many: string]>): string[] =>
  counts.filter(([n]) => n).map(([n, one, many]) => p.count(n, one, many));
/** The parts of a "filtered" line that are set, joined with commas. */
const setParts = (parts: Array<string | false>) => parts.filter((part): part is string => !!part).join(', ');

const en: UiStrings = {
  notes: {
    fact: 'Fact', claim: 'Claim', response: 'Response', context: 'Background',
    by: { claim: 'Claim by', response: 'Response by' },
    more: (n) => EN.count(n, 'more source', 'more sources'),
    differ: (index, of) => (of === 1 ? 'Sources differ on this: see the versions' : `Sources differ on this (${index} of ${of}): see the versions`),
    asOf: (date) => `as of ${date}`,
    locale: 'en-GB',
    undated: 'undated',
    dateNotVisible: 'date not visible',
    fromAddress: "Words from the page's address; its headline may differ",
    quotes: ['“', '”'],
  },
  card: { why: 'Why this matched', notThis: 'Not this topic', close: 'Close', notes: 'Background notes' },
  figures: {
    heading: 'Figures in this paragraph',
    pageHeading: 'Figures on this page',
    inNotes: 'In the notes:',
    kinds: { promised: 'promised', planned: 'planned', measured: 'measured', claimed: 'claimed' },
    claimedBy: (who) => `claimed by ${who}`,
    qualifiers: { about: 'about', 'more-than': 'more than', 'fewer-than': 'fewer than', 'up-to': 'up to', 'at-least': 'at least' },
    quantities: {
      area: 'Area', jobs: 'Jobs', money: 'Sums of money', tonnes: 'Tonnage', flights: 'Flights',
      movements: 'Aircraft movements', staff: 'Staff', parcels: 'Parcels',
    },
    measures: {
      'site-area': 'The hub’s plot', 'warehouse-area': 'Cainiao’s first warehouse',
      'planned-total-area': 'Total warehouse area planned', 'planned-halls-area': 'New halls planned, together',
      'planned-hall-area': 'One new hall planned', 'jobs-direct': 'Direct jobs', 'jobs-indirect': 'Indirect jobs',
      'jobs-total': 'Jobs, direct and indirect not told apart', 'hub-staff': 'People employed at Cainiao’s hub', 'vsse-staff': 'VSSE staff',
      'customs-staff': 'Customs officers at the airport', investment: 'Total investment in the hub',
      'investment-first-phase': 'Investment in the first phase', 'investment-second-hall': 'Cost of the second hall',
      fine: 'Fine imposed on Alibaba', 'trade-deficit': 'Belgium’s air-trade deficit with China',
      'ipo-proceeds': 'Sum the Cainiao listing was to raise', buyout: 'Alibaba’s buyout offer for Cainiao',
      'cargo-tonnes': 'Freight handled at the airport', 'hub-flights': 'Cainiao’s cargo flights',
      'china-flights': 'Direct flights between China and Liège', 'night-flights': 'Night flights at the airport',
      movements: 'Aircraft movements at the airport', 'cargo-movements': 'Cargo movements at the airport',
      parcels: 'E-commerce parcels',
    },
    labelled: (measure) => `${measure}: `,
    undated: 'date not in the sources',
    units: {
      jobs: 'jobs', people: 'people', staff: 'staff',
      'customs officers': 'customs officers', 'flights a day': 'flights a day', 'cargo flights a week': 'cargo flights a week',
      'flights a year': 'flights a year', 'night flights a year': 'night flights a year', 'movements a year': 'movements a year',
      'parcels a day': 'parcels a day', 'parcels a month': 'parcels a month', 'parcels a year': 'parcels a year',
      'parcels in six months': 'parcels in six months',
    },
  },
  library: {
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
    count: (matched, total) => (matched === total ? `All ${total} notes` : `${matched} of ${total} notes`),
    shownWith: (_matched, claims, responses) =>
      `shown with ${both(filled(EN, [claims, 'claim', 'claims'], [responses, 'response', 'responses']), 'and')}`,
    filtered: ({ query, topic, kind, year }) =>
      `Filtered: ${setParts([!!query && `search “${query}”`, !!topic && `topic ${topic}`, !!kind && `kind ${kind}`, !!year && `year ${year}`])}`,
    noMatch: 'No note matches. Try fewer or other words, or clear the filters.',
    notes: (n) => EN.count(n, 'note', 'notes'),
    kindCounts: {
      fact: (n) => EN.count(n, 'fact', 'facts'),
      claim: (n) => EN.count(n, 'claim', 'claims'),
      response: (n) => EN.count(n, 'response', 'responses'),
      context: (n) => EN.count(n, 'background note', 'background notes'),
    },
    keyDates: 'Key dates',
    responses: 'Responses',
    conflicts: 'Where sources differ',
    versions: 'Versions',
    inNotes: 'In the notes:',
    aboutNotes: 'Notes on this:',
    sourcesDiffer: (title) => `Sources differ: ${title}`,
    conflictsFound: (n) => `${EN.count(n, 'point', 'points')} where sources differ`,
    unknownLink: (fragment) => `The link names a note the library does not have (“${fragment}”). Here are all the notes.`,
    allNotesAbout: (n, topic) => (n === 1 ? `The only note about ${topic}` : `All ${n} notes about ${topic}`),
    open: 'Notes library',
  },
  popup: {
    loading: 'Loading…',
    noPage: 'No page to look at in this window.',
    unscannable: {
      browser: 'Fact Notes cannot read browser pages such as settings, new tabs or extension pages.',
      store: 'Browsers do not let extensions read the extension store.',
      file: 'To scan files on this computer, turn on “Allow access to file URLs” for Fact Notes on the extensions page.',
    },
    paused: (host) => `Paused on ${host}: nothing is marked here.`,
    resume: 'Resume',
    pause: (host) => `Pause on ${host}`,
    notScanned: {
      known: 'This page has not been scanned yet. It may still be loading.',
      other: 'Fact Notes does not run on this site by default.',
    },
    scan: 'Scan this page',
    scanning: 'Scanning…',
    scanFailed: 'The browser did not let Fact Notes read this page. Click the Fact Notes button in the toolbar while on the page, then try again.',
    nothingFound: 'No mention of Cainiao, Liège Airport or the VSSE on this page.',
    mentions: (n) => EN.count(n, 'mention', 'mentions'),
    notes: 'Notes',
    keyDates: 'Key dates',
    whereOnPage: 'On this page',
    showMention: 'Show on the page',
  },
  options: {
    title: 'Fact Notes — Settings',
    heading: 'Fact Notes settings',
    loading: 'Loading settings…',
    unreadable: 'Fact Notes could not read your settings, so nothing can be changed here for now: saving would overwrite them. Pages are marked with the default settings meanwhile.',
    retry: 'Try again',
    lede: 'Changes are saved at once and apply to open tabs without reloading them.',
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: (reason) => `Not saved: ${reason}`,
    topics: { heading: 'Topics', hint: 'Mark mentions of these subjects on news pages.' },
    display: { heading: 'Marks and notes' },
    highlight: {
      legend: 'Highlight style',
      underline: { label: 'Underline', hint: 'A coloured line under each mention.' },
      background: { label: 'Background', hint: 'A soft coloured background behind each mention.' },
    },
    mark: {
      legend: 'What to mark',
      all: { label: 'Every mention', hint: 'Each time a topic is named.' },
      first: { label: 'The first mention of each topic in each article', hint: 'A quieter page; the popup still lists every mention.' },
      none: { label: 'Nothing in the page', hint: 'The toolbar popup still lists the mentions and their notes.' },
    },
    openCard: {
      legend: 'Open the card',
      hover: { label: 'When the pointer rests on a mention', hint: 'After the delay below.' },
      hoverKey: (key) => `When the pointer rests on a mention with ${key} held`,
      hoverKeyHint: 'Moving the pointer over a mention alone opens nothing.',
      click: { label: 'On click', hint: 'A click on a mention inside a link still follows the link.' },
      delay: (ms) => `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 2 })} s`,
      delaySpoken: (ms) => `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 2 })} ${EN.word(ms / 1000, 'second', 'seconds')}`,
      delayLabel: 'Delay before the card opens',
      keyLegend: 'Key to hold',
    },
    keys: { shift: 'Shift', alt: 'Alt', ctrl: 'Ctrl' },
    macKeys: { alt: 'Option', ctrl: 'Control' },
    strictness: {
      legend: 'Match strictness',
      strict: { label: 'Strict', hint: 'Only the names and spellings Fact Notes knows.' },
      balanced: { label: 'Balanced (recommended)', hint: 'Also small typos in long names, such as “Cainio”.' },
      loose: { label: 'Loose', hint: 'More misspellings too; now and then a wrong word may be marked.' },
    },
    language: {
      legend: 'Notes language',
      auto: (name) => `Automatic (${name} in this browser)`,
      autoHint: 'French or Dutch when your browser uses them, otherwise English.',
    },
    sites: { heading: 'Sites' },
    extra: {
      heading: 'Your extra sites',
      empty: 'None yet. Add a site below to mark mentions there too.',
      active: 'Active',
      grant: 'Grant access',
      grantHost: (host) => `Grant access to ${host}`,
      remove: 'Remove',
      removeHost: (host) => `Remove ${host}`,
      addLabel: 'Add a site',
      add: 'Add',
      addHint: 'Your browser will ask you to allow Fact Notes on that site and its subdomains.',
    },
    paused: {
      heading: 'Paused sites',
      empty: 'No paused sites. Use “Pause on this site” in the toolbar popup to add one.',
      resume: 'Resume',
      resumeHost: (host) => `Resume on ${host}`,
    },
    defaults: { summary: (n) => `Default news sites (${n}), always on`, label: 'Default news sites' },
    backup: {
      heading: 'Backup',
      hint: 'Save your settings to a file, or load them from one (for another browser, say).',
      export: 'Export settings',
      import: 'Import settings…',
      fileLabel: 'Settings file to import',
    },
    reset: {
      heading: 'Reset',
      button: 'Reset to defaults…',
      title: 'Reset all settings?',
      confirm: 'Reset',
      cancel: 'Cancel',
      body: 'All topics are switched back on, with underlined mentions, balanced matching and the notes language chosen automatically.',
      willRemove: (extra, paused) =>
        `Your ${both(filled(EN, [extra, 'extra site', 'extra sites'], [paused, 'paused site', 'paused sites']), 'and')} will be removed.`,
    },
    messages: {
      refused: (host) => `Access to ${host} was not granted, so Fact Notes cannot run there. Try again and choose “Allow”.`,
      couldNotAsk: (host, reason) => `Could not ask for access to ${host}: ${reason}`,
      added: (host) => `Added ${host}. Open or reload a page there to see mentions.`,
      granted: (host) => `Fact Notes now runs on ${host}.`,
      removed: (host) => `Removed ${host} and gave back access to it.`,
      resetDone: 'All settings are back to their defaults.',
      couldNotExport: (reason) => `Could not export: ${reason}`,
      couldNotRead: (file, reason) => `Could not read ${file}: ${reason}`,
      imported: (file, n) =>
        n ? `Imported ${file}. ${EN.count(n, 'extra site needs', 'extra sites need')} access: use “Grant access” in Sites.` : `Imported ${file}.`,
    },
    siteErrors: {
      empty: 'Type a site name, such as example.com.',
      invalid: (input) => `“${input}” is not a site name. Use a form like example.com.`,
      isDefault: (host) => `${host} is already one of the default sites.`,
      duplicate: (host) => `${host} is already in your list.`,
    },
    importErrors: {
      tooLarge: 'This file is too large to be a Fact Notes settings file.',
      notJson: 'This file is not valid JSON, so it cannot be a Fact Notes settings file.',
      notOurs: 'This is not a Fact Notes settings file. Choose a file made with “Export settings”.',
      noVersion: 'This settings file has no valid version number.',
      newer: (v) => `This file was made by a newer version of Fact Notes (settings v${v}). Update the extension, then import it again.`,
      invalid: (fields) => `This file has values Fact Notes cannot use for: ${fields}. Nothing was changed.`,
    },
    fields: {
      topics: 'topics', highlightStyle: 'highlight style', strictness: 'match strictness',
      language: 'notes language', extraSites: 'extra sites', pausedSites: 'paused sites',
      mark: 'what to mark', openCard: 'open the card', hoverDelayMs: 'delay before the card opens', hoverKey: 'key to hold',
    },
  },
};

const fr: UiStrings = {
  notes: {
    fact: 'Fait', claim: 'Affirmation', response: 'Réponse', context: 'Contexte',
    by: { claim: 'Affirmation de', response: 'Réponse de' },
    more: (n) => FR.count(n, 'autre source', 'autres sources'),
    differ: (index, of) =>
      of === 1 ? 'Les sources divergent sur ce point : voir les versions' : `Les sources divergent sur ce point (${index} sur ${of}) : voir les versions`,
    asOf: (date) => `à jour au ${date}`,
    locale: 'fr-BE',
    undated: 'sans date',
    dateNotVisible: 'date non visible',
    fromAddress: "Mots tirés de l'adresse de la page ; son titre peut différer",
    quotes: ['« ', ' »'],
  },
  card: { why: 'Pourquoi ce repérage', notThis: 'Pas ce sujet', close: 'Fermer', notes: 'Notes de contexte' },
  figures: {
    heading: 'Chiffres de ce paragraphe',
    pageHeading: 'Chiffres de cette page',
    inNotes: 'Dans les notes :',
    kinds: { promised: 'promis', planned: 'prévu', measured: 'mesuré', claimed: 'affirmé' },
    claimedBy: (who) => `affirmé par ${who}`,
    qualifiers: { about: 'environ', 'more-than': 'plus de', 'fewer-than': 'moins de', 'up-to': 'jusqu’à', 'at-least': 'au moins' },
    quantities: {
      area: 'Surfaces', jobs: 'Emplois', money: 'Montants', tonnes: 'Tonnage', flights: 'Vols',
      movements: 'Mouvements d’avions', staff: 'Personnel', parcels: 'Colis',
    },
    measures: {
      'site-area': 'Terrain du hub', 'warehouse-area': 'Premier entrepôt de Cainiao',
      'planned-total-area': 'Surface totale d’entrepôts prévue', 'planned-halls-area': 'Nouveaux halls prévus, ensemble',
      'planned-hall-area': 'Un nouveau hall prévu', 'jobs-direct': 'Emplois directs', 'jobs-indirect': 'Emplois indirects',
      'jobs-total': 'Emplois, directs et indirects confondus', 'hub-staff': 'Personnes employées au hub de Cainiao', 'vsse-staff': 'Personnel de la VSSE',
      'customs-staff': 'Douaniers à l’aéroport', investment: 'Investissement total dans le hub',
      'investment-first-phase': 'Investissement de la première phase', 'investment-second-hall': 'Coût du deuxième hall',
      fine: 'Amende infligée à Alibaba', 'trade-deficit': 'Déficit commercial aérien de la Belgique avec la Chine',
      'ipo-proceeds': 'Montant que devait lever l’entrée en Bourse de Cainiao', buyout: 'Offre de rachat d’Alibaba sur Cainiao',
      'cargo-tonnes': 'Fret traité à l’aéroport', 'hub-flights': 'Vols cargo de Cainiao',
      'china-flights': 'Vols directs entre la Chine et Liège', 'night-flights': 'Vols de nuit à l’aéroport',
      movements: 'Mouvements d’avions à l’aéroport', 'cargo-movements': 'Mouvements cargo à l’aéroport',
      parcels: 'Colis d’e-commerce',
    },
    labelled: (measure) => `${measure}\u00a0: `,
    undated: 'date absente des sources',
    units: {
      jobs: 'emplois', people: 'personnes',
      staff: 'membres du personnel', 'customs officers': 'douaniers', 'flights a day': 'vols par jour',
      'cargo flights a week': 'vols cargo par semaine', 'flights a year': 'vols par an',
      'night flights a year': 'vols de nuit par an', 'movements a year': 'mouvements par an',
      'parcels a day': 'colis par jour', 'parcels a month': 'colis par mois', 'parcels a year': 'colis par an',
      'parcels in six months': 'colis en six mois',
    },
  },
  library: {
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
    count: (matched, total) => (matched === total ? `Les ${total} notes` : `${FR.count(matched, 'note', 'notes')} sur ${total}`),
    shownWith: (matched, claims, responses) =>
      `${FR.word(matched, 'affichée', 'affichées')} avec ${both(filled(FR, [claims, 'affirmation', 'affirmations'], [responses, 'réponse', 'réponses']), 'et')}`,
    filtered: ({ query, topic, kind, year }) =>
      `Liste filtrée : ${setParts([!!query && `recherche « ${query} »`, !!topic && `sujet ${topic}`, !!kind && `type ${kind}`, !!year && `année ${year}`])}`,
    noMatch: 'Aucune note ne correspond. Essayez d’autres mots, moins de mots, ou effacez les filtres.',
    notes: (n) => FR.count(n, 'note', 'notes'),
    kindCounts: {
      fact: (n) => FR.count(n, 'fait', 'faits'),
      claim: (n) => FR.count(n, 'affirmation', 'affirmations'),
      response: (n) => FR.count(n, 'réponse', 'réponses'),
      context: (n) => FR.count(n, 'note de contexte', 'notes de contexte'),
    },
    keyDates: 'Dates clés',
    responses: 'Réponses',
    conflicts: 'Là où les sources divergent',
    versions: 'Les versions',
    inNotes: 'Dans les notes :',
    aboutNotes: 'Notes à ce sujet :',
    sourcesDiffer: (title) => `Les sources divergent : ${title}`,
    conflictsFound: (n) => `${FR.count(n, 'point', 'points')} où les sources divergent`,
    unknownLink: (fragment) => `Le lien désigne une note absente de la bibliothèque (« ${fragment} »). Voici toutes les notes.`,
    allNotesAbout: (n, topic) => (n === 1 ? `La seule note sur ${topic}` : `Les ${n} notes sur ${topic}`),
    open: 'Bibliothèque des notes',
  },
  popup: {
    loading: 'Chargement…',
    noPage: 'Aucune page à examiner dans cette fenêtre.',
    unscannable: {
      browser: 'Fact Notes ne peut pas lire les pages du navigateur (paramètres, nouvel onglet, extensions).',
      store: 'Les navigateurs interdisent aux extensions de lire la boutique d’extensions.',
      file: 'Pour analyser des fichiers locaux, activez « Autoriser l’accès aux URL de fichier » pour Fact Notes sur la page des extensions.',
    },
    paused: (host) => `En pause sur ${host} : rien n’est signalé ici.`,
    resume: 'Reprendre',
    pause: (host) => `Mettre en pause sur ${host}`,
    notScanned: {
      known: 'Cette page n’a pas encore été analysée. Elle est peut-être encore en cours de chargement.',
      other: 'Fact Notes ne s’exécute pas sur ce site par défaut.',
    },
    scan: 'Analyser cette page',
    scanning: 'Analyse…',
    scanFailed: 'Le navigateur n’a pas laissé Fact Notes lire cette page. Cliquez sur le bouton Fact Notes de la barre d’outils depuis la page, puis réessayez.',
    nothingFound: 'Aucune mention de Cainiao, de Liège Airport ou de la VSSE sur cette page.',
    mentions: (n) => FR.count(n, 'mention', 'mentions'),
    notes: 'Notes',
    keyDates: 'Dates clés',
    whereOnPage: 'Sur cette page',
    showMention: 'Afficher dans la page',
  },
  options: {
    title: 'Fact Notes — Réglages',
    heading: 'Réglages de Fact Notes',
    loading: 'Chargement des réglages…',
    unreadable: 'Fact Notes n’a pas pu lire vos réglages : rien ne peut être modifié ici pour l’instant, car un enregistrement les écraserait. En attendant, les pages sont marquées avec les réglages par défaut.',
    retry: 'Réessayer',
    lede: 'Les modifications sont enregistrées aussitôt et s’appliquent aux onglets ouverts sans les recharger.',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    notSaved: (reason) => `Non enregistré : ${reason}`,
    topics: { heading: 'Sujets', hint: 'Signaler les mentions de ces sujets sur les sites d’actualité.' },
    display: { heading: 'Repérages et notes' },
    highlight: {
      legend: 'Style de surlignage',
      underline: { label: 'Souligné', hint: 'Un trait de couleur sous chaque mention.' },
      background: { label: 'Fond coloré', hint: 'Un fond de couleur discret derrière chaque mention.' },
    },
    mark: {
      legend: 'Ce qu’il faut signaler',
      all: { label: 'Chaque mention', hint: 'Chaque fois qu’un sujet est nommé.' },
      first: { label: 'La première mention de chaque sujet dans chaque article', hint: 'Une page plus calme ; la fenêtre de la barre d’outils liste toujours chaque mention.' },
      none: { label: 'Rien dans la page', hint: 'La fenêtre de la barre d’outils liste toujours les mentions et leurs notes.' },
    },
    openCard: {
      legend: 'Ouvrir la fiche',
      hover: { label: 'Quand le pointeur s’arrête sur une mention', hint: 'Après le délai ci-dessous.' },
      hoverKey: (key) => `Quand le pointeur s’arrête sur une mention, touche ${key} enfoncée`,
      hoverKeyHint: 'Passer sur une mention sans la touche n’ouvre rien.',
      click: { label: 'Au clic', hint: 'Un clic sur une mention dans un lien suit toujours le lien.' },
      delay: (ms) => `${(ms / 1000).toLocaleString('fr', { maximumFractionDigits: 2 })} s`,
      delaySpoken: (ms) => `${(ms / 1000).toLocaleString('fr', { maximumFractionDigits: 2 })} ${FR.word(ms / 1000, 'seconde', 'secondes')}`,
      delayLabel: 'Délai avant l’ouverture de la fiche',
      keyLegend: 'Touche à maintenir',
    },
    keys: { shift: 'Maj', alt: 'Alt', ctrl: 'Ctrl' },
    macKeys: { alt: 'Option', ctrl: 'Contrôle' },
    strictness: {
      legend: 'Rigueur de la recherche',
      strict: { label: 'Stricte', hint: 'Uniquement les noms et graphies que Fact Notes connaît.' },
      balanced: { label: 'Équilibrée (recommandé)', hint: 'Aussi les petites fautes de frappe dans les noms longs, comme « Cainio ».' },
      loose: { label: 'Large', hint: 'Davantage de fautes d’orthographe ; il peut arriver qu’un mot soit signalé à tort.' },
    },
    language: {
      legend: 'Langue des notes',
      auto: (name) => `Automatique (${name} dans ce navigateur)`,
      autoHint: 'Le français ou le néerlandais si votre navigateur les utilise, sinon l’anglais.',
    },
    sites: { heading: 'Sites' },
    extra: {
      heading: 'Vos sites supplémentaires',
      empty: 'Aucun pour l’instant. Ajoutez un site ci-dessous pour y signaler aussi les mentions.',
      active: 'Actif',
      grant: 'Autoriser l’accès',
      grantHost: (host) => `Autoriser l’accès à ${host}`,
      remove: 'Retirer',
      removeHost: (host) => `Retirer ${host}`,
      addLabel: 'Ajouter un site',
      add: 'Ajouter',
      addHint: 'Votre navigateur vous demandera d’autoriser Fact Notes sur ce site et ses sous-domaines.',
    },
    paused: {
      heading: 'Sites en pause',
      empty: 'Aucun site en pause. Utilisez « Mettre en pause » dans la fenêtre de la barre d’outils pour en ajouter un.',
      resume: 'Reprendre',
      resumeHost: (host) => `Reprendre sur ${host}`,
    },
    defaults: { summary: (n) => `Sites d’actualité par défaut (${n}), toujours actifs`, label: 'Sites d’actualité par défaut' },
    backup: {
      heading: 'Sauvegarde',
      hint: 'Enregistrez vos réglages dans un fichier, ou chargez-les depuis un fichier (pour un autre navigateur, par exemple).',
      export: 'Exporter les réglages',
      import: 'Importer des réglages…',
      fileLabel: 'Fichier de réglages à importer',
    },
    reset: {
      heading: 'Réinitialisation',
      button: 'Rétablir les réglages par défaut…',
      title: 'Réinitialiser tous les réglages ?',
      confirm: 'Réinitialiser',
      cancel: 'Annuler',
      body: 'Tous les sujets sont réactivés, avec les mentions soulignées, une recherche équilibrée et la langue des notes choisie automatiquement.',
      willRemove: (extra, paused) => {
        const parts = filled(FR, [extra, 'site supplémentaire', 'sites supplémentaires'], [paused, 'site en pause', 'sites en pause']);
        return `Seront aussi retirés : ${both(parts, 'et')}.`;
      },
    },
    messages: {
      refused: (host) => `L’accès à ${host} n’a pas été accordé : Fact Notes ne peut pas s’y exécuter. Réessayez et choisissez « Autoriser ».`,
      couldNotAsk: (host, reason) => `Impossible de demander l’accès à ${host} : ${reason}`,
      added: (host) => `${host} ajouté. Ouvrez ou rechargez une page de ce site pour voir les mentions.`,
      granted: (host) => `Fact Notes s’exécute désormais sur ${host}.`,
      removed: (host) => `${host} retiré, et son accès rendu.`,
      resetDone: 'Tous les réglages sont revenus à leurs valeurs par défaut.',
      couldNotExport: (reason) => `Exportation impossible : ${reason}`,
      couldNotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
      imported: (file, n) =>
        n
          ? `${file} importé. ${FR.count(n, 'site supplémentaire doit encore être autorisé', 'sites supplémentaires doivent encore être autorisés')} : utilisez « Autoriser l’accès » dans Sites.`
          : `${file} importé.`,
    },
    siteErrors: {
      empty: 'Saisissez un nom de site, comme example.com.',
      invalid: (input) => `« ${input} » n’est pas un nom de site. Utilisez une forme comme example.com.`,
      isDefault: (host) => `${host} fait déjà partie des sites par défaut.`,
      duplicate: (host) => `${host} est déjà dans votre liste.`,
    },
    importErrors: {
      tooLarge: 'Ce fichier est trop volumineux pour être un fichier de réglages de Fact Notes.',
      notJson: 'Ce fichier n’est pas du JSON valide : ce ne peut pas être un fichier de réglages de Fact Notes.',
      notOurs: 'Ce n’est pas un fichier de réglages de Fact Notes. Choisissez un fichier créé avec « Exporter les réglages ».',
      noVersion: 'Ce fichier de réglages n’a pas de numéro de version valide.',
      newer: (v) => `Ce fichier a été créé par une version plus récente de Fact Notes (réglages v${v}). Mettez l’extension à jour, puis importez-le à nouveau.`,
      invalid: (fields) => `Ce fichier contient des valeurs inutilisables pour : ${fields}. Rien n’a été modifié.`,
    },
    fields: {
      topics: 'sujets', highlightStyle: 'style de surlignage', strictness: 'rigueur de la recherche',
      language: 'langue des notes', extraSites: 'sites supplémentaires', pausedSites: 'sites en pause',
      mark: 'ce qu’il faut signaler', openCard: 'ouvrir la fiche', hoverDelayMs: 'délai avant l’ouverture de la fiche', hoverKey: 'touche à maintenir',
    },
  },
};

const nl: UiStrings = {
  notes: {
    fact: 'Feit', claim: 'Bewering', response: 'Reactie', context: 'Achtergrond',
    by: { claim: 'Bewering van', response: 'Reactie van' },
    more: (n) => `nog ${NL.count(n, 'bron', 'bronnen')}`,
    differ: (index, of) => (of === 1 ? 'Bronnen verschillen hierover: zie de versies' : `Bronnen verschillen hierover (${index} van ${of}): zie de versies`),
    asOf: (date) => `stand van ${date}`,
    locale: 'nl-BE',
    undated: 'zonder datum',
    dateNotVisible: 'datum niet zichtbaar',
    fromAddress: 'Woorden uit het adres van de pagina; de kop kan verschillen',
    quotes: ['‘', '’'],
  },
  card: { why: 'Waarom dit herkend is', notThis: 'Niet dit onderwerp', close: 'Sluiten', notes: 'Achtergrondnotities' },
  figures: {
    heading: 'Cijfers in deze alinea',
    pageHeading: 'Cijfers op deze pagina',
    inNotes: 'In de notities:',
    kinds: { promised: 'beloofd', planned: 'gepland', measured: 'gemeten', claimed: 'beweerd' },
    claimedBy: (who) => `beweerd door ${who}`,
    qualifiers: { about: 'ongeveer', 'more-than': 'meer dan', 'fewer-than': 'minder dan', 'up-to': 'tot', 'at-least': 'minstens' },
    quantities: {
      area: 'Oppervlakte', jobs: 'Banen', money: 'Bedragen', tonnes: 'Tonnage', flights: 'Vluchten',
      movements: 'Vliegbewegingen', staff: 'Personeel', parcels: 'Pakjes',
    },
    measures: {
      'site-area': 'Terrein van de hub', 'warehouse-area': 'Eerste magazijn van Cainiao',
      'planned-total-area': 'Geplande totale magazijnoppervlakte', 'planned-halls-area': 'Geplande nieuwe hallen, samen',
      'planned-hall-area': 'Eén geplande nieuwe hal', 'jobs-direct': 'Directe banen', 'jobs-indirect': 'Indirecte banen',
      'jobs-total': 'Banen, direct en indirect niet gescheiden', 'hub-staff': 'Mensen aan het werk in de hub van Cainiao', 'vsse-staff': 'Personeel van de VSSE',
      'customs-staff': 'Douaniers op de luchthaven', investment: 'Totale investering in de hub',
      'investment-first-phase': 'Investering in de eerste fase', 'investment-second-hall': 'Kostprijs van de tweede hal',
      fine: 'Boete opgelegd aan Alibaba', 'trade-deficit': 'Tekort in de luchthandel van België met China',
      'ipo-proceeds': 'Bedrag dat de beursgang van Cainiao moest opbrengen', buyout: 'Uitkoopbod van Alibaba op Cainiao',
      'cargo-tonnes': 'Verwerkte vracht op de luchthaven', 'hub-flights': 'Vrachtvluchten van Cainiao',
      'china-flights': 'Rechtstreekse vluchten tussen China en Luik', 'night-flights': 'Nachtvluchten op de luchthaven',
      movements: 'Vliegbewegingen op de luchthaven', 'cargo-movements': 'Vrachtbewegingen op de luchthaven',
      parcels: 'E-commercepakjes',
    },
    labelled: (measure) => `${measure}: `,
    undated: 'datum niet in de bronnen',
    units: {
      jobs: 'banen', people: 'mensen',
      staff: 'personeelsleden', 'customs officers': 'douaniers', 'flights a day': 'vluchten per dag',
      'cargo flights a week': 'vrachtvluchten per week', 'flights a year': 'vluchten per jaar',
      'night flights a year': 'nachtvluchten per jaar', 'movements a year': 'bewegingen per jaar',
      'parcels a day': 'pakjes per dag', 'parcels a month': 'pakjes per maand', 'parcels a year': 'pakjes per jaar',
      'parcels in six months': 'pakjes in zes maanden',
    },
  },
  library: {
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
    count: (matched, total) => (matched === total ? `Alle ${total} notities` : `${matched} van ${total} notities`),
    shownWith: (_matched, claims, responses) =>
      `getoond met ${both(filled(NL, [claims, 'bewering', 'beweringen'], [responses, 'reactie', 'reacties']), 'en')}`,
    filtered: ({ query, topic, kind, year }) =>
      `Gefilterd: ${setParts([!!query && `zoekopdracht ‘${query}’`, !!topic && `onderwerp ${topic}`, !!kind && `soort ${kind}`, !!year && `jaar ${year}`])}`,
    noMatch: 'Geen notitie gevonden. Probeer andere of minder woorden, of wis de filters.',
    notes: (n) => NL.count(n, 'notitie', 'notities'),
    kindCounts: {
      fact: (n) => NL.count(n, 'feit', 'feiten'),
      claim: (n) => NL.count(n, 'bewering', 'beweringen'),
      response: (n) => NL.count(n, 'reactie', 'reacties'),
      context: (n) => NL.count(n, 'achtergrondnotitie', 'achtergrondnotities'),
    },
    keyDates: 'Belangrijke data',
    responses: 'Reacties',
    conflicts: 'Waar bronnen verschillen',
    versions: 'Versies',
    inNotes: 'In de notities:',
    aboutNotes: 'Notities hierover:',
    sourcesDiffer: (title) => `Bronnen verschillen: ${title}`,
    conflictsFound: (n) => `${NL.count(n, 'punt', 'punten')} waarop bronnen verschillen`,
    unknownLink: (fragment) => `De link verwijst naar een notitie die niet in de bibliotheek staat (‘${fragment}’). Hier zijn alle notities.`,
    allNotesAbout: (n, topic) => (n === 1 ? `De enige notitie over ${topic}` : `Alle ${n} notities over ${topic}`),
    open: 'Notitiebibliotheek',
  },
  popup: {
    loading: 'Laden…',
    noPage: 'Geen pagina om te bekijken in dit venster.',
    unscannable: {
      browser: 'Fact Notes kan geen browserpagina’s lezen, zoals instellingen, nieuwe tabbladen of extensiepagina’s.',
      store: 'Browsers laten extensies de extensiewinkel niet lezen.',
      file: 'Om bestanden op deze computer te scannen, zet u “Toegang tot bestands-URL’s toestaan” aan voor Fact Notes op de extensiepagina.',
    },
    paused: (host) => `Gepauzeerd op ${host}: hier wordt niets gemarkeerd.`,
    resume: 'Hervatten',
    pause: (host) => `Pauzeren op ${host}`,
    notScanned: {
      known: 'Deze pagina is nog niet gescand. Misschien laadt ze nog.',
      other: 'Fact Notes werkt standaard niet op deze site.',
    },
    scan: 'Deze pagina scannen',
    scanning: 'Scannen…',
    scanFailed: 'De browser liet Fact Notes deze pagina niet lezen. Klik op de pagina op de knop van Fact Notes in de werkbalk en probeer opnieuw.',
    nothingFound: 'Geen vermelding van Cainiao, Liège Airport of de VSSE op deze pagina.',
    mentions: (n) => NL.count(n, 'vermelding', 'vermeldingen'),
    notes: 'Notities',
    keyDates: 'Belangrijke data',
    whereOnPage: 'Op deze pagina',
    showMention: 'Tonen op de pagina',
  },
  options: {
    title: 'Fact Notes — Instellingen',
    heading: 'Instellingen van Fact Notes',
    loading: 'Instellingen laden…',
    unreadable: 'Fact Notes kon je instellingen niet lezen. Hier kan voorlopig niets worden gewijzigd: opslaan zou ze overschrijven. Pagina’s worden intussen gemarkeerd met de standaardinstellingen.',
    retry: 'Opnieuw proberen',
    lede: 'Wijzigingen worden meteen bewaard en gelden voor open tabbladen zonder ze te herladen.',
    saving: 'Bewaren…',
    saved: 'Bewaard',
    notSaved: (reason) => `Niet bewaard: ${reason}`,
    topics: { heading: 'Onderwerpen', hint: 'Vermeldingen van deze onderwerpen markeren op nieuwssites.' },
    display: { heading: 'Markeringen en notities' },
    highlight: {
      legend: 'Markeerstijl',
      underline: { label: 'Onderstrepen', hint: 'Een gekleurde lijn onder elke vermelding.' },
      background: { label: 'Achtergrond', hint: 'Een zachte gekleurde achtergrond achter elke vermelding.' },
    },
    mark: {
      legend: 'Wat markeren',
      all: { label: 'Elke vermelding', hint: 'Telkens wanneer een onderwerp genoemd wordt.' },
      first: { label: 'De eerste vermelding van elk onderwerp in elk artikel', hint: 'Een rustiger pagina; het venster in de werkbalk toont nog elke vermelding.' },
      none: { label: 'Niets op de pagina', hint: 'Het venster in de werkbalk toont de vermeldingen en hun notities nog wel.' },
    },
    openCard: {
      legend: 'De kaart openen',
      hover: { label: 'Als de aanwijzer op een vermelding blijft rusten', hint: 'Na de vertraging hieronder.' },
      hoverKey: (key) => `Als de aanwijzer op een vermelding rust terwijl ${key} ingedrukt is`,
      hoverKeyHint: 'Alleen over een vermelding bewegen opent niets.',
      click: { label: 'Bij een klik', hint: 'Een klik op een vermelding in een link volgt nog altijd de link.' },
      delay: (ms) => `${(ms / 1000).toLocaleString('nl', { maximumFractionDigits: 2 })} s`,
      delaySpoken: (ms) => `${(ms / 1000).toLocaleString('nl', { maximumFractionDigits: 2 })} ${NL.word(ms / 1000, 'seconde', 'seconden')}`,
      delayLabel: 'Vertraging voordat de kaart opent',
      keyLegend: 'Toets om ingedrukt te houden',
    },
    keys: { shift: 'Shift', alt: 'Alt', ctrl: 'Ctrl' },
    macKeys: { alt: 'Option', ctrl: 'Control' },
    strictness: {
      legend: 'Hoe streng herkennen',
      strict: { label: 'Streng', hint: 'Alleen de namen en schrijfwijzen die Fact Notes kent.' },
      balanced: { label: 'Evenwichtig (aanbevolen)', hint: 'Ook kleine tikfouten in lange namen, zoals “Cainio”.' },
      loose: { label: 'Ruim', hint: 'Ook meer spelfouten; af en toe kan een verkeerd woord gemarkeerd worden.' },
    },
    language: {
      legend: 'Taal van de notities',
      auto: (name) => `Automatisch (${name} in deze browser)`,
      autoHint: 'Frans of Nederlands als uw browser die taal gebruikt, anders Engels.',
    },
    sites: { heading: 'Sites' },
    extra: {
      heading: 'Uw extra sites',
      empty: 'Nog geen. Voeg hieronder een site toe om ook daar vermeldingen te markeren.',
      active: 'Actief',
      grant: 'Toegang geven',
      grantHost: (host) => `Toegang geven tot ${host}`,
      remove: 'Verwijderen',
      removeHost: (host) => `${host} verwijderen`,
      addLabel: 'Een site toevoegen',
      add: 'Toevoegen',
      addHint: 'Uw browser vraagt u Fact Notes toe te laten op die site en haar subdomeinen.',
    },
    paused: {
      heading: 'Gepauzeerde sites',
      empty: 'Geen gepauzeerde sites. Gebruik “Pauzeren op deze site” in het venster in de werkbalk om er een toe te voegen.',
      resume: 'Hervatten',
      resumeHost: (host) => `Hervatten op ${host}`,
    },
    defaults: { summary: (n) => `Standaardnieuwssites (${n}), altijd aan`, label: 'Standaardnieuwssites' },
    backup: {
      heading: 'Reservekopie',
      hint: 'Bewaar uw instellingen in een bestand, of laad ze uit een bestand (bijvoorbeeld voor een andere browser).',
      export: 'Instellingen exporteren',
      import: 'Instellingen importeren…',
      fileLabel: 'Te importeren instellingenbestand',
    },
    reset: {
      heading: 'Herstellen',
      button: 'Standaardinstellingen herstellen…',
      title: 'Alle instellingen herstellen?',
      confirm: 'Herstellen',
      cancel: 'Annuleren',
      body: 'Alle onderwerpen gaan weer aan, met onderstreepte vermeldingen, evenwichtige herkenning en een automatisch gekozen taal van de notities.',
      willRemove: (extra, paused) => {
        const parts = filled(NL, [extra, 'extra site', 'extra sites'], [paused, 'gepauzeerde site', 'gepauzeerde sites']);
        return `Ook verwijderd worden: ${both(parts, 'en')}.`;
      },
    },
    messages: {
      refused: (host) => `Toegang tot ${host} is niet gegeven, dus Fact Notes kan daar niet werken. Probeer opnieuw en kies “Toestaan”.`,
      couldNotAsk: (host, reason) => `Kon geen toegang tot ${host} vragen: ${reason}`,
      added: (host) => `${host} toegevoegd. Open of herlaad daar een pagina om vermeldingen te zien.`,
      granted: (host) => `Fact Notes werkt nu op ${host}.`,
      removed: (host) => `${host} verwijderd en de toegang teruggegeven.`,
      resetDone: 'Alle instellingen staan weer op hun standaardwaarden.',
      couldNotExport: (reason) => `Exporteren mislukt: ${reason}`,
      couldNotRead: (file, reason) => `Kon ${file} niet lezen: ${reason}`,
      imported: (file, n) =>
        n
          ? `${file} geïmporteerd. ${NL.count(n, 'extra site heeft', 'extra sites hebben')} nog toegang nodig: gebruik “Toegang geven” bij Sites.`
          : `${file} geïmporteerd.`,
    },
    siteErrors: {
      empty: 'Typ een sitenaam, zoals example.com.',
      invalid: (input) => `“${input}” is geen sitenaam. Gebruik een vorm als example.com.`,
      isDefault: (host) => `${host} is al een van de standaardsites.`,
      duplicate: (host) => `${host} staat al in uw lijst.`,
    },
    importErrors: {
      tooLarge: 'Dit bestand is te groot voor een instellingenbestand van Fact Notes.',
      notJson: 'Dit bestand is geen geldige JSON, dus geen instellingenbestand van Fact Notes.',
      notOurs: 'Dit is geen instellingenbestand van Fact Notes. Kies een bestand gemaakt met “Instellingen exporteren”.',
      noVersion: 'Dit instellingenbestand heeft geen geldig versienummer.',
      newer: (v) => `Dit bestand is gemaakt door een nieuwere versie van Fact Notes (instellingen v${v}). Werk de extensie bij en importeer het opnieuw.`,
      invalid: (fields) => `Dit bestand heeft waarden die Fact Notes niet kan gebruiken voor: ${fields}. Er is niets gewijzigd.`,
    },
    fields: {
      topics: 'onderwerpen', highlightStyle: 'markeerstijl', strictness: 'hoe streng herkennen',
      language: 'taal van de notities', extraSites: 'extra sites', pausedSites: 'gepauzeerde sites',
      mark: 'wat markeren', openCard: 'de kaart openen', hoverDelayMs: 'vertraging voordat de kaart opent', hoverKey: 'toets om ingedrukt te houden',
    },
  },
};

export const UI_STRINGS: Readonly<Record<NoteLang, UiStrings>> = { en, fr, nl };

/** The words for one language (resolve the setting first with resolveNoteLang). */
export const uiStrings = (lang: NoteLang): UiStrings => UI_STRINGS[lang];
