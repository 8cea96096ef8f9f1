// A link in the in-page card that asks the background to open one of our pages: there is no
// extension URL in the page's DOM (it would name our id), and a page may not open one anyway,
// so every way of following the link (click, Enter, middle click) calls `onOpen` instead.
import type { ComponentChildren } from 'preact';

export function AskLink({ class: className, onOpen, children }: { class: string; onOpen(): void; children: ComponentChildren }) {
  return (
    <a
      href="#"
      class={className}
      onClick={(e) => {
        e.preventDefault();
        onOpen();
      }}
      onAuxClick={(e) => {
        e.preventDefault();
        if (e.button === 1) onOpen();
      }}
    >
      {children}
    </a>
  );
}
