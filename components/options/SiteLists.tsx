import { HostList } from './HostList';

export function DefaultSites({ sites }: { sites: readonly string[] }) {
  return (
    <details class="default-sites">
      <summary>Default news sites ({sites.length}), always on</summary>
      <HostList hosts={sites} label="Default news sites" empty="" />
    </details>
  );
}

export function PausedSites({ sites, onResume }: { sites: readonly string[]; onResume(host: string): void }) {
  return (
    <div class="paused-sites">
      <h3>Paused sites</h3>
      <HostList
        hosts={sites}
        label="Paused sites"
        empty="No paused sites. Use “Pause on this site” in the toolbar popup to add one."
        actions={(host) => (
          <button type="button" class="secondary" onClick={() => onResume(host)} aria-label={`Resume on ${host}`}>
            Resume
          </button>
        )}
      />
    </div>
  );
}
