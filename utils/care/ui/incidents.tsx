// STUB (owned by the crisis helper): open and recent incidents, in the side panel.
import type { Announce } from '../../../components/status';

export function Incidents(_props: { announce: Announce }) {
  return null;
}
