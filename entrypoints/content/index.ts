import { DEFAULT_MATCHES } from '@/lib/default-sites';
import { startContent } from '@/utils/content-main';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    startContent(ctx);
  },
});
