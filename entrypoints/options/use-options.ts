// The options page's data and actions: settings, site access, save feedback, backup.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyChange, checkNewSite, defaultSettings, resolveNoteLang, type SettingsChange } from '@/lib/settings-schema';
import { uiStrings } from '@/lib/ui-strings';
import { hasSiteAccess, requestSiteAccess, revokeSiteAccess } from '@/utils/extra-sites';
import {
  exportSettings,
  parseImportedSettings,
  readSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings';
import type { NoticeMessage } from '@/components/options/Notice';
import type { Options, SaveState } from '@/components/options/OptionsView';

const SAVED_VISIBLE_MS = 2500;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The download has its own copy once started; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useOptions(): Options {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Until a read succeeds the page changes nothing: a save would overwrite what it could not read.
  const [unreadable, setUnreadable] = useState(false);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [save, setSave] = useState<SaveState>('idle');
  const [siteMessage, setSiteMessage] = useState<NoticeMessage | null>(null);
  const [backupMessage, setBackupMessage] = useState<NoticeMessage | null>(null);
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lang = resolveNoteLang(settings?.language ?? 'auto', navigator.language);
  const t = uiStrings(lang).options;
  const say = t.messages;
  const refusedMessage = (host: string): NoticeMessage => ({ kind: 'error', text: say.refused(host) });

  const refreshAccess = async (sites: readonly string[]) => {
    const granted = await Promise.all(sites.map(hasSiteAccess));
    setAccess(Object.fromEntries(sites.map((s, i) => [s, granted[i]])));
  };
  const show = (next: Settings) => {
    setSettings(next);
    setUnreadable(false);
    void refreshAccess(next.extraSites);
  };
  const load = () => readSettings().then(show, () => setUnreadable(true));

  useEffect(() => {
    void load();
    const stop = watchSettings(show);
    // Access can also change from the browser's own site-access menu.
    const onPermissions = () => void readSettings().then((s) => refreshAccess(s.extraSites), () => undefined);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
      clearTimeout(savedTimer.current);
    };
  }, []);

  const apply = async (change: SettingsChange): Promise<Settings | null> => {
    clearTimeout(savedTimer.current);
    // Shown at once: a controlled input that waited for storage would snap back meanwhile.
    setSettings((prev) => prev && applyChange(prev, change));
    setSave('saving');
    try {
      const next = await updateSettings(change);
      show(next);
      setSave('saved');
      savedTimer.current = setTimeout(() => setSave('idle'), SAVED_VISIBLE_MS);
      return next;
    } catch (err) {
      setSave({ error: t.notSaved(errorText(err)) });
      void load(); // undo what was shown ahead of the save
      return null;
    }
  };

  return {
    settings,
    unreadable,
    retry: () => void load(),
    lang,
    access,
    save,
    siteMessage,
    backupMessage,
    update: (change) => void apply(change),

    addSite(input) {
      const current = settings?.extraSites ?? [];
      const check = checkNewSite(input, current, t.siteErrors);
      if (!check.ok) {
        setSiteMessage({ kind: 'error', text: check.error });
        return Promise.resolve(false);
      }
      // Asked before any await: browsers only show the prompt during the click.
      const asked = requestSiteAccess(check.host);
      return asked.then(
        async (granted) => {
          if (!granted) {
            setSiteMessage(refusedMessage(check.host));
            return false;
          }
          const saved = await apply((s) => ({ extraSites: [...s.extraSites.filter((h) => h !== check.host), check.host] }));
          setSiteMessage(saved ? { kind: 'info', text: say.added(check.host) } : null);
          return !!saved;
        },
        (err) => {
          setSiteMessage({ kind: 'error', text: say.couldNotAsk(check.host, errorText(err)) });
          return false;
        },
      );
    },

    grantSite(host) {
      void requestSiteAccess(host).then(
        (granted) => setSiteMessage(granted ? { kind: 'info', text: say.granted(host) } : refusedMessage(host)),
        (err) => setSiteMessage({ kind: 'error', text: say.couldNotAsk(host, errorText(err)) }),
      );
    },

    removeSite(host) {
      void apply((s) => ({ extraSites: s.extraSites.filter((h) => h !== host) })).then(async (saved) => {
        if (!saved) return;
        await revokeSiteAccess(host);
        setSiteMessage({ kind: 'info', text: say.removed(host) });
      });
    },

    reset() {
      const extra = settings?.extraSites ?? [];
      void apply(defaultSettings()).then((saved) => {
        if (!saved) return;
        setSiteMessage(null);
        setBackupMessage({ kind: 'info', text: say.resetDone });
        return Promise.all(extra.map(revokeSiteAccess));
      });
    },

    exportFile() {
      void exportSettings().then(
        (text) => download(text, `fact-notes-settings-${new Date().toISOString().slice(0, 10)}.json`),
        (err) => setBackupMessage({ kind: 'error', text: say.couldNotExport(errorText(err)) }),
      );
    },

    importFile(file) {
      void file.text().then(async (text) => {
        const parsed = parseImportedSettings(text, t);
        if (!parsed.ok) return setBackupMessage({ kind: 'error', text: `${file.name}: ${parsed.error}` });
        const saved = await apply(parsed.settings);
        if (!saved) return;
        const missing = (await Promise.all(saved.extraSites.map(hasSiteAccess))).filter((ok) => !ok).length;
        setBackupMessage({ kind: 'info', text: say.imported(file.name, missing) });
      }, (err) => setBackupMessage({ kind: 'error', text: say.couldNotRead(file.name, errorText(err)) }));
    },
  };
}
