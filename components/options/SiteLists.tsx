import type { UiStrings } from '@/lib/ui-strings';
import { HostList } from './HostList';

type Words = UiStrings['options'];

export function DefaultSites({ t, sites }: { t: Words['defaults']; sites: readonly string[] }) {
  return (
    <details class="default-sites">
      <summary>{t.summary(sites.length)}</summary>
      <HostList hosts={sites} label={t.label} empty="" />
    </details>
  );
}

export function PausedSites({ t, sites, onResume }: { t: Words['paused']; sites: readonly string[]; onResume(host: string): void }) {
  return (
    <div class="paused-sites">
      <h3>{t.heading}</h3>
      <HostList
        hosts={sites}
        label={t.heading}
        empty={t.empty}
        actions={(host) => (
          <button type="button" class="secondary" onClick={() => onResume(host)} aria-label={t.resumeHost(host)}>
            {t.resume}
          </button>
        )}
      />
    </div>
  );
}
