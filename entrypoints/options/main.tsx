// Options page: the user's brands and the UI language.
import '../../components/styles.css';
import { mountPage } from '../../components/page';
import { App } from './app';

mountPage(App);
