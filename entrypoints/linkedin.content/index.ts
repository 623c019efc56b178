// Content script for linkedin: starts the shared overlay with the linkedin adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { linkedinAdapter } from '../../utils/platforms/linkedin/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/overlay/replies';

export default defineContentScript({
  matches: PLATFORM_MATCHES.linkedin,
  runAt: 'document_idle',
  main: (ctx) => {
    listenForCommands(ctx, linkedinAdapter);
    startReplies(ctx, linkedinAdapter, { send });
    runOverlay(ctx, linkedinAdapter, { send });
  },
});
