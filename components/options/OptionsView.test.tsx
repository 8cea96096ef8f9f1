// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITES } from '@/lib/default-sites';
import { defaultSettings, type Settings } from '@/lib/settings-schema';
import { TOPICS } from '@/lib/topics';
import { OptionsView, type OptionsViewProps } from './OptionsView';

function show(settings: Partial<Settings> | null = {}, over: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    settings: settings && { ...defaultSettings(), ...settings },
    unreadable: false,
    retry: vi.fn(),
    lang: 'en',
    access: {},
    save: 'idle',
    siteMessage: null,
    backupMessage: null,
    update: vi.fn(),
    addSite: vi.fn(async () => true),
    grantSite: vi.fn(),
    removeSite: vi.fn(),
    reset: vi.fn(),
    exportFile: vi.fn(),
    importFile: vi.fn(),
    topics: TOPICS,
    defaultSites: DEFAULT_SITES,
    browserLanguage: 'nl-BE',
    mac: false,
    ...over,
  };
  const view = render(<OptionsView {...props} />);
  return { props, ...view };
}

/** What `update` was called with, with a function change applied to `settings`. */
const lastChange = (props: OptionsViewProps, settings = defaultSettings()) => {
  const change = vi.mocked(props.update).mock.lastCall?.[0];
  return typeof change === 'function' ? change(settings) : change;
};

afterEach(cleanup);

