// A page's one polite live region: what just happened (saved, deleted, failed), read out by screen
// readers without moving focus. One per page, so tests and assistive tech find a single "status".
import { useCallback, useState } from 'preact/hooks';

export interface StatusMessage {
  kind: 'ok' | 'error';
  text: string;
}
export type Announce = (message: StatusMessage | null) => void;

export function useStatus(): [StatusMessage | null, Announce] {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const announce = useCallback<Announce>((m) => setMessage(m), []);
  return [message, announce];
}

/** Always rendered (even empty): a live region must exist before its text changes to be announced. */
export function StatusRegion({ message }: { message: StatusMessage | null }) {
  return (
    <p
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="status"
      class={`status ${message ? `status-${message.kind}` : ''}`}
    >
      {message?.text ?? ''}
    </p>
  );
}
