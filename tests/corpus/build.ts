// Turns a hand-marked corpus (.txt, see own.txt) into JSONL with UTF-16 offsets,
// like shared/corpus/build.py, plus \n and \uXXXX escapes.
//   npx tsx tests/corpus/build.ts tests/corpus/own.txt > tests/corpus/own.jsonl
import { readFileSync } from 'node:fs';
import { TOPIC_IDS, type TopicId } from '../../lib/types';

const MARK = /\[\[([a-z-]+)\|([^\]]+)\]\]/g;
const unescape = (s: string) =>
  s.replace(/\\n/g, '\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function convert(id: string, lang: string, marked: string) {
  let text = '';
  let pos = 0;
  const mentions: { topic: TopicId; start: number; end: number }[] = [];
  for (const m of marked.matchAll(MARK)) {
    const topic = m[1] as TopicId;
    if (!TOPIC_IDS.includes(topic)) throw new Error(`${id}: unknown topic ${topic}`);
    text += unescape(marked.slice(pos, m.index));
    const start = text.length;
    text += unescape(m[2]);
    mentions.push({ topic, start, end: text.length });
    pos = m.index + m[0].length;
  }
  text += unescape(marked.slice(pos));
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: broken mark`);
  return { id, lang, text, mentions };
}

const blocks: ReturnType<typeof convert>[] = [];
let head: string[] | undefined;
let lines: string[] = [];
for (const line of [...readFileSync(process.argv[2], 'utf8').split('\n'), '@']) {
  if (line.startsWith('#')) continue;
  if (line.startsWith('@')) {
    if (head) blocks.push(convert(head[0], head[1], lines.join(' ').trim()));
    head = line.slice(1).trim().split(/\s+/).filter(Boolean);
    if (!head.length) head = undefined;
    lines = [];
  } else if (line.trim()) lines.push(line.trim());
}
const ids = blocks.map((b) => b.id);
if (new Set(ids).size !== ids.length) throw new Error('duplicate ids');
for (const b of blocks) console.log(JSON.stringify(b));
