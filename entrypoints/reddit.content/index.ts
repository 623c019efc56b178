// Content script for reddit: starts the shared overlay with the reddit adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import { redditAdapter } from '../../utils/platforms/reddit/adapter';
import { runOverlay } from '../../utils/overlay/engine';
import { listenForCommands } from '../../utils/overlay/commands';
import { send } from '../../utils/messaging/client';
import { startReplies } from '../../utils/overlay/replies';

export default defineContentScript({
  matches: PLATFORM_MATCHES.reddit,
  runAt: 'document_idle',
  main: (ctx) => {
    listenForCommands(ctx, redditAdapter);
    startReplies(ctx, redditAdapter, { send });
    runOverlay(ctx, redditAdapter, { send });
  },
});
