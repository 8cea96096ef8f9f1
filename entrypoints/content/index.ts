import { DEFAULT_MATCHES } from '@/lib/default-sites';
import { startContent } from './content-main';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank frames inherit their parent's URL for matching: scan them too.
  matchAboutBlank: true,
  main(ctx) {
    startContent(ctx);
  },
});
