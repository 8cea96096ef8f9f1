// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeHighlightApi } from '@/tests/fakes/page';
import { applyHighlightStyle, removeHighlights, setHighlights } from './highlights';

const rangeOver = (text: string) => {
  document.body.innerHTML = `<p>${text}</p>`;
  const range = new Range();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
};

describe('marks in the page', () => {
  let page: ReturnType<typeof fakeHighlightApi>;
  beforeEach(() => {
    page = fakeHighlightApi();
    removeHighlights();
    applyHighlightStyle('underline');
  });

  it('adds no stylesheet: the manifest injects the marks’ look before the page is styled', () => {
    setHighlights(new Map([['cainiao', [rangeOver('Cainiao')]]]));
    expect([...page.highlights.keys()]).toEqual(['fact-notes-cainiao']);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('switches style by moving the same marks to that style’s names', () => {
    setHighlights(new Map([['vsse', [rangeOver('VSSE')]]]));
    const marks = page.highlights.get('fact-notes-vsse');
    applyHighlightStyle('background');
    expect([...page.highlights.keys()]).toEqual(['fact-notes-vsse-background']);
    expect(page.highlights.get('fact-notes-vsse-background')).toBe(marks);
    setHighlights(new Map());
    expect(page.highlights.size).toBe(0);
  });
});
