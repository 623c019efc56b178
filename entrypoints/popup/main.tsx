// Toolbar popup: Tact's state on the active tab, and the way to the side panel and the options.
import '../../components/styles.css';
import { mountPage } from '../../components/page';
import { App } from './app';

mountPage(App);
