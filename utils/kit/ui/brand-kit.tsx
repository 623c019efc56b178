// The brand kit section of the options page: export (everything or the snippet library) as a .json
// download, and import (a file or a paste) in two steps: a preview of what would change, with a
// choice per conflict, then Apply. Errors name the field at fault. The background does the work.
import { useId } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { useBusy } from '../../../components/use-busy';
import { downloadText, messageApi, type KitApi } from './kit-api';
import { KitExport } from './kit-export';
import { KitImport } from './kit-import';

export { downloadText, issueText, messageApi, type KitApi, type KitSelection } from './kit-api';

export interface BrandKitProps {
  announce: Announce;
  api?: KitApi;
  download?: (filename: string, text: string) => void;
  now?: () => Date;
}

export function BrandKit({
  announce,
  api = messageApi,
  download = downloadText,
  now = () => new Date(),
}: BrandKitProps) {
  const { t } = useI18n();
  const heading = useId();
  const busy = useBusy();
  return (
    <section class="brand-kit" aria-labelledby={heading}>
      <h2 id={heading}>{t('kit.heading')}</h2>
      <p class="note">{t('kit.intro')}</p>
      <KitExport api={api} announce={announce} busy={busy} download={download} now={now} />
      <KitImport api={api} announce={announce} busy={busy} />
    </section>
  );
}
