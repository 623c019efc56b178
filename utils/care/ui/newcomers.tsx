// STUB (owned by the newcomers helper): today's newcomers not yet welcomed, in the side panel.
import type { Announce } from '../../../components/status';

export function Newcomers(_props: { announce: Announce }) {
  return null;
}
