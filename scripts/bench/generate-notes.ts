// A made-up notes library ten times the size of ours, for the library's speed figures.
// Never shipped and never under data/: its notes are our notes copied and padded with
// shuffled words of our own notes, so they read like notes but state nothing.
import type { Fact, NoteLang } from '../../lib/types';

const LANGS: readonly NoteLang[] = ['en', 'fr', 'nl'];

/** `count` notes made from `facts`: copy g of note n has the id "<n's id>~g" and answers copy g of its claim. */
export function generateNotes(facts: readonly Fact[], count = 700, seed = 11): Fact[] {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const words = Object.fromEntries(LANGS.map((l) => [l, facts.flatMap((f) => f.text[l].split(/\s+/))])) as Record<NoteLang, string[]>;
  const padding = (lang: NoteLang) => Array.from({ length: 12 + next(20) }, () => words[lang][next(words[lang].length)]).join(' ');
  const copy = (f: Fact, g: number): Fact => {
    if (g === 0) return f;
    const year = f.date ? String(Number(f.date.slice(0, 4)) - (g % 4)) + f.date.slice(4) : null;
    return {
      ...f,
      id: `${f.id}~${g}`,
      ...(f.respondsTo ? { respondsTo: `${f.respondsTo}~${g}` } : {}),
      text: Object.fromEntries(LANGS.map((l) => [l, `${f.text[l]} ${padding(l)}.`])) as Fact['text'],
      date: year,
    };
  };
  return Array.from({ length: count }, (_, i) => copy(facts[i % facts.length], Math.floor(i / facts.length)));
}
