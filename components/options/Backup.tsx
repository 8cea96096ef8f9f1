import { useRef } from 'preact/hooks';
import type { UiStrings } from '@/lib/ui-strings';
import { Notice, type NoticeMessage } from './Notice';

export interface BackupProps {
  t: UiStrings['options']['backup'];
  message: NoticeMessage | null;
  onExport(): void;
  onImport(file: File): void;
}

export function Backup({ t, message, onExport, onImport }: BackupProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="backup">
      <div class="button-row">
        <button type="button" class="secondary" onClick={onExport}>
          {t.export}
        </button>
        <button type="button" class="secondary" onClick={() => input.current?.click()}>
          {t.import}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t.fileLabel}
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
