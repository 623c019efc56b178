// AI: optional rewriting of replies by the browser's model or an outside service of the user's.
import { AiSettings } from '../../../utils/tone/ui/ai-settings';
import { browserAiApi } from '../../../utils/tone/ui/ai-api';
import type { Announce } from '../../../components/status';

export function AiSection({ announce }: { announce: Announce }) {
  return <AiSettings api={browserAiApi} announce={announce} />;
}
