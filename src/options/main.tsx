import { render } from 'preact';
import { uiLanguage, t } from '../shared/i18n';
import { Options } from './Options';
import '../popup/popup.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
