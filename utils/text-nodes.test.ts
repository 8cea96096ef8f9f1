// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, locate, textOf } from './text-nodes';

/** The page text the finder reads for `html`, line breaks where blocks meet. */
function pageText(html: string): string {
  document.body.innerHTML = html;
  const map = collectText(document.body);
  return textOf(map, 0, map.length);
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

  it('reads open shadow roots', () => {
    document.body.innerHTML = '<p>before</p><x-card></x-card><p>after</p>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>VSSE inside</p>';
    const map = collectText(document.body);
    expect(textOf(map, 0, map.length)).toBe('before\nVSSE inside\nafter');
  });

  it('is put together from any stretch, and offsets map back to the text nodes', () => {
    document.body.innerHTML = '<p>The <b>Liège</b> Airport</p><p>VSSE</p>';
    const map = collectText(document.body);
    const text = textOf(map, 0, map.length);
    for (const [from, to] of [[0, 4], [2, 12], [4, 9], [12, 24], [10, map.length], [17, 19]]) {
      expect(textOf(map, from, to)).toBe(text.slice(from, to));
    }
    const at = text.indexOf('Airport');
    const start = locate(map, at);
    expect(start.node.data.slice(start.offset)).toBe('Airport');
    const end = locate(map, text.indexOf('Liège') + 5, true);
    expect(end.node.data.slice(0, end.offset)).toBe('Liège');
  });
});
