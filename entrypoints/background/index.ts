import { startBackground } from './background-state';
import { startCardUiInjector } from './card-ui-injector';
import { startCommands } from './commands';
import { startLibraryOpener } from './library-opener';
import { startMarksHiddenRelay } from './marks-hidden';
import { startNotesService } from './notes-service';

export default defineBackground(() => {
  startBackground();
  startCommands();
  startNotesService();
  startCardUiInjector();
  startLibraryOpener();
  startMarksHiddenRelay();
});
