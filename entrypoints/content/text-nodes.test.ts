// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, leftOutCheck, locate, shadowRootsUnder, stretchOf, textOf } from './text-nodes';

/** Drives a generator to its end; its return value. */
function returnOf<T>(work: Generator<void, T, void>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** The whole page text as the full pass reads it, line breaks where blocks meet. */
function pageText(html: string): string {
  document.body.innerHTML = html;
  const map = collectText(document.body);
  const { map: stretch } = stretchOf(map, 0, map.length, leftOutCheck());
  return textOf(stretch, 0, stretch.length);
}

describe('the page text', () => {
  it.each([
    ['inline tags join', '<p>Cainiao at <b>Liège</b> Airport</p>', 'Cainiao at Liège Airport'],
    ['a word split by a tag stays one word', '<p>Cai<i>niao</i></p>', 'Cainiao'],
    ['blocks are one line break apart', '<p>Liège</p><p>Airport</p>', 'Liège\nAirport'],
    ['a line break element breaks too', '<div>Liège<br>Airport</div>', 'Liège\nAirport'],
    ['code, scripts and forms are left out', '<p>one</p><pre>Cainiao</pre><script>x</script><textarea>y</textarea><p>two</p>', 'one\ntwo'],
    ['hidden and editable regions are left out', '<p>a<span aria-hidden="true">VSSE</span>b</p><div contenteditable>VSSE</div><p hidden>VSSE</p>', 'a\nb'],
    ['contenteditable="false" is read', '<div contenteditable="false">VSSE</div>', 'VSSE'],
  ])('%s', (_, html, expected) => {
    expect(pageText(html)).toBe(expected);
  });

  it('reads only its own tree; the open shadow roots in it are found apart, nested ones under theirs', () => {
    document.body.innerHTML = '<p>before</p><x-card></x-card><p>after</p>';
    const root = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>VSSE <b>inside</b></p><x-inner></x-inner>';
    const nested = root.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    const text = (tree: Node) => {
      const map = collectText(tree);
      const { map: stretch } = stretchOf(map, 0, map.length, leftOutCheck());
      return textOf(stretch, 0, stretch.length);
    };
    expect(text(document.body)).toBe('before\nafter');
    expect(text(root)).toBe('VSSE inside');
    expect(returnOf(shadowRootsUnder(document.body))).toEqual([root]);
    expect(returnOf(shadowRootsUnder(root))).toEqual([nested]);
  });

  it('walks every text node, nodes meeting without a break (the first pass takes each meeting as maybe one)', () => {
    document.body.innerHTML = '<p>The <b>Liège</b> Airport</p><pre>x</pre><p>VSSE</p>';
    const map = collectText(document.body);
    expect(textOf(map, 0, map.length)).toBe('The Liège AirportxVSSE');
  });

  it('reads the text a chunk at a time, chunks following on', () => {
    // A chunk ends after the node that brings it to 64K characters.
    const words = ['Liège ', 'Airport '].map((w) => w.repeat(5000));
    document.body.innerHTML = `<p>${words[0]}<b>${words[1]}</b>${words[0]}</p>`;
    const map = collectText(document.body);
    expect(map.chunks.length).toBe(2);
    expect(textOf(map, 0, map.length)).toBe(words[0] + words[1] + words[0]);
    const at = map.chunks[1].at;
    expect(stretchOf(map, at - 9, at + 6, leftOutCheck()).text).toBe(' Airport Liège ');
  });

  it('does not read long scripts, and leaves a line break where one was', () => {
    document.body.innerHTML = `<p>one</p><script>${'"Cainiao", '.repeat(50)}</script><p>two</p><script>x</script>`;
    const map = collectText(document.body);
    expect(map.nodes.map((n) => n!.data)).toEqual(['one', 'two', 'x']);
    expect(textOf(map, 0, map.length)).toBe('one\ntwox');
  });

  it('puts any stretch together with its offsets, which map back to the text nodes', () => {
    document.body.innerHTML = '<p>The <b>Liège</b> Airport</p><pre>x</pre><p>VSSE</p>';
    const map = collectText(document.body);
    const whole = stretchOf(map, 0, map.length, leftOutCheck());
    const text = textOf(whole.map, 0, whole.map.length);
    expect(text).toBe('The Liège Airport\nVSSE');
    for (const [from, to] of [[0, 4], [2, 12], [4, 9], [12, 22], [10, map.length], [17, 19]]) {
      const part = stretchOf(map, from, to, leftOutCheck());
      expect(textOf(part.map, 0, part.map.length)).toBe(text.slice(whole.at(from), whole.at(to)));
    }
    const start = locate(whole.map, text.indexOf('Airport'));
    expect(start.node.data.slice(start.offset)).toBe('Airport');
    const end = locate(whole.map, text.indexOf('Liège') + 5, true);
    expect(end.node.data.slice(0, end.offset)).toBe('Liège');
  });
});
