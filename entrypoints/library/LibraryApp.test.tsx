// @vitest-environment happy-dom
// The library page with (fake) extension storage: the notes-language setting and the links it is opened with.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACTS } from '@/lib/notes';
import { getSettings, updateSettings } from '@/utils/settings';
import { LibraryApp } from './LibraryApp';

const noteIds = () => [...document.querySelectorAll('li.note')].map((li) => li.id);

async function open(hash = '') {
  history.replaceState(null, '', `/library.html${hash}`);
  render(<LibraryApp />);
  await screen.findByRole('searchbox');
}

/** What the browser does when a link changes the hash of the open page. */
async function follow(hash: string) {
  await act(() => {
    history.pushState(null, '', `/library.html${hash}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

describe('LibraryApp', () => {
  it('opens at the note its link names', async () => {
    await open('#vsse-bostyn-staff');
    const note = document.getElementById('vsse-bostyn-staff')!;
    expect(note.classList.contains('note-marked')).toBe(true);
    expect(document.activeElement).toBe(note);
  });

  it('opens a topic from #topic=', async () => {
    await open('#topic=liege-airport');
    expect((screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe('liege-airport');
    expect(noteIds().every((id) => FACTS.find((f) => f.id === id)!.topic === 'liege-airport')).toBe(true);
  });

  it('once the reader changes the filters, following the same topic link again opens it again', async () => {
    await open('#topic=vsse');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(location.hash).toBe('');
    expect((screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe('');
    await follow('#topic=vsse');
    expect((screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe('vsse');
  });

  it('a new link on the open page clears the search and filters and shows the note', async () => {
    await open();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Bostyn' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'fact' } });
    expect(document.getElementById('lgg-runway')).toBeNull();
    await follow('#lgg-runway');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('');
    const note = document.getElementById('lgg-runway')!;
    expect(note.classList.contains('note-marked')).toBe(true);
    expect(document.activeElement).toBe(note);
    expect(noteIds()).toHaveLength(FACTS.length);
  });

  it('searching or filtering drops the mark of the note the page was opened at, so Clear highlights nothing', async () => {
    await open('#lgg-runway');
    expect(document.getElementById('lgg-runway')!.classList.contains('note-marked')).toBe(true);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Bostin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(noteIds()).toHaveLength(FACTS.length);
    expect(document.querySelector('.note-marked')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'claim' } });
    await follow('#vsse-bostyn-staff');
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'vsse' } });
    expect(document.querySelector('.note-marked')).toBeNull();
  });

  it("a note's \"Sources differ\" link clears the search and shows the conflict; its links lead back to the notes", async () => {
    await open();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Bostyn' } });
    const link = screen.getByRole('link', { name: /^Sources differ: / });
    const href = link.getAttribute('href')!;
    expect(href).toBe('#conflict=vsse-staff-differs');
    await follow(href);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    const conflict = document.getElementById('conflict-vsse-staff-differs')!;
    expect(conflict.classList.contains('conflict-marked')).toBe(true);
    expect(document.activeElement).toBe(conflict);
    expect(screen.queryByRole('alert')).toBeNull();
    await follow(conflict.querySelector('.conflict-notes a')!.getAttribute('href')!);
    expect(document.activeElement).toBe(document.getElementById('vsse-bostyn-staff'));
  });

  it('speaks the notes language the card and popup use, and says so in <html lang>', async () => {
    await updateSettings({ language: 'nl' });
    await open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Notitiebibliotheek');
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(document.title).toBe('Fact Notes — Notitiebibliotheek');
  });

  it('its language switch is that same setting', async () => {
    await open();
    fireEvent.change(screen.getByRole('combobox', { name: 'Notes language' }), { target: { value: 'fr' } });
    await screen.findByRole('heading', { level: 1, name: /Bibliothèque des notes/ });
    expect((await getSettings()).language).toBe('fr');
    await act(async () => void (await updateSettings({ language: 'en' })));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Notes library'));
  });

  it('when the choice cannot be saved, the switch shows the language still in force', async () => {
    await open();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const select = screen.getByRole('combobox', { name: 'Notes language' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'nl' } });
    await waitFor(() => expect(select.value).toBe('auto'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Notes library');
  });
});
