/**
 * @module
 * The articles a letter cites beside the calculation's own: the kind of decision (Awir), the
 * objection term and its form (Awb, Awir, Algemene termijnenwet). Links go to the text in force on
 * the letter date.
 */
import { citeLaw, type LawRef, lawUrl } from '@regelmaat/kernel';
import type { BriefSoort, Wetsverwijzing } from '../model/brief';

const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;
const AWB = { wet: 'Algemene wet bestuursrecht', bwb: 'BWBR0005537' } as const;
const ATW = { wet: 'Algemene termijnenwet', bwb: 'BWBR0002448' } as const;

export function verwijs(ref: LawRef, datum: string): Wetsverwijzing {
  const url = lawUrl(ref, datum);
  return url ? { citaat: citeLaw(ref), url } : { citaat: citeLaw(ref) };
}

/** The Awir articles that make this kind of decision. */
export function soortGrondslag(
  soort: BriefSoort,
  metNabetaling: boolean,
  metTerugvordering: boolean,
): LawRef[] {
  switch (soort) {
    case 'voorschot':
      return [{ ...AWIR, artikel: '16', lid: '1' }];
    case 'wijziging':
    case 'maatwerk':
      return [{ ...AWIR, artikel: '16', lid: '5' }];
    case 'definitieve-berekening':
      return [
        { ...AWIR, artikel: '19' },
        ...(metNabetaling ? [{ ...AWIR, artikel: '24' }] : []),
        ...(metTerugvordering ? [{ ...AWIR, artikel: '26' }] : []),
      ];
  }
}

/** Objection: six weeks (Awb 6:7), from the day after the letter date (Awir 35), extended past
 *  weekends and feestdagen (Atw 1), what to write (Awb 6:5), on time by post (Awb 6:9). */
export const BEZWAAR_GRONDSLAG: readonly LawRef[] = [
  { ...AWB, artikel: '6:5' },
  { ...AWB, artikel: '6:7' },
  { ...AWB, artikel: '6:9' },
  { ...AWIR, artikel: '35' },
  { ...ATW, artikel: '1', lid: '1' },
];

/** One objection also covers the recovery in the same letter (Awir art. 37 lid 1). */
export const BEZWAAR_OOK_TERUGVORDERING: LawRef = { ...AWIR, artikel: '37', lid: '1' };
