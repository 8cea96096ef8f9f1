// Shared shapes for the pure core. Nothing here touches browser globals.

export const TOPIC_IDS = ['cainiao', 'liege-airport', 'vsse'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const NOTE_LANGS = ['en', 'fr', 'nl'] as const;
export type NoteLang = (typeof NOTE_LANGS)[number];

export type Strictness = 'strict' | 'balanced' | 'loose';

/**
 * One surface form of a topic, as written in data/topics.json. Matching folds case,
 * accents and punctuation variants (lib/normalize); hyphen and space are alike.
 * How far context and names reach is set in one place: REACH in lib/find-mentions.ts.
 */
export interface Alias {
  /** " * " stands for exactly one word: "Liège * Airport" matches "Liège cargo airport". */
  text: string;
  lang?: string;
  /**
   * Every capital letter of the alias must be a capital in the text ("LGG", "Sûreté de
   * l'État"). Fuzzy only in words of 12+ letters, with the alias's capitals at word starts.
   */
  caseSensitive?: boolean;
  /**
   * Ambiguous form: a mention only when confirmed (`confirm` says how), and never with a
   * word of another sense of it nearby (`otherSense`).
   */
  needsContext?: boolean;
  /**
   * What confirms an ambiguous form. Absent: a context word of the topic nearby, or an
   * unambiguous name of the topic earlier in the same scope (an <article>, else the
   * page) or nearby after it. "near": only a context word or a name nearby (the most
   * ambiguous short forms). "named": only a name earlier in the same scope, or right
   * after it as an apposition ("Die Staatssicherheit (VSSE)").
   */
  confirm?: 'near' | 'named';
  /** Words of another sense of an ambiguous form: one nearby vetoes it, whatever confirms it. "strain*" matches word starts. */
  otherSense?: string[];
  /** May end a longer word, as Dutch and German join words: "luchthaven van Luik" in "vrachtluchthaven van Luik". */
  compound?: boolean;
  /** Never fuzzy-matched (short or common forms). Aliases under 6 letters never are. */
  noFuzzy?: boolean;
}

export interface Topic {
  id: TopicId;
  names: Record<NoteLang, string>;
  summary: Record<NoteLang, string>;
  aliases: Alias[];
  related: TopicId[];
  /** Words whose presence near an ambiguous alias confirms the topic; "belg*" matches word starts. */
  context?: string[];
  /** Phrases that veto any hit of this topic they overlap (University of Liège, Ministry of State Security…). */
  exclude?: string[];
}

/** What the finder matches on: all a page's content script carries of a topic. */
export type TopicPatterns = Pick<Topic, 'id' | 'aliases' | 'context' | 'exclude'>;

export type FactKind = 'fact' | 'claim' | 'response' | 'context';

export interface Fact {
  id: string;
  topic: TopicId;
  kind: FactKind;
  text: Record<NoteLang, string>;
  /** Who made the claim or response. Required for those kinds. */
  attribution?: Record<NoteLang, string>;
  /** The claim this fact responds to (kind: response). */
  respondsTo?: string;
  /** Date of the event, ISO (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown. */
  date: string | null;
  /** The latest point the note reflects: its newest dated source or event, whichever is later; for notes with neither, the dossier's newest source date. ISO date. */
  asOf: string;
  sources: string[];
  /** Shown on the topic's key-dates timeline. */
  key?: boolean;
  /** Words that make this note relevant to a paragraph (used to rank notes). */
  keywords?: string[];
  /** The figures the note states, structured for the number check. */
  figures?: FactFigure[];
}

/**
 * Where sources differ on a point (the dossier's conflicts table), told neutrally: who says
 * what, with years, and each version with the sources that give it.
 */
export interface Conflict {
  id: string;
  topic: TopicId;
  /** What the sources differ on, as a short heading. */
  title: Record<NoteLang, string>;
  /** Who says what, with years, without a verdict. */
  text: Record<NoteLang, string>;
  /** Two or more versions. */
  sides: ConflictSide[];
  /** Notes on the point that give no one version: both, a rounded figure, or neither. */
  about: string[];
}

export interface ConflictSide {
  /** The version, in a few words. */
  says: Record<NoteLang, string>;
  /** The sources the dossier gives for it. */
  sources: string[];
  /** The notes that give this version. */
  facts: string[];
}

/** Where a source's title comes from (the dossier's titleFrom): the page's headline, a line of
 * the page standing in for it, words spelled back from the address, or nothing known. */
export type TitleFrom = 'page' | 'page-text' | 'url' | 'none';

export interface Source {
  id: string;
  url: string;
  /** The outlet's name alone. */
  publisher: string;
  /** A few words on where the text comes from ("via Belga"), per language (scripts/sources/via.ts). */
  via?: Record<NoteLang, string>;
  /** null when titleFrom is "none". */
  title: string | null;
  titleFrom: TitleFrom;
  /** Full date (YYYY-MM-DD), or null. */
  published: string | null;
  /** YYYY-MM, where only the month was visible. */
  publishedMonth?: string;
  language: string;
}

/** A found mention: offsets are UTF-16 indices into the original text, end exclusive. */
export interface Mention {
  topic: TopicId;
  /** The alias (as written in data) that matched. */
  alias: string;
  start: number;
  end: number;
  /** 1 for an exact hit, lower for fuzzy hits. */
  score: number;
  /** Short human explanation: "exact alias", "fuzzy, 1 edit", "context: Belgium". */
  why: string;
}

/** What a figure in a text measures, as the figure reader and the figure corpora name it. */
export const FIGURE_QUANTITIES = ['area', 'jobs', 'money', 'tonnes', 'flights', 'movements', 'staff', 'parcels'] as const;
export type FigureQuantity = (typeof FIGURE_QUANTITIES)[number];

/** A figure read from a text: offsets are UTF-16 indices, end exclusive. */
export interface TextFigure {
  quantity: FigureQuantity;
  /** The number as written with its multiplier applied, never converted ("22 ha" → 22). */
  value: number;
  start: number;
  end: number;
}

/** What a note's figure measures, finer than a text's figure, and the quantity of text figures it
 * compares with. Each is one thing (a total apart from a single hall, a first phase apart from the
 * whole), and the card names it (ui-strings figures.measures). */
export const FACT_QUANTITIES = {
  'site-area': 'area',
  'warehouse-area': 'area',
  'planned-total-area': 'area',
  'planned-halls-area': 'area',
  'planned-hall-area': 'area',
  'jobs-direct': 'jobs',
  'jobs-indirect': 'jobs',
  'jobs-total': 'jobs',
  'hub-staff': 'staff',
  'vsse-staff': 'staff',
  'customs-staff': 'staff',
  investment: 'money',
  'investment-first-phase': 'money',
  'investment-second-hall': 'money',
  fine: 'money',
  'trade-deficit': 'money',
  'ipo-proceeds': 'money',
  buyout: 'money',
  'cargo-tonnes': 'tonnes',
  'hub-flights': 'flights',
  'china-flights': 'flights',
  'night-flights': 'flights',
  movements: 'movements',
  'cargo-movements': 'movements',
  parcels: 'parcels',
} as const satisfies Record<string, FigureQuantity>;
export type FactQuantity = keyof typeof FACT_QUANTITIES;

/** Promised (a commitment), planned (an intention or a plan), measured (a count of what is),
 * claimed (a count a named party asserts that no source measured: shown with who claims it). */
export const FIGURE_KINDS = ['promised', 'planned', 'measured', 'claimed'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the sources hedge a figure, in the dossier's words. */
export const FIGURE_QUALIFIERS = ['about', 'more-than', 'fewer-than', 'up-to', 'at-least'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** A figure a note states, as its sources give it. */
export interface FactFigure {
  quantity: FactQuantity;
  /** With its multiplier applied ("€75 million" → 75000000), never converted. */
  value: number;
  /** As sourced: "m²", "ha", "€", "US$", "t", "flights a week"… */
  unit: string;
  /** When it holds: YYYY, YYYY-MM, YYYY-MM-DD or a span of years YYYY/YYYY; null where no source shows it. */
  holdsFor: string | null;
  kind: FigureKind;
  /** Where the sources give the figure as a bound or a round number ("about 900", "more than 200"). */
  qualifier?: FigureQualifier;
  /** The note's sources that give this figure. */
  sources: string[];
}
