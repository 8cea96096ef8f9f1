import { startBackground } from '@/utils/background-state';
import { startCardUiInjector } from '@/utils/card-ui-injector';
import { startCommands } from '@/utils/commands';
import { startNotesService } from '@/utils/notes-service';

export default defineBackground(() => {
  startBackground();
  startCommands();
  startNotesService();
  startCardUiInjector();
});
