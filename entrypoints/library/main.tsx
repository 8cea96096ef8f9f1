import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import '@/components/NoteList.css';
import './style.css';

render(<LibraryApp />, document.getElementById('app')!);
