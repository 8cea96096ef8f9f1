import { startBackground } from '@/utils/background-state';
import { startCommands } from '@/utils/commands';
import { startNotesService } from '@/utils/notes-service';

export default defineBackground(() => {
  startBackground();
  startCommands();
  startNotesService();
});
