import { useId, useState } from 'preact/hooks';
import type { UiStrings } from '@/lib/ui-strings';
import { HostList } from './HostList';
import { Notice, type NoticeMessage } from './Notice';

export interface ExtraSitesProps {
  t: UiStrings['options']['extra'];
  sites: readonly string[];
  /** Whether the browser currently lets the extension run on each site. */
  access: Readonly<Record<string, boolean>>;
  message: NoticeMessage | null;
  /** Must ask for the permission before its first await (the click's user gesture). Resolves true once added. */
  onAdd(input: string): Promise<boolean>;
  onGrant(host: string): void;
  onRemove(host: string): void;
}

export function ExtraSites({ t, sites, access, message, onAdd, onGrant, onRemove }: ExtraSitesProps) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const submit = (e: Event) => {
    e.preventDefault();
    void onAdd(draft).then((added) => added && setDraft(''));
  };
  return (
    <div class="extra-sites">
      <h3>{t.heading}</h3>
      <HostList
        hosts={sites}
        label={t.heading}
        empty={t.empty}
        actions={(host) => (
          <>
            {access[host] ? (
              <span class="badge badge-ok">{t.active}</span>
            ) : (
              <button type="button" class="secondary" onClick={() => onGrant(host)} aria-label={t.grantHost(host)}>
                {t.grant}
              </button>
            )}
            <button type="button" class="secondary" onClick={() => onRemove(host)} aria-label={t.removeHost(host)}>
              {t.remove}
            </button>
          </>
        )}
      />
      <form class="add-site" onSubmit={submit}>
        <label for={`${id}-input`}>{t.addLabel}</label>
        <div class="add-site-row">
          <input
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            aria-describedby={`${id}-help${message ? ` ${id}-message` : ''}`}
            aria-invalid={message?.kind === 'error'}
          />
          <button type="submit">{t.add}</button>
        </div>
        <p class="hint" id={`${id}-help`}>
          {t.addHint}
        </p>
        <Notice id={`${id}-message`} message={message} />
      </form>
    </div>
  );
}
