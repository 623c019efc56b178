// The content script on LinkedIn: the shared start (utils/overlay/start.ts) with the linkedin descriptor.
// WXT makes one manifest content_scripts entry per such file, so each platform keeps this stub.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../utils/overlay/start';
import { matchesOf } from '../../utils/platforms/hosts';

export default defineContentScript({
  matches: matchesOf('linkedin'),
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, 'linkedin'),
});
