// The content script of every platform: answers the background's commands, speaks the options'
// language, then starts the reply helpers and the overlay with the platform's adapter.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { platform } from '../platforms';
import type { Platform } from '../platforms/ids';
import { startReplies } from '../tone/page/replies';
import { listenForCommands } from './commands';
import { guardContext } from './context-guard';
import { runOverlay } from './engine';
import { loadPageLanguage } from './page-lang';
import { send } from './wire';

export async function startContentScript(ctx: ContentScriptContext, id: Platform): Promise<void> {
  // First, in the task that made ctx: a page script must not be able to switch Tact off.
  guardContext(ctx);
  const { adapter } = platform(id);
  listenForCommands(ctx, adapter);
  // The page UI speaks the options' language from its first badge (page-lang.ts).
  await loadPageLanguage(send);
  if (ctx.isInvalid) return;
  startReplies(ctx, adapter, { send });
  runOverlay(ctx, adapter, { send });
}
