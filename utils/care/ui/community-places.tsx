// STUB (owned by the newcomers helper): the brand's community places, in the options.
import type { Brand } from '../../mentions/core/brand';
import type { Announce } from '../../../components/status';

export function CommunityPlaces(_props: { brand: Brand; announce: Announce }) {
  return null;
}
