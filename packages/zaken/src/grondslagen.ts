/**
 * @module
 * The legal grounds a maatwerk decision may rest on (domain reference §2 and §4.4). The Awir uses
 * "onevenredig" (art. 13b, 26 lid 2) and "onbillijkheden van overwegende aard" (art. 47); the Awb
 * lets an agency depart from its own policy rule when the consequences would be disproportionate
 * (art. 4:84) and requires proportionality in general (art. 3:4 lid 2). Links point to the text in
 * force on the given date (wetten.overheid.nl).
 */
import { type LawRef, lawUrl } from '@regelmaat/kernel';

export interface Grondslag {
  readonly id: string;
  /** Dutch, for staff screens. */
  readonly label: string;
  readonly ref: LawRef;
  /** Link to the article as in force on 1 January 2026. */
  readonly url: string;
}

const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;
const AWB = { wet: 'Algemene wet bestuursrecht', bwb: 'BWBR0005537' } as const;
const PEILDATUM = '2026-01-01';

function grondslag(id: string, label: string, ref: LawRef): Grondslag {
  return { id, label, ref, url: lawUrl(ref, PEILDATUM)! };
}

export const GRONDSLAGEN: readonly Grondslag[] = [
  grondslag('awir-13b', 'Awir art. 13b: nadelige gevolgen niet onevenredig (evenredigheid)', {
    ...AWIR,
    artikel: '13b',
  }),
  grondslag(
    'awir-26-2',
    'Awir art. 26 lid 2: lagere terugvordering als volledige terugvordering onevenredig is',
    {
      ...AWIR,
      artikel: '26',
      lid: '2',
    },
  ),
  grondslag('awir-47', 'Awir art. 47: beleidsregel voor onbillijkheden van overwegende aard', {
    ...AWIR,
    artikel: '47',
  }),
  grondslag('awb-4-84', 'Awb art. 4:84: afwijken van een beleidsregel bij onevenredige gevolgen', {
    ...AWB,
    artikel: '4:84',
  }),
  grondslag('awb-3-4', 'Awb art. 3:4 lid 2: evenredigheidsbeginsel', { ...AWB, artikel: '3:4', lid: '2' }),
];

const PER_ID = new Map(GRONDSLAGEN.map((g) => [g.id, g]));

export function grondslagMetId(id: string): Grondslag | undefined {
  return PER_ID.get(id);
}

/** Link to the ground's article as in force on `datum` (e.g. 1 January of the decision year). */
export function grondslagUrl(g: Grondslag, datum: string): string {
  return lawUrl(g.ref, datum)!;
}
