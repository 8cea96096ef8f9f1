// A mention's excerpt cut to fit the popup, with the matched words picked out.
import { normalize } from '@/lib/normalize';

export interface Snippet {
  before: string;
  hit: string;
  after: string;
}

/**
 * The words around the first occurrence of `alias` in `excerpt` (compared the way the
 * finder compares: case, accents, quotes). A fuzzy hit that differs from the alias
 * shows the excerpt's start with nothing picked out.
 */
export function snippet(excerpt: string, alias: string, radius = 70): Snippet {
  const folded = normalize(excerpt);
  const needle = normalize(alias).text;
  const at = needle ? folded.text.indexOf(needle) : -1;
  const [start, end] = at < 0 ? [0, 0] : [folded.map[at], folded.map[at + needle.length]];
  const from = Math.min(start, cutAt(excerpt, start - radius, 1));
  const to = Math.max(end, cutAt(excerpt, end + radius, -1));
  return {
    before: (from > 0 ? '…' : '') + excerpt.slice(from, start),
    hit: excerpt.slice(start, end),
    after: excerpt.slice(end, to) + (to < excerpt.length ? '…' : ''),
  };
}

/** `i` moved to a word boundary, inward (dir 1 at the start, -1 at the end), within the text. */
function cutAt(text: string, i: number, dir: 1 | -1): number {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  const space = dir === 1 ? text.indexOf(' ', i) : text.lastIndexOf(' ', i);
  return space < 0 ? i : dir === 1 ? space + 1 : space;
}
