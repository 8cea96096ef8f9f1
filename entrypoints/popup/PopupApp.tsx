import { PopupView } from '@/components/popup/PopupView';
import { usePopup } from './use-popup';

export function PopupApp() {
  return <PopupView {...usePopup()} />;
}
