import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '@/components/NoteList.css';
import '@/components/FigureCheck.css';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
