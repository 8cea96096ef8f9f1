import { DEFAULT_MATCHES } from '@/lib/default-sites';
import { ContentContext } from './context';
import { startContent } from './content-main';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank frames inherit their parent's URL for matching: scan them too.
  matchAboutBlank: true,
  main(ctx) {
    // wxt.config.ts has WXT build this entry with our own context (context.ts), never its own.
    if (ctx instanceof ContentContext) void startContent(ctx);
  },
});
