// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { checkFigures } from '@/lib/figures/figure-check';
import { FACTS } from '@/lib/notes';
import { foundAgain, mentionAtPoint, paragraphOf } from './page-mentions';
import type { PageMention } from './scanner';

/** A range over the first `words` in the element `#id`'s first text node. */
function mentionIn(id: string, words: string): Range {
  const node = [...document.getElementById(id)!.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(words))!;
  const range = new Range();
  range.setStart(node, node.data.indexOf(words));
  range.setEnd(node, node.data.indexOf(words) + words.length);
  return range;
}

const filler = (n: number) => 'The weather at the port stayed calm all week long. '.repeat(n);

describe("a mention's paragraph", () => {
  it('is the whole paragraph element, figures far from the mention included', () => {
    // 600 characters each side: keeping 400 around the mention missed both figures.
    const text = `Its 30,000 m² warehouse opened. ${filler(11)}Cainiao said so. ${filler(11)}It employs 300 people.`;
    document.body.innerHTML = `<article><p>Before.</p><p id="p">${text}</p><p>After.</p></article>`;
    expect(paragraphOf(mentionIn('p', 'Cainiao'))).toBe(text);
    const read = checkFigures(paragraphOf(mentionIn('p', 'Cainiao')), FACTS).flatMap((c) => c.written);
    expect(read).toEqual(['30,000 m²', '300 people']);
  });

  it('reads across inline tags, not into the neighbouring blocks', () => {
    document.body.innerHTML = '<ul><li id="li">The <b>hub</b> of <a href="#">Cainiao</a> has <em>3,000</em> jobs.</li><li>Other 900 jobs.</li></ul>';
    const range = new Range();
    range.selectNodeContents(document.querySelector('#li a')!);
    expect(paragraphOf(range)).toBe('The hub of Cainiao has 3,000 jobs.');
  });

  it('in a container that holds blocks too, is the text between them', () => {
    document.body.innerHTML = '<div id="d">Cainiao opened a 30,000 m² hall.<p>A 900 m² office.</p>More text.</div>';
    expect(paragraphOf(mentionIn('d', 'Cainiao'))).toBe('Cainiao opened a 30,000 m² hall.');
  });

  it('reads the paragraph inside a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>Cainiao has 300 staff.</span>';
    const node = root.querySelector('span')!.firstChild as Text;
    const range = new Range();
    range.setStart(node, 0);
    range.setEnd(node, 7);
    expect(paragraphOf(range)).toBe('Cainiao has 300 staff.');
  });

  // A long paragraph is cut at a sentence's end only: "0,000 m²" or "€75" out of "€75 million" is another figure.
  it('never cuts a figure in two at the edge of a long paragraph, wherever the edge falls', () => {
    const edge = 'Its 30,000 m² warehouse cost €75 million.';
    for (let k = 0; k <= edge.length; k++) {
      // 700 characters on each side are kept: the edge falls k characters into the figures' sentence.
      const before = `${filler(4)}${edge} ${'z'.repeat(698 - edge.length + k)} `;
      const after = ` ${'z'.repeat(698 - k)} ${edge}${filler(4)}`;
      document.body.innerHTML = `<p id="p">${before}Cainiao${after}</p>`;
      const paragraph = paragraphOf(mentionIn('p', 'Cainiao'));
      expect(paragraph.length).toBeLessThanOrEqual(1500);
      const written = checkFigures(paragraph, FACTS).flatMap((c) => c.written);
      expect(written.filter((w) => !['30,000 m²', '€75 million'].includes(w)), `${k}: ${paragraph}`).toEqual([]);
    }
  });

  it('keeps hundreds of words without a sentence end out rather than cut them anywhere', () => {
    const run = 'word '.repeat(300);
    document.body.innerHTML = `<p id="p">${run}30,000 m² and Cainiao ${run}</p>`;
    expect(paragraphOf(mentionIn('p', 'Cainiao'))).toBe('Cainiao');
  });

  it('reads no more of one huge text node than it keeps', () => {
    const text = `${filler(20_000)}Cainiao has 300 staff. ${filler(20_000)}`;
    document.body.innerHTML = `<p id="p">${text}</p>`;
    const paragraph = paragraphOf(mentionIn('p', 'Cainiao'));
    expect(paragraph).toContain('Cainiao has 300 staff.');
    expect(paragraph.length).toBeLessThanOrEqual(1500);
  });
});

describe('the mention under the pointer', () => {
  /** The caret the browser's lookup reports, wherever the pointer is. */
  const caretAt = (offsetNode: Node, offset: number) => Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode, offset }) });
  afterEach(() => Object.assign(document, { caretPositionFromPoint: undefined }));

  it('is the mention whose words hold the caret, and none over a text field', () => {
    document.body.innerHTML = '<p>The VSSE said so.</p><textarea></textarea>';
    const text = document.querySelector('p')!.firstChild!;
    const range = new Range();
    range.setStart(text, 4);
    range.setEnd(text, 8);
    range.getClientRects = () => [{ left: 0, right: 50, top: 0, bottom: 20 }] as unknown as DOMRectList;
    const vsse = { topic: 'vsse', range } as PageMention;
    caretAt(text, 6);
    expect(mentionAtPoint([vsse], 10, 10)).toBe(vsse);
    // Over a text field the caret is the field and an offset in its value, which no Range can take.
    const field = document.querySelector('textarea')!;
    field.value = 'Typed into the field: 33 letters.';
    caretAt(field, 33);
    expect(mentionAtPoint([vsse], 10, 10)).toBeUndefined();
  });
});

describe('a mention found again by a rescan', () => {
  /** A mention of `topic` over characters [start, end) of `node`. */
  const over = (node: Node, start: number, end: number, topic = 'vsse') => {
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    return { topic, range } as PageMention;
  };

  it('is the record for the same words: same topic, same boundaries', () => {
    document.body.innerHTML = '<p>The VSSE and the VSSE.</p>';
    const text = document.querySelector('p')!.firstChild!;
    const open = over(text, 4, 8);
    const again = over(text, 4, 8);
    expect(foundAgain(open, [over(text, 17, 21), again])).toBe(again);
    expect(foundAgain(open, [again, open])).toBe(again); // the first found: both are the same words
  });

  it.each([
    ['another topic', (t: Node) => over(t, 4, 8, 'cainiao')],
    ['another start', (t: Node) => over(t, 3, 8)],
    ['another end', (t: Node) => over(t, 4, 9)],
    ['the same text in a node the page put in its place', (t: Node) => over(t.parentNode!.appendChild(new Text(t.textContent!)), 4, 8)],
  ])('is none when only a mention with %s is found', (_, found) => {
    document.body.innerHTML = '<p>The VSSE and the VSSE.</p>';
    const text = document.querySelector('p')!.firstChild!;
    expect(foundAgain(over(text, 4, 8), [found(text)])).toBeUndefined();
  });
});
