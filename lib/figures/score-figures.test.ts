import { describe, expect, it } from 'vitest';
import type { TextFigure } from '../types';
import { scoreFigures, type FigureText } from './score-figures';

const text = (figures: TextFigure[]): FigureText => ({ id: 't', lang: 'en', text: '3,000 jobs and 30,000 m²', figures });
const jobs: TextFigure = { quantity: 'jobs', value: 3000, start: 0, end: 10 };
const area: TextFigure = { quantity: 'area', value: 30000, start: 15, end: 24 };

describe('scoreFigures', () => {
  it.each<[string, TextFigure[], [number, number, number]]>([
    ['exact', [jobs, area], [2, 0, 0]],
    ['value within 0.5 %', [{ ...jobs, value: 3014 }], [1, 0, 1]],
    ['value off by more', [{ ...jobs, value: 3016 }], [0, 1, 2]],
    ['other quantity', [{ ...jobs, quantity: 'staff' }], [0, 1, 2]],
    ['span not overlapping', [{ ...jobs, start: 11, end: 14 }], [0, 1, 2]],
    ['span overlapping in part', [{ ...jobs, start: 6, end: 10 }], [1, 0, 1]],
    ['each annotated figure matched once', [jobs, jobs], [1, 1, 1]],
  ])('%s', (_, found, [tp, fp, fn]) => {
    const { figures } = scoreFigures([text([jobs, area])], [found]);
    expect([figures.tp, figures.fp, figures.fn]).toEqual([tp, fp, fn]);
  });

  it('reports precision, recall and F1', () => {
    const { figures } = scoreFigures([text([jobs, area])], [[jobs, { ...area, quantity: 'money' }]]);
    expect(figures).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
