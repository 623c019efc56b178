// STUB (owned by the advocates helper): advocates and detractors, in the side panel.
import type { Announce } from '../../../components/status';

export function Standings(_props: { announce: Announce }) {
  return null;
}
