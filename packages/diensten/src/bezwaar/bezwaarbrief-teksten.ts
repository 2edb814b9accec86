/**
 * @module
 * The reason a hearing was skipped, as the decision letter says it (B1), per ground of Awb 7:3.
 */
export {
  BEZWAARBRIEF,
  BEZWAARBRIEF_VERSIE,
  type BeslissingOpBezwaar,
  type BezwaarBrief,
  type BezwaarBriefGegevens,
  type BezwaarBriefSoort,
  type NietOntvankelijk,
} from '@regelmaat/brieven';

import type { OverslaanGrond } from '@regelmaat/zaken';

export const OVERSLAAN_B1: Record<OverslaanGrond, string> = {
  'kennelijk-niet-ontvankelijk':
    'Het is duidelijk dat wij uw bezwaar niet kunnen behandelen. Een gesprek verandert dat niet.',
  'kennelijk-ongegrond':
    'Het is duidelijk dat wij u geen gelijk kunnen geven. Een gesprek verandert dat niet.',
  afgezien: 'U heeft laten weten dat u geen hoorzitting wilt.',
  'geen-reactie': 'U heeft niet op tijd laten weten dat u een hoorzitting wilt.',
  'volledig-gegrond': 'Wij geven u helemaal gelijk. Daarvoor is geen hoorzitting nodig.',
};
