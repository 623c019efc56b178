// Content script for facebook: starts the shared overlay with the facebook adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { facebookAdapter } from '../../utils/platforms/facebook/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/overlay/replies';

export default defineContentScript({
  matches: PLATFORM_MATCHES.facebook,
  runAt: 'document_idle',
  main: (ctx) => {
    listenForCommands(ctx, facebookAdapter);
    startReplies(ctx, facebookAdapter, { send });
    runOverlay(ctx, facebookAdapter, { send });
  },
});
