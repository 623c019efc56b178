// A message under an action of the AI section (a test, a download): polite when it went well, an
// alert when it failed.
import type { Note } from './ai-settings-api';

export function NoteLine({ note }: { note: Note }) {
  return (
    <p
      class={note.kind === 'error' ? 'error' : 'note'}
      role={note.kind === 'error' ? 'alert' : undefined}
      aria-live="polite"
    >
      {note.text}
    </p>
  );
}
