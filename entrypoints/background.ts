import { startBackground } from '@/utils/background-state';
import { startCommands } from '@/utils/commands';

export default defineBackground(() => {
  startBackground();
  startCommands();
});
