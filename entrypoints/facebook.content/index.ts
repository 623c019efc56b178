// Content script for facebook: starts the shared overlay with the facebook adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { facebookAdapter } from '../../utils/platforms/facebook/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/tone/page/replies';
import { loadPageLanguage } from '../../utils/overlay/page-lang';

export default defineContentScript({
  matches: PLATFORM_MATCHES.facebook,
  runAt: 'document_idle',
  main: async (ctx) => {
    listenForCommands(ctx, facebookAdapter);
    // The page UI speaks the options' language from its first badge (page-lang.ts).
    await loadPageLanguage(send);
    if (ctx.isInvalid) return;
    startReplies(ctx, facebookAdapter, { send });
    runOverlay(ctx, facebookAdapter, { send });
  },
});
