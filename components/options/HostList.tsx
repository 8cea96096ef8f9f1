import type { ComponentChildren } from 'preact';

export interface HostListProps {
  hosts: readonly string[];
  /** Names the list for screen readers. */
  label: string;
  empty: string;
  actions?(host: string): ComponentChildren;
}

/** Site names with per-site buttons, or a line saying why the list is empty. */
export function HostList({ hosts, label, empty, actions }: HostListProps) {
  if (!hosts.length) return <p class="empty">{empty}</p>;
  return (
    <ul class="host-list" aria-label={label}>
      {hosts.map((host) => (
        <li key={host}>
          <span class="host">{host}</span>
          {actions && <span class="host-actions">{actions(host)}</span>}
        </li>
      ))}
    </ul>
  );
}
