// Content script for linkedin: starts the shared overlay with the linkedin adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { linkedinAdapter } from '../../utils/platforms/linkedin/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/tone/page/replies';
import { loadPageLanguage } from '../../utils/overlay/page-lang';

export default defineContentScript({
  matches: PLATFORM_MATCHES.linkedin,
  runAt: 'document_idle',
  main: async (ctx) => {
    listenForCommands(ctx, linkedinAdapter);
    // The page UI speaks the options' language from its first badge (page-lang.ts).
    await loadPageLanguage(send);
    if (ctx.isInvalid) return;
    startReplies(ctx, linkedinAdapter, { send });
    runOverlay(ctx, linkedinAdapter, { send });
  },
});
