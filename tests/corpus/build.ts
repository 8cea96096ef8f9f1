// Turns a hand-marked corpus (.txt, see own.txt and figures.txt) into JSONL with UTF-16
// offsets, like shared/corpus/build.py, plus \n and \uXXXX escapes. Mentions are marked
// [[topic|words]]; figures [[quantity=value|words]] and land in "figures" instead.
//   npx tsx tests/corpus/build.ts tests/corpus/own.txt > tests/corpus/own.jsonl
//   npx tsx tests/corpus/build.ts tests/corpus/figures.txt > tests/corpus/figures.jsonl
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { FIGURE_QUANTITIES, TOPIC_IDS, type FigureQuantity, type TopicId } from '../../lib/types';

const MARK = /\[\[([a-z-]+)(?:=([0-9.]+))?\|([^\]]+)\]\]/g;
const unescape = (s: string) =>
  s.replace(/\\n/g, '\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

type Mark = { topic: TopicId; start: number; end: number } | { quantity: FigureQuantity; value: number; start: number; end: number };

function mark(id: string, name: string, value: string | undefined, start: number, end: number): Mark {
  if (value === undefined) {
    if (!TOPIC_IDS.includes(name as TopicId)) throw new Error(`${id}: unknown topic ${name}`);
    return { topic: name as TopicId, start, end };
  }
  if (!FIGURE_QUANTITIES.includes(name as FigureQuantity)) throw new Error(`${id}: unknown quantity ${name}`);
  return { quantity: name as FigureQuantity, value: Number(value), start, end };
}

function convert(id: string, lang: string, marked: string, key: 'mentions' | 'figures') {
  let text = '';
  let pos = 0;
  const marks: Mark[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += unescape(marked.slice(pos, m.index));
    const start = text.length;
    text += unescape(m[3]);
    const found = mark(id, m[1], m[2], start, text.length);
    if (('value' in found) !== (key === 'figures')) throw new Error(`${id}: mentions and figures mixed`);
    marks.push(found);
    pos = m.index + m[0].length;
  }
  text += unescape(marked.slice(pos));
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: broken mark`);
  return { id, lang, text, [key]: marks };
}

/** The JSONL of a hand-marked corpus: one line per text, each ending in a line feed. */
export function buildCorpus(source: string): string {
  const key = /\[\[[a-z-]+=/.test(source) ? 'figures' : 'mentions';
  const blocks: ReturnType<typeof convert>[] = [];
  let head: string[] | undefined;
  let lines: string[] = [];
  for (const line of [...source.split('\n'), '@']) {
    if (line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      if (head) blocks.push(convert(head[0], head[1], lines.join(' ').trim(), key));
      head = line.slice(1).trim().split(/\s+/).filter(Boolean);
      if (!head.length) head = undefined;
      lines = [];
    } else if (line.trim()) lines.push(line.trim());
  }
  const ids = blocks.map((b) => b.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate ids');
  return blocks.map((b) => `${JSON.stringify(b)}\n`).join('');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(buildCorpus(readFileSync(process.argv[2], 'utf8')));
