// A one-line message: errors interrupt screen readers, everything else waits its turn.
export interface NoticeMessage {
  kind: 'error' | 'info';
  text: string;
}

export function Notice({ message, id }: { message: NoticeMessage | null; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} class={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
