// Scoring of found mentions against an annotated corpus (shared/corpus/GUIDELINES.md):
// a found span is right when it overlaps a labelled span of the same topic.
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
  /** Found spans that overlap a labelled span of their topic. */
  tp: number;
  /** Found spans that overlap none. */
  fp: number;
  /** Labelled spans that no found span overlaps. */
  fn: number;
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

function score(tp: number, fp: number, fn: number, labelled: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = labelled ? (labelled - fn) / labelled : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** `found[i]` are the spans found in `texts[i]`. */
export function scoreCorpus(texts: readonly CorpusText[], found: readonly (readonly Span[])[]): EvalReport {
  const counts = Object.fromEntries(TOPIC_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0, labelled: 0 }]));
  const falsePositives: Miss[] = [];
  const misses: Miss[] = [];
  const decoyHits: string[] = [];
  texts.forEach((t, i) => {
    const got = found[i] ?? [];
    const describe = (s: Span): Miss => ({ id: t.id, topic: s.topic, start: s.start, end: s.end, words: t.text.slice(s.start, s.end) });
    if (t.mentions.length === 0 && got.length > 0) decoyHits.push(t.id);
    for (const s of got) {
      const right = t.mentions.some((m) => overlaps(m, s));
      counts[s.topic][right ? 'tp' : 'fp']++;
      if (!right) falsePositives.push(describe(s));
    }
    for (const m of t.mentions) {
      counts[m.topic].labelled++;
      if (!got.some((s) => overlaps(m, s))) {
        counts[m.topic].fn++;
        misses.push(describe(m));
      }
    }
  });
  const all = Object.values(counts).reduce((a, c) => ({
    tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, labelled: a.labelled + c.labelled,
  }));
  return {
    topics: Object.fromEntries(
      TOPIC_IDS.map((id) => [id, score(counts[id].tp, counts[id].fp, counts[id].fn, counts[id].labelled)]),
    ) as Record<TopicId, Score>,
    overall: score(all.tp, all.fp, all.fn, all.labelled),
    falsePositives,
    misses,
    decoyHits,
  };
}
