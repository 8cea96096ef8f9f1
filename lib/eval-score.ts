// Scoring of found mentions against an annotated corpus (shared/corpus/GUIDELINES.md):
// a found span is right when it overlaps a labelled span of the same topic, and
// scoring is one-to-one: each labelled span is matched by at most one found span.
import { TOPIC_IDS, type TopicId } from './types';

export interface Span {
  topic: TopicId;
  start: number;
  end: number;
}

export interface CorpusText {
  id: string;
  lang: string;
  text: string;
  mentions: Span[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Labelled spans matched by a found span (each by one, the most that can be: a maximum matching). */
  tp: number;
  /** Found spans that overlap no labelled span of their topic. */
  fp: number;
  /** Labelled spans left unmatched. tp + fn = labelled. */
  fn: number;
  /** Further found spans on a labelled span already matched (one mention found in parts): neither right nor wrong. */
  split: number;
  /** Labelled spans. */
  labelled: number;
}

export interface Miss extends Span {
  id: string;
  words: string;
}

export interface EvalReport {
  topics: Record<TopicId, Score>;
  overall: Score;
  falsePositives: Miss[];
  misses: Miss[];
  /** Found spans counted as `split`. */
  splits: Miss[];
  /** Ids of decoy texts (no labelled mention) where something was found. */
  decoyHits: string[];
}

export function parseCorpus(jsonl: string): CorpusText[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusText);
}

const overlaps = (a: Span, b: Span) => a.topic === b.topic && a.start < b.end && b.start < a.end;

/**
 * A maximum one-to-one matching of found spans to labelled spans they overlap (Kuhn's
 * augmenting paths: a text holds a handful of spans). Returns, per labelled span, the
 * index of its found span or -1.
 */
export function matchSpans(labelled: readonly Span[], found: readonly Span[]): number[] {
  const owner = labelled.map(() => -1);
  const tryFound = (f: number, seen: Set<number>): boolean => {
    for (let m = 0; m < labelled.length; m++) {
      if (seen.has(m) || !overlaps(labelled[m], found[f])) continue;
      seen.add(m);
      if (owner[m] < 0 || tryFound(owner[m], seen)) {
        owner[m] = f;
        return true;
      }
    }
    return false;
  };
  found.forEach((_, f) => tryFound(f, new Set()));
  return owner;
}

function score(c: { tp: number; fp: number; fn: number; split: number; labelled: number }): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.labelled ? c.tp / c.labelled : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

/** `found[i]` are the spans found in `texts[i]`. */
export function scoreCorpus(texts: readonly CorpusText[], found: readonly (readonly Span[])[]): EvalReport {
  const counts = Object.fromEntries(TOPIC_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0, split: 0, labelled: 0 }]));
  const falsePositives: Miss[] = [];
  const misses: Miss[] = [];
  const splits: Miss[] = [];
  const decoyHits: string[] = [];
  texts.forEach((t, i) => {
    const got = found[i] ?? [];
    const describe = (s: Span): Miss => ({ id: t.id, topic: s.topic, start: s.start, end: s.end, words: t.text.slice(s.start, s.end) });
    if (t.mentions.length === 0 && got.length > 0) decoyHits.push(t.id);
    const owner = matchSpans(t.mentions, got);
    const matched = new Set(owner);
    got.forEach((s, f) => {
      if (matched.has(f)) return;
      // Unmatched but on a labelled span: that span is matched by another found span.
      const onLabelled = t.mentions.some((m) => overlaps(m, s));
      counts[s.topic][onLabelled ? 'split' : 'fp']++;
      (onLabelled ? splits : falsePositives).push(describe(s));
    });
    t.mentions.forEach((m, k) => {
      counts[m.topic].labelled++;
      counts[m.topic][owner[k] < 0 ? 'fn' : 'tp']++;
      if (owner[k] < 0) misses.push(describe(m));
    });
  });
  const all = Object.values(counts).reduce((a, c) => ({
    tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, split: a.split + c.split, labelled: a.labelled + c.labelled,
  }));
  return {
    topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, score(counts[id])])) as Record<TopicId, Score>,
    overall: score(all),
    falsePositives,
    misses,
    splits,
    decoyHits,
  };
}
