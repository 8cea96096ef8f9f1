// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFinder } from '@/lib/find-mentions';
import { TOPICS } from '@/lib/topics';
import { scanRoots, type PageMention } from './scanner';
import { collectText, leftOutCheck, releaseNodes, stretchOf, textOf } from './text-nodes';

const finder = createFinder(TOPICS);

/** A long page: filler paragraphs, some split by inline tags, with mentions far apart and close together. */
function longPage(): string {
  // 600 characters each: the page is read in two chunks, so nodes are let go of between them.
  const filler = (i: number) => `<p>${i} ${'and a few more words to fill the line '.repeat(15)}</p>`;
  const planted: Record<number, string> = {
    3: '<p>Cainiao opened a hub.</p>',
    60: '<p>The <b>Liège</b> Airport cargo apron grew.</p>',
    61: '<p>Cainio, a typo, still counts.</p>',
    100: '<p>Belgian officials met.</p>',
    101: `<p>${'and then some more words '.repeat(10)}</p>`,
    // Needs context: the Belgian word is ~280 characters before it, in a node of its own.
    102: '<p>State Security said nothing.</p>',
    150: '<p>Bierset handled more freight this year.</p>',
    199: '<p>The VSSE closes the page.</p>',
  };
  return Array.from({ length: 200 }, (_, i) => planted[i] ?? filler(i)).join('');
}

/** Both steps of a scan of the body: its own text, then its shadow roots' (and paragraphs). */
function scan(): PageMention[] {
  const out: PageMention[] = [];
  const { own, rest } = scanRoots([document.body], finder, {}, out);
  for (const _ of own);
  for (const _ of rest);
  return out;
}

const found = (mentions: PageMention[]) => mentions.map((m) => `${m.topic}:${m.alias}`);

describe('a scan of a long page', () => {
  it('finds every mention, though it lets go of the nodes far from candidates as it reads', () => {
    document.body.innerHTML = longPage();
    expect(found(scan())).toEqual(['cainiao:Cainiao', 'liege-airport:Liège Airport', 'cainiao:Cainiao', 'vsse:State Security', 'liege-airport:Bierset', 'vsse:VSSE']);
  });
});

describe('a scan of a page with web components', () => {
  /** Puts `html` in an open shadow root of an element of its own, after the page's text. */
  const component = (html: string) => {
    const host = document.body.appendChild(document.createElement('news-box'));
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    return host;
  };

  it("reads the page's own text first, then its open shadow roots, nested ones too", () => {
    document.body.innerHTML = '<p>Cainiao parcels.</p>';
    component('<p>The VSSE spoke.</p><news-inner></news-inner>')
      .shadowRoot!.querySelector('news-inner')!
      .attachShadow({ mode: 'open' }).innerHTML = '<p>Flights at Liège Airport.</p>';
    const out: PageMention[] = [];
    const { own, rest } = scanRoots([document.body], finder, {}, out);
    for (const _ of own);
    expect(found(out)).toEqual(['cainiao:Cainiao']);
    for (const _ of rest);
    expect(found(out)).toEqual(['cainiao:Cainiao', 'vsse:VSSE', 'liege-airport:Liège Airport']);
  });

  it("confirms a bare form in a shadow root by a name in the page's own text, as in one text", () => {
    // "la Sûreté" alone needs the service named before it in its scope.
    document.body.innerHTML = '<p>The VSSE spoke.</p>';
    component("<p>La Sûreté n'a rien dit.</p>");
    expect(found(scan())).toEqual(['vsse:VSSE', 'vsse:la Sûreté']);
    document.body.innerHTML = '<p>Nothing named here.</p>';
    component("<p>La Sûreté n'a rien dit.</p>");
    expect(found(scan())).toEqual([]);
  });
});

describe('releaseNodes', () => {
  // Ten nodes of ten characters: node i holds [10 i, 10 i + 10).
  const map = () => ({ nodes: Array.from({ length: 10 }, () => new Text('0123456789')), starts: Array.from({ length: 10 }, (_, i) => i * 10), chunks: [], length: 100 });
  const kept = (m: ReturnType<typeof map>) => m.nodes.flatMap((n, i) => (n ? [i] : []));

  it.each([
    ['nothing near: every node that ends by upTo goes', [], 55, [5, 6, 7, 8, 9], 5],
    ['a candidate keeps the nodes within reach', [42], 100, [3, 4, 5, 9], 9],
    ['reach counts from both ends of a node', [30], 100, [2, 3, 9], 9],
    ['the last node waits for the next call', [95], 100, [8, 9], 9],
  ] as const)('%s', (_, near, upTo, expected, next) => {
    const m = map();
    expect(releaseNodes(m, 0, upTo, near, 8)).toBe(next);
    expect(kept(m)).toEqual(expected);
  });
});
