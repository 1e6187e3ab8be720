import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
