/**
 * @module
 * The snapshot from the calibrated generator: household `van + i` of `genereerHuishouden(seed, …,
 * jaar)`, as its dossier facts known at the advance run's moment (`alsDossier`), through the
 * dossier's own way to a Situatie (`huishoudenUitFeiten`, variant `schatting`): the same input the
 * advance run and the calibration report compute with. Generating is the slow part (it is done once;
 * the file is reused).
 */
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { eurosToCents } from '@regelmaat/kernel';
import { alsDossier, genereerHuishouden, HUISHOUDTYPEN, type Jaar, kalender } from '@regelmaat/populatie';
import { KolommenBouwer, type Populatie } from './bouwer';

export interface PopulatieVraag {
  readonly jaar: Jaar;
  readonly huishoudens: number;
  readonly seed: number;
  readonly van?: number;
}

/** Generates the snapshot; `voortgang(gedaan)` is called every 10,000 households. */
export function genereerMomentopname(v: PopulatieVraag, voortgang?: (gedaan: number) => void): Populatie {
  const bouwer = new KolommenBouwer(v.jaar);
  const { voorschotOp } = kalender(v.jaar);
  const van = v.van ?? 0;
  let overgeslagen = 0;
  for (let i = 0; i < v.huishoudens; i++) {
    const h = genereerHuishouden(v.seed, van + i, v.jaar);
    const d = huishoudenUitFeiten(alsDossier(h, v.jaar, voorschotOp).feiten, {
      jaar: v.jaar,
      variant: 'schatting',
    });
    if (d.situatie === null) overgeslagen++;
    else {
      const di = h.definitiefInkomen;
      bouwer.voegToe(d.situatie, HUISHOUDTYPEN.indexOf(h.type), {
        aanvrager: eurosToCents(di.aanvrager),
        ...(di.toeslagpartner !== undefined ? { partner: eurosToCents(di.toeslagpartner) } : {}),
        ...(h.vorigJaarInkomen !== undefined ? { vorigJaar: eurosToCents(h.vorigJaarInkomen) } : {}),
      });
    }
    if (voortgang && (i + 1) % 10_000 === 0) voortgang(i + 1);
  }
  return bouwer.klaar({ seed: v.seed, van, overgeslagen });
}
