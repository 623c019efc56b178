// Side panel (Chrome) / sidebar (Firefox): what Tact read on the current tab.
import '../../components/styles.css';
import { mountPage } from '../../components/page';
import { App } from './app';

mountPage(App);
