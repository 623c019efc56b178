// STUB (owned by the charter helper): the brand's charter editor, in the options.
import type { Brand } from '../../mentions/core/brand';
import type { Announce } from '../../../components/status';

export function CharterEditor(_props: { brand: Brand; announce: Announce }) {
  return null;
}
