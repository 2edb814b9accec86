/**
 * @module
 * The recovery that follows from the definitive run: per toeslag, what was paid as an advance and
 * is more than the definitive amount (Awir art. 24 lid 2-3). A back-payment on one toeslag does
 * not reduce the recovery on another: each is a separate decision, and Awir art. 26b lid 1 looks at
 * the decisions that "in totaal leiden tot een terug te vorderen bedrag"; setting off against a
 * back-payment is a later step (art. 30).
 */
import { type Eurocent, eurocent, formatCents } from '@regelmaat/kernel';
import { REGELING_NAAM, REGELINGEN, type RegelingId } from '../invoer';
import { opsomming } from '../rekenen';

export interface Terugvordering {
  /** Sum of the recoveries over the toeslagen (eurocents). */
  readonly totaal: Eurocent;
  /** The toeslagen with a recovery, in REGELINGEN order. */
  readonly perRegeling: readonly { readonly regeling: RegelingId; readonly bedrag: Eurocent }[];
}

/** Recovery per toeslag and in total: Σ max(0, voorschot − definitief). */
export function terugvordering(
  voorschot: Readonly<Record<RegelingId, Eurocent>>,
  definitief: Readonly<Record<RegelingId, Eurocent>>,
): Terugvordering {
  const perRegeling: { regeling: RegelingId; bedrag: Eurocent }[] = [];
  let totaal = 0;
  for (const regeling of REGELINGEN) {
    const bedrag = eurocent(voorschot[regeling] - definitief[regeling]);
    if (bedrag > 0) {
      perRegeling.push({ regeling, bedrag });
      totaal += bedrag;
    }
  }
  return { totaal: eurocent(totaal), perRegeling };
}

/** "zorgtoeslag € 500,00 en kinderopvangtoeslag € 1.500,00" */
export function perRegelingTekst(t: Terugvordering): string {
  return opsomming(
    t.perRegeling.map(({ regeling, bedrag }) => `${REGELING_NAAM[regeling]} ${formatCents(bedrag)}`),
  );
}
