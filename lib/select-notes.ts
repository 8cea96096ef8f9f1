// Picks the background notes a card shows for one mention, and small display helpers.
// Pure: selectNotes runs in the background (the card's notes) and the popup, the formatting
// helpers also in the card's UI script; none of it ships in the content script.
import { noteThreads } from './note-threads';
import type { Fact, NoteLang, Source, TopicId } from './types';
import { uiStrings } from './ui-strings';

export interface SelectOptions {
  /** The reader's notes language: wording in that version of a note counts most. */
  lang?: NoteLang;
  /** At most this many notes (a claim and its responses count one each). */
  max?: number;
  /** At least this many notes, topped up with key and recent background notes when few match. */
  min?: number;
}

const KEYWORD_WEIGHT = 2;
/** Notes scoring under this share of the best one are noise, not context. */
const RELATIVE_FLOOR = 0.25;
/** Matches in the other language versions of a note still count, at this share. */
const OTHER_LANG_WEIGHT = 0.5;
/** Crude stemming: enough for "monitoring"/"monitored" or "surveille"/"surveillance". */
const STEM = 6;
/** Single-word keywords this long also match longer words ("espion" → "espionnage"). */
const PREFIX_MIN = 4;
const LANGS: readonly NoteLang[] = ['en', 'fr', 'nl'];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
// Long grammar words; shorter ones are never compared.
const STOPWORDS = new Set(
  ('about after again against along among another around before being between could during every first further ' +
    'instead later might other rather should since still their there these those through under until where which while would ' +
    'alors apres aussi autre autres avait avant cette comme depuis encore entre leurs moins plutot selon toute toutes ' +
    'etait etaient quelque ainsi celle celui alleen andere binnen daarna eerst eerste hebben heeft kunnen nadat omdat ' +
    'onder sinds tegen tijdens tussen volgens waren werden worden zoals zouden zowat ongeveer').split(' '),
);
/** Words worth comparing: long ones and years, as crude stems. */
const stems = (s: string) =>
  words(s)
    .filter((w) => (w.length >= 5 && !STOPWORDS.has(w)) || /^\d{4}$/.test(w))
    .map((w) => w.slice(0, STEM));

/** Keyword word sequences, without single words already covered by a shorter prefix keyword. */
function keywordPhrases(keywords: readonly string[]): string[][] {
  const phrases = [...new Map(keywords.map(words).filter((p) => p.length > 0).map((p) => [p.join(' '), p])).values()];
  const prefixes = phrases.flatMap((p) => (p.length === 1 && p[0].length >= PREFIX_MIN ? p : []));
  return phrases.filter(([first, ...rest]) => rest.length > 0 || !prefixes.some((q) => q !== first && first.startsWith(q)));
}

function wordMatches(keyword: string, word: string, last: boolean): boolean {
  return keyword === word || (last && keyword.length >= PREFIX_MIN && word.startsWith(keyword));
}

function containsPhrase(paragraph: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= paragraph.length; i++) {
    if (phrase.every((k, j) => wordMatches(k, paragraph[i + j], j === phrase.length - 1))) return true;
  }
  return false;
}

interface Profile {
  /** Stems per language version of the note. */
  stems: Record<NoteLang, Set<string>>;
  /** Stems of all language versions together. */
  all: Set<string>;
  keywords: string[][];
}

// Notes are immutable data: their word lists are worked out once, not per card.
const profiles = new WeakMap<Fact, Profile>();
function profile(f: Fact): Profile {
  let p = profiles.get(f);
  if (!p) {
    const byLang = Object.fromEntries(LANGS.map((l) => [l, new Set(stems(f.text[l] ?? ''))])) as Profile['stems'];
    p = { stems: byLang, all: new Set(LANGS.flatMap((l) => [...byLang[l]])), keywords: keywordPhrases(f.keywords ?? []) };
    profiles.set(f, p);
  }
  return p;
}

/**
 * Relevance of each note to the paragraph: curated keywords, plus shared words weighted
 * by how rare they are among the topic's notes (so the topic's own name counts for nothing).
 */
