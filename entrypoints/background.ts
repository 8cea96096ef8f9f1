import { startBackground } from '@/utils/background-state';

export default defineBackground(() => {
  startBackground();
});
