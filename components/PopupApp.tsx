import { PopupView } from './popup/PopupView';
import { usePopup } from './popup/use-popup';

export function PopupApp() {
  return <PopupView {...usePopup()} />;
}
