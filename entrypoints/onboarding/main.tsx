// Onboarding, opened once on install by the background.
import '../../components/styles.css';
import { mountPage } from '../../components/page';
import { App } from './app';

mountPage(App);
