// What the brand kit section asks of the background (injected in tests), the file download, and a
// kit issue as the user reads it.
import type { KitIssue } from '../core/document';
import type { Choices } from '../core/merge';
import { send } from '../../messaging/client';
import type { ResponseOf } from '../../messaging/protocol';
import { isMessageKey } from '../../i18n/translate';
import type { I18n } from '../../../components/i18n';

export type KitSelection = 'all' | 'snippets';

export interface KitApi {
  export(selection: KitSelection): Promise<ResponseOf<'kit.export'>>;
  plan(text: string, choices: Choices): Promise<ResponseOf<'kit.plan'>>;
  apply(text: string, choices: Choices): Promise<ResponseOf<'kit.apply'>>;
}

export const messageApi: KitApi = {
  export: (selection) => send('kit.export', { selection }),
  plan: (text, choices) => send('kit.plan', { text, choices }),
  apply: (text, choices) => send('kit.apply', { text, choices }),
};

/** Saves text as a file through a temporary link (no downloads permission needed). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A kit issue as the user reads it: "snippets[3].name: A snippet name is one word…". */
export function issueText(i18n: Pick<I18n, 't' | 'issue'>, issue: KitIssue): string {
  const message =
    isMessageKey(issue.message) && issue.message.startsWith('kit.')
      ? i18n.t(issue.message, issue.params)
      : i18n.issue(issue.message);
  return issue.path ? i18n.t('kit.import.issue', { path: issue.path, message }) : message;
}
