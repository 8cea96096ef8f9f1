// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conflictIdsOf } from '@/lib/conflicts';
import type { TabMention, TabResult } from '@/lib/messages';
import { FACTS } from '@/lib/notes';
import type { PopupState } from './popup-state';
import { PopupView, type PopupViewProps } from './PopupView';

const mention = (id: number, topic: TabMention['topic'], excerpt: string, alias: string, frameId = 0): TabMention => ({
  id, topic, alias, why: 'exact alias', excerpt, frameId,
});
const RESULT: TabResult = {
  url: 'https://www.lesoir.be/a',
  paused: false,
  total: 3,
  scans: 1,
  byTopic: {
    cainiao: [mention(0, 'cainiao', 'Cainiao runs a parcel hub in Belgium.', 'Cainiao')],
    vsse: [
      mention(1, 'vsse', 'The VSSE warned about espionage risks at the hub.', 'VSSE'),
      mention(0, 'vsse', 'A VSSE spokesperson declined to comment.', 'VSSE', 2),
    ],
  },
};

function show(state: PopupState, over: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    state, lang: 'en', onPause: vi.fn(), onResume: vi.fn(), onScan: vi.fn(), onShowMention: vi.fn(), ...over,
  };
  render(<PopupView {...props} />);
  return props;
}
const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

afterEach(cleanup);

