// The report page: weekly, monthly and strategic reports of what Tact saw (utils/reports/ui).
import '../../components/styles.css';
import '../../utils/reports/ui/report.css';
import { mountPage } from '../../components/page';
import { App } from './app';

mountPage(App);