describe('OptionsView', () => {
  it('says it is loading until settings arrive', () => {
    show(null);
    expect(screen.getByText('Loading settings…')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('has a switch per topic, named by the topic', () => {
    show({ topics: { cainiao: false, 'liege-airport': true, vsse: true } });
    expect((screen.getByRole('checkbox', { name: 'Cainiao' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Liège Airport' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /^VSSE/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('changes only the topic that was switched', () => {
    const { props } = show();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cainiao' }));
    expect(props.update).toHaveBeenCalledWith({ topics: { cainiao: false } });
  });

  it.each([
    ['Highlight style', 'Background', { highlightStyle: 'background' }],
    ['What to mark', 'The first mention of each topic in each article', { mark: 'first' }],
    ['What to mark', 'Nothing in the page', { mark: 'none' }],
    ['Open the card', 'On click', { openCard: 'click' }],
    ['Open the card', 'When the pointer rests on a mention with Shift held', { openCard: 'hover-key' }],
    ['Match strictness', 'Strict', { strictness: 'strict' }],
    ['Notes language', 'Français', { language: 'fr' }],
  ])('saves the %s choice', (legend, label, change) => {
    const { props } = show();
    const group = screen.getByRole('group', { name: legend });
    fireEvent.click(within(group).getByRole('radio', { name: label }));
    expect(props.update).toHaveBeenCalledWith(change);
  });

  it('shows the current choices and what "automatic" means in this browser', () => {
    show({ highlightStyle: 'background', strictness: 'loose' });
    expect((screen.getByRole('radio', { name: 'Background' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Loose' }) as HTMLInputElement).checked).toBe(true);
    const auto = screen.getByRole('radio', { name: 'Automatic (Nederlands in this browser)' }) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    expect(auto.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('lists the default sites read-only', () => {
    show();
    const list = screen.getByRole('list', { name: 'Default news sites' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(DEFAULT_SITES.length);
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(within(list).getByText('lesoir.be')).toBeTruthy();
  });

  describe('extra sites', () => {
    it('adds what was typed and clears the field once added', async () => {
      const { props } = show();
      const input = screen.getByRole('textbox', { name: 'Add a site' }) as HTMLInputElement;
      fireEvent.input(input, { target: { value: 'example.com' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(props.addSite).toHaveBeenCalledWith('example.com');
      await vi.waitFor(() => expect(input.value).toBe(''));
    });

    it('keeps what was typed and shows why when it was not added', async () => {
      const addSite = vi.fn(async () => false);
      const { rerender, props } = show({}, { addSite });
      const input = screen.getByRole('textbox', { name: 'Add a site' }) as HTMLInputElement;
      fireEvent.input(input, { target: { value: 'example.com' } });
      fireEvent.submit(input.form!);
      await Promise.resolve();
      rerender(<OptionsView {...props} siteMessage={{ kind: 'error', text: 'Access to example.com was not granted.' }} />);
      expect(input.value).toBe('example.com');
      expect(screen.getByRole('alert').textContent).toBe('Access to example.com was not granted.');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    });

    it('shows each site with its access, and lets the user grant or remove it', () => {
      const { props } = show({ extraSites: ['a.com', 'b.org'] }, { access: { 'a.com': true, 'b.org': false } });
      const list = screen.getByRole('list', { name: 'Your extra sites' });
      const [a, b] = within(list).getAllByRole('listitem');
      expect(within(a).getByText('Active')).toBeTruthy();
      expect(within(a).queryByRole('button', { name: /Grant/ })).toBeNull();
      fireEvent.click(within(b).getByRole('button', { name: 'Grant access to b.org' }));
      expect(props.grantSite).toHaveBeenCalledWith('b.org');
      fireEvent.click(within(a).getByRole('button', { name: 'Remove a.com' }));
      expect(props.removeSite).toHaveBeenCalledWith('a.com');
    });
  });

  it('resumes a paused site', () => {
    const { props } = show({ pausedSites: ['hln.be', 'gva.be'] });
    fireEvent.click(screen.getByRole('button', { name: 'Resume on hln.be' }));
    expect(lastChange(props, { ...defaultSettings(), pausedSites: ['hln.be', 'gva.be'] })).toEqual({ pausedSites: ['gva.be'] });
  });

  describe('reset to defaults', () => {
    const dialog = () => document.querySelector('dialog')!;

    it('asks first, and does nothing when cancelled', () => {
      const { props } = show({ extraSites: ['a.com'], pausedSites: ['hln.be', 'gva.be'] });
      expect(dialog().open).toBe(false);
      fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
      expect(dialog().open).toBe(true);
      expect(screen.getByRole('dialog', { name: 'Reset all settings?' }).textContent).toContain('Your 1 extra site and 2 paused sites will be removed.');
      expect(document.activeElement?.textContent).toBe('Cancel');
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(dialog().open).toBe(false);
      expect(props.reset).not.toHaveBeenCalled();
    });

    it('treats Escape as cancel', () => {
      const { props } = show();
      fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
      fireEvent(dialog(), new Event('cancel', { cancelable: true }));
      expect(dialog().open).toBe(false);
      expect(props.reset).not.toHaveBeenCalled();
    });

    it('resets once confirmed', () => {
      const { props } = show();
      fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(props.reset).toHaveBeenCalledTimes(1);
      expect(dialog().open).toBe(false);
    });
  });

  describe('backup', () => {
    it('exports, and imports the chosen file', () => {
      const { props } = show({}, { backupMessage: { kind: 'error', text: 'bad.json: This file is not valid JSON.' } });
      fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
      expect(props.exportFile).toHaveBeenCalled();
      const input = screen.getByLabelText('Settings file to import') as HTMLInputElement;
      const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
      fireEvent.click(screen.getByRole('button', { name: 'Import settings…' }));
      expect(click).toHaveBeenCalled();
      const file = new File(['{}'], 'settings.json', { type: 'application/json' });
      fireEvent.change(input, { target: { files: [file] } });
      expect(props.importFile).toHaveBeenCalledWith(file);
      expect(screen.getByRole('alert').textContent).toBe('bad.json: This file is not valid JSON.');
    });
  });

  it.each([
    ['saving', 'Saving…'],
    ['saved', 'Saved'],
    [{ error: 'Not saved: quota' }, 'Not saved: quota'],
    ['idle', ''],
  ] as const)('shows the save state %j', (save, text) => {
    show({}, { save });
    expect(screen.getByRole('status').textContent).toBe(text);
  });

  it('links to the notes library in a new tab, in the notes language', () => {
    show({}, { lang: 'fr' });
    const link = screen.getByRole('link', { name: 'Bibliothèque des notes' });
    expect(link.getAttribute('href')).toBe('library.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('reading comfort', () => {
  it('offers the delay only where the pointer opens the card, and saves it when the slider is released', () => {
    const { props } = show({ openCard: 'hover', hoverDelayMs: 250 });
    const slider = screen.getByRole('slider', { name: 'Delay before the card opens' }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.value]).toEqual(['150', '1500', '250']);
    fireEvent.input(slider, { target: { value: '900' } });
    expect(screen.getByText('0.9 s')).toBeTruthy();
    expect(props.update).not.toHaveBeenCalled();
    fireEvent.change(slider, { target: { value: '900' } });
    expect(props.update).toHaveBeenCalledWith({ hoverDelayMs: 900 });
    cleanup();
    show({ openCard: 'click' });
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('names the key to hold, as a Mac keyboard does on a Mac, and in French as French keyboards do', () => {
    const { props } = show({ openCard: 'hover-key', hoverKey: 'alt' }, { mac: true });
    expect(screen.getByRole('radio', { name: 'When the pointer rests on a mention with Option held' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: 'Key to hold' })).getByRole('radio', { name: 'Control' }));
    expect(props.update).toHaveBeenCalledWith({ hoverKey: 'ctrl' });
    cleanup();
    show({ openCard: 'hover-key', hoverKey: 'shift' }, { lang: 'fr' });
    expect(screen.getByRole('radio', { name: 'Quand le pointeur s’arrête sur une mention, touche Maj enfoncée' })).toBeTruthy();
  });

  it('says when the settings cannot be read, offers Retry, and keeps every control disabled', () => {
    const { props } = show(null, { unreadable: true });
    expect(screen.getByRole('alert').textContent).toMatch(/could not read your settings/);
    const controls = [...screen.getAllByRole('checkbox'), ...screen.getAllByRole('radio'), screen.getByRole('button', { name: 'Reset to defaults…' })];
    expect(controls.length).toBeGreaterThan(5);
    // Disabled by a disabled fieldset around them (happy-dom does not apply that to :disabled).
    for (const control of controls) expect(control.closest('fieldset.controls')?.hasAttribute('disabled'), control.outerHTML).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.retry).toHaveBeenCalled();
  });
});
