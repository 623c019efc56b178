// STUB (owned by the crisis helper): holding statements and the crisis checklist, in the options.
import type { Brand } from '../../mentions/core/brand';
import type { Announce } from '../../../components/status';

export function CrisisKit(_props: { brand: Brand; announce: Announce }) {
  return null;
}
