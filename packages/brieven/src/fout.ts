import { Onverwerkbaar } from '@regelmaat/kernel';

/** What kind of letter problem: an unknown template version, an incomplete letter, a failed PDF. */
export type BriefFoutSoort = 'ONBEKEND_SJABLOON' | 'ONGELDIGE_BRIEF' | 'PDF_MISLUKT';

/**
 * A letter that cannot be made: a service error (422 `brief-niet-te-maken`) whose message names
 * what is wrong, so callers let it pass instead of translating it. `soort` tells the kind apart.
 */
export class BriefFout extends Onverwerkbaar {
  override readonly name = 'BriefFout';
  constructor(
    readonly soort: BriefFoutSoort,
    detail: string,
  ) {
    super('brief-niet-te-maken', `De brief kan niet worden getoond: ${detail}`);
  }
}