describe('PopupView', () => {
  it('says it is loading', () => {
    show({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(buttons()).toEqual([]);
  });

  it.each([
    ['browser', /cannot read browser pages/],
    ['store', /extension store/],
    ['file', /Allow access to file URLs/],
  ] as const)('explains why a %s page cannot be scanned, with nothing to click', (reason, text) => {
    show({ kind: 'unscannable', reason });
    expect(screen.getByText(text)).toBeTruthy();
    expect(buttons()).toEqual([]);
  });

  it('shows a paused site with a way to resume', () => {
    const props = show({ kind: 'paused', site: 'lesoir.be' });
    expect(screen.getByText('Paused on lesoir.be: nothing is marked here.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(props.onResume).toHaveBeenCalledOnce();
  });

  it('offers to scan a page outside the default sites', () => {
    const props = show({ kind: 'not-scanned', site: 'example.org', known: false, scan: 'idle' });
    expect(screen.getByText(/does not run on this site by default/)).toBeTruthy();
    expect(buttons()).toEqual(['Scan this page']);
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(props.onScan).toHaveBeenCalledOnce();
  });

  it('shows a scan in progress and a scan the browser refused', () => {
    show({ kind: 'not-scanned', site: 'example.org', known: false, scan: 'scanning' });
    expect((screen.getByRole('button', { name: 'Scanning…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    show({ kind: 'not-scanned', site: 'example.org', known: false, scan: 'failed' });
    expect(screen.getByRole('alert').textContent).toMatch(/did not let Fact Notes read this page/);
  });

  it('on a default site not scanned yet, offers both a scan and a pause', () => {
    show({ kind: 'not-scanned', site: 'lesoir.be', known: true, scan: 'idle' });
    expect(screen.getByText(/not been scanned yet/)).toBeTruthy();
    expect(buttons()).toEqual(['Scan this page', 'Pause on lesoir.be']);
  });

  it('says when nothing was found', () => {
    show({ kind: 'results', site: 'lesoir.be', result: { ...RESULT, byTopic: {}, total: 0 } });
    expect(screen.getByText(/No mention of Cainiao, Liège Airport or the VSSE/)).toBeTruthy();
    expect(buttons()).toEqual(['Pause on lesoir.be']);
  });

  it.each<[string, PopupState]>([
    ['nothing was found', { kind: 'results', site: 'lesoir.be', result: { ...RESULT, byTopic: {}, total: 0 } }],
    ['topics were found', { kind: 'results', site: 'lesoir.be', result: RESULT }],
    ['the page cannot be read', { kind: 'unscannable', reason: 'browser' }],
  ])('links to the notes library in a new tab when %s', (_name, state) => {
    show(state);
    const link = screen.getByRole('link', { name: 'Notes library' });
    expect(link.getAttribute('href')).toBe('library.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('lists each topic found with its count, summary, notes with sources, key dates and mentions', () => {
    show({ kind: 'results', site: 'lesoir.be', result: RESULT });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Cainiao1 mention', 'VSSE (Belgian State Security)2 mentions']);
    const sections = document.querySelectorAll('section.topic');
    for (const section of sections) {
      expect(section.querySelector('.summary')!.textContent).not.toBe('');
      expect(section.querySelectorAll('.note').length).toBeGreaterThanOrEqual(3);
      expect(section.querySelector('.note-source a')!.getAttribute('href')).toMatch(/^https:\/\//);
      expect(section.querySelectorAll('.key-dates li').length).toBeGreaterThan(0);
    }
    expect([...sections[1].querySelectorAll('.mention mark')].map((m) => m.textContent)).toEqual(['VSSE', 'VSSE']);
  });

  it('asks to show a mention on the page when it is clicked', () => {
    const props = show({ kind: 'results', site: 'lesoir.be', result: RESULT });
    fireEvent.click(screen.getByRole('button', { name: /declined to comment/ }));
    expect(props.onShowMention).toHaveBeenCalledWith(expect.objectContaining({ frameId: 2, id: 0 }));
  });

  it('shows each topic as a row, with notes, key dates and mentions folded until asked', () => {
    show({ kind: 'results', site: 'lesoir.be', result: RESULT });
    const folds = [...document.querySelectorAll('section.topic details.fold')] as HTMLDetailsElement[];
    expect(folds.length).toBe(6);
    expect(folds.filter((d) => d.open)).toEqual([]);
    expect(folds.map((d) => d.querySelector('summary')!.textContent!.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Notes', 'Key dates', 'On this page', 'Notes', 'Key dates', 'On this page',
    ]);
  });

  it('gives every timeline entry its kind, attribution and sources, and folds extra sources as the card does', () => {
    show({ kind: 'results', site: 'lesoir.be', result: RESULT });
    for (const entry of document.querySelectorAll('details.key-dates .note')) {
      expect(entry.querySelector('.note-kind')!.textContent).not.toBe('');
      expect(entry.querySelector('.note-date')).not.toBeNull();
      expect(entry.querySelectorAll(':scope > .note-sources .note-source')).toHaveLength(1);
    }
    expect(document.querySelectorAll('details.key-dates .note-more').length).toBeGreaterThan(0);
  });

  it('links each note that is part of a conflict between sources to it in the library, and no other note', () => {
    show({ kind: 'results', site: 'lesoir.be', result: RESULT });
    const notes = [...document.querySelectorAll<HTMLElement>('li.note')];
    const ids = notes.map((li) => FACTS.find((f) => f.text.en === li.querySelector('.note-text')!.textContent)!.id);
    const expected = conflictIdsOf(ids.map((id) => ({ id })));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(Object.keys(expected).length).toBeLessThan(new Set(ids).size);
    notes.forEach((li, i) => {
      const links = [...li.querySelectorAll('a.note-differ-link')].map((a) => a.getAttribute('href'));
      expect(links).toEqual((expected[ids[i]] ?? []).map((c) => `library.html#conflict=${c}`));
    });
  });

  it('speaks the notes language', () => {
    show({ kind: 'results', site: 'lesoir.be', result: RESULT }, { lang: 'nl' });
    expect(screen.getByText('2 vermeldingen')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pauzeren op lesoir.be' })).toBeTruthy();
  });

  it('renders page text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)> VSSE';
    show({ kind: 'results', site: 'lesoir.be', result: { ...RESULT, total: 1, byTopic: { vsse: [mention(0, 'vsse', hostile, 'VSSE')] } } });
    expect(document.querySelector('.mention img')).toBeNull();
    expect(screen.getByRole('button', { name: hostile })).toBeTruthy();
  });
});
