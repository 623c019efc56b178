// Content script for x: starts the shared overlay with the x adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { xAdapter } from '../../utils/platforms/x/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/overlay/replies';

export default defineContentScript({
  matches: PLATFORM_MATCHES.x,
  runAt: 'document_idle',
  main: (ctx) => {
    listenForCommands(ctx, xAdapter);
    startReplies(ctx, xAdapter, { send });
    runOverlay(ctx, xAdapter, { send });
  },
});