function scoreNotes(pool: readonly Fact[], paragraphText: string, lang: NoteLang): Map<string, number> {
  const paragraph = words(paragraphText);
  const paragraphStems = new Set(stems(paragraphText));
  const df = new Map<string, number>();
  for (const f of pool) for (const s of profile(f).all) df.set(s, (df.get(s) ?? 0) + 1);

  const scores = new Map<string, number>();
  for (const f of pool) {
    const p = profile(f);
    let score = KEYWORD_WEIGHT * p.keywords.filter((k) => containsPhrase(paragraph, k)).length;
    for (const s of p.all) {
      if (!paragraphStems.has(s)) continue;
      const idf = Math.log(pool.length / df.get(s)!);
      score += p.stems[lang].has(s) ? idf : OTHER_LANG_WEIGHT * idf;
    }
    scores.set(f.id, score);
  }
  return scores;
}

/** Most relevant first; then key notes, then the most recent, then by id for stable output. */
function byRelevance(scores: Map<string, number>) {
  return (a: Fact, b: Fact) =>
    scores.get(b.id)! - scores.get(a.id)! ||
    Number(!!b.key) - Number(!!a.key) ||
    (b.date ?? '').localeCompare(a.date ?? '') ||
    a.id.localeCompare(b.id);
}

/**
 * The 2–4 notes for a mention of `topicId` in `paragraphText`. A claim is only ever shown
 * with every response recorded to it (or not at all), and a response comes with its claim
 * when there is room.
 */
export function selectNotes(
  facts: readonly Fact[],
  topicId: TopicId,
  paragraphText: string,
  { lang = 'en', max = 4, min = 2 }: SelectOptions = {},
): Fact[] {
  const pool = facts.filter((f) => f.topic === topicId);
  const byId = new Map(pool.map((f) => [f.id, f]));
  const responses = (claim: Fact) => pool.filter((f) => f.respondsTo === claim.id);
  const scores = scoreNotes(pool, paragraphText, lang);
  const ranked = [...pool].sort(byRelevance(scores));

  const picked = new Set<Fact>();
  const group = (f: Fact) => {
    const claim = f.kind === 'claim' ? f : f.respondsTo ? byId.get(f.respondsTo) : undefined;
    return (claim ? [claim, ...responses(claim)] : [f]).filter((g) => !picked.has(g));
  };
  const fill = (candidates: Fact[], until: number) => {
    for (const f of candidates) {
      if (picked.size >= until) return;
      const notes = group(f);
      if (picked.size + notes.length <= max) notes.forEach((g) => picked.add(g));
    }
  };
  const best = Math.max(0, ...scores.values());
  const relevant = ranked.filter((f) => scores.get(f.id)! > 0 && scores.get(f.id)! >= RELATIVE_FLOOR * best);
  fill(relevant, max);
  // A relevant response whose claim did not fit may stand alone (a claim never does),
  // but only to reach the minimum: standalone notes had their turn first.
  for (const f of relevant) if (picked.size < min && f.kind === 'response' && !picked.has(f)) picked.add(f);
  // Up to the minimum with background (key, then recent), never with an unrelated dispute.
  fill(ranked.filter((f) => f.kind === 'fact' || f.kind === 'context'), min);

  return noteThreads([...picked]).flat();
}

/** The topic's key-dates timeline, oldest first. */
export function keyDates(facts: readonly Fact[], topicId: TopicId): Fact[] {
  return facts
    .filter((f) => f.topic === topicId && f.key)
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
}

export function factText(fact: Fact, lang: NoteLang): string {
  return fact.text[lang] || fact.text.en;
}


/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) written out for readers, or "undated". */
export function formatDate(iso: string | null, lang: NoteLang): string {
  const t = uiStrings(lang).notes;
  if (!iso) return t.undated;
  const [year, month, day] = iso.split('-').map(Number);
  const parts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) parts.month = 'long';
  if (day) parts.day = 'numeric';
  return new Intl.DateTimeFormat(t.locale, parts).format(new Date(Date.UTC(year, (month || 1) - 1, day || 1)));
}

