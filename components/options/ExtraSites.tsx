import { useId, useState } from 'preact/hooks';
import { HostList } from './HostList';
import { Notice, type NoticeMessage } from './Notice';

export interface ExtraSitesProps {
  sites: readonly string[];
  /** Whether the browser currently lets the extension run on each site. */
  access: Readonly<Record<string, boolean>>;
  message: NoticeMessage | null;
  /** Must ask for the permission before its first await (the click's user gesture). Resolves true once added. */
  onAdd(input: string): Promise<boolean>;
  onGrant(host: string): void;
  onRemove(host: string): void;
}

export function ExtraSites({ sites, access, message, onAdd, onGrant, onRemove }: ExtraSitesProps) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const submit = (e: Event) => {
    e.preventDefault();
    void onAdd(draft).then((added) => added && setDraft(''));
  };
  return (
    <div class="extra-sites">
      <h3>Your extra sites</h3>
      <HostList
        hosts={sites}
        label="Your extra sites"
        empty="None yet. Add a site below to mark mentions there too."
        actions={(host) => (
          <>
            {access[host] ? (
              <span class="badge badge-ok">Active</span>
            ) : (
              <button type="button" class="secondary" onClick={() => onGrant(host)} aria-label={`Grant access to ${host}`}>
                Grant access
              </button>
            )}
            <button type="button" class="secondary" onClick={() => onRemove(host)} aria-label={`Remove ${host}`}>
              Remove
            </button>
          </>
        )}
      />
      <form class="add-site" onSubmit={submit}>
        <label for={`${id}-input`}>Add a site</label>
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
          <button type="submit">Add</button>
        </div>
        <p class="hint" id={`${id}-help`}>
          Your browser will ask you to allow Fact Notes on that site and its subdomains.
        </p>
        <Notice id={`${id}-message`} message={message} />
      </form>
    </div>
  );
}
