/**
 * A constructed household for the tests: a single parent (income € 28,000) whose child turns 4 on
 * 15 March 2026; day care (150 hours a month at € 10) really stops on 1 April, but the application
 * states care for the whole year and the parent reports the end only on 10 September, after five
 * months were paid. The provider's hours show the truth: care in January–March only.
 */
import { huishoudenBsn } from '@regelmaat/populatie';
import type { SimHuishouden } from '../gebeurtenissen';

export function opvangStopt(index: number): SimHuishouden {
  return {
    sh: {
      index,
      type: 'eenoudergezin',
      bsnAanvrager: huishoudenBsn(index, 0),
      bsnKinderen: [huishoudenBsn(index, 2)],
      bsnMedebewoners: [],
      schatting: {
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1992-04-10', toetsingsinkomen: 28_000 },
        kinderen: [{ geboortedatum: '2022-03-15' }],
        kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 150, uurprijs: 10 }],
      },
      definitiefInkomen: { aanvrager: 28_000, medebewoners: [] },
      opvangUrenAanbieder: [[150, 150, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    },
    gebeurtenissen: [{ soort: 'opvang-einde', kind: 0, contract: 0, datum: '2026-04-01', meldmaand: 9 }],
  };
}
