import { useRef } from 'preact/hooks';
import { Notice, type NoticeMessage } from './Notice';

export interface BackupProps {
  message: NoticeMessage | null;
  onExport(): void;
  onImport(file: File): void;
}

export function Backup({ message, onExport, onImport }: BackupProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="backup">
      <div class="button-row">
        <button type="button" class="secondary" onClick={onExport}>
          Export settings
        </button>
        <button type="button" class="secondary" onClick={() => input.current?.click()}>
          Import settings…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label="Settings file to import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again still imports it
            if (file) onImport(file);
          }}
        />
      </div>
      <Notice message={message} />
    </div>
  );
}
