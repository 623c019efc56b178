// The content script on Reddit: the shared start (utils/overlay/start.ts) with the reddit descriptor.
// WXT makes one manifest content_scripts entry per such file, so each platform keeps this stub.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../utils/overlay/start';
import { matchesOf } from '../../utils/platforms/hosts';

export default defineContentScript({
  matches: matchesOf('reddit'),
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, 'reddit'),
});
