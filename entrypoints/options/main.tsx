import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
