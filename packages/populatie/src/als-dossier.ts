/**
 * @module
 * A generated household as dossier facts: the application (estimate) recorded before the year,
 * provider-reported childcare hours, last year's income, and the tax authority's final incomes
 * recorded after the year — each on its date of the simulated calendar (`kalender`). Pure: the
 * loader (`regelmaat populatie genereer`, apps/cli) writes them.
 */
import { type Feit, feit, feitenUitAanvraag, type NieuwHuishouden } from '@regelmaat/dossier';
import { eurosToCents } from '@regelmaat/kernel';
import type { SynthetischHuishouden } from './huishouden';

/** Simulated calendar of a berekeningsjaar (ISO timestamps, UTC). */
export function kalender(jaar: number) {
  return {
    /** The application and estimate are known before the advance run. */
    aanvraagOp: `${jaar - 1}-11-01T00:00:00.000Z`,
    /** The advance run looks at the dossier as known on this moment. */
    voorschotOp: `${jaar - 1}-12-01T00:00:00.000Z`,
    /** Providers report hours during the year; recorded by year end. */
    aanbiederOp: `${jaar}-12-31T00:00:00.000Z`,
    /** Final incomes from the tax authority. */
    definitiefOp: `${jaar + 1}-05-01T00:00:00.000Z`,
    /** The definitive run looks at the dossier as known on this moment. */
    definitieveRunOp: `${jaar + 1}-07-01T00:00:00.000Z`,
  };
}

/**
 * The dossier facts of one generated household, as known at `nu` (the writing moment, ISO): facts
 * the simulated calendar records after `nu` — providers' hours at year end, the tax authority's
 * final incomes after the year — are left out, since they are not known yet (issue 10, item 13:
 * nothing is ever recorded after the moment it is written).
 */
export function alsDossier(sh: SynthetischHuishouden, jaar: number, nu: string): NieuwHuishouden {
  const d = alsVolledigDossier(sh, jaar);
  const grens = Date.parse(nu);
  if (Number.isNaN(grens)) throw new RangeError(`geen tijdstip: ${nu}`);
  return { ...d, feiten: d.feiten.filter((f) => Date.parse(f.geregistreerdOp) <= grens) };
}

/** Every fact of the simulated calendar, whatever the moment (only through `alsDossier`). */
function alsVolledigDossier(sh: SynthetischHuishouden, jaar: number): NieuwHuishouden {
  const k = kalender(jaar);
  const bsn = {
    aanvrager: sh.bsnAanvrager,
    ...(sh.bsnPartner && sh.schatting.toeslagpartner ? { toeslagpartner: sh.bsnPartner } : {}),
    kinderen: sh.bsnKinderen,
    medebewoners: sh.bsnMedebewoners,
  };
  const feiten: Feit[] = feitenUitAanvraag(sh.schatting, bsn, k.aanvraagOp);
  const def = sh.definitiefInkomen;
  feiten.push(
    feit(
      'inkomen_definitief',
      { jaar, bedrag: eurosToCents(def.aanvrager) },
      'belastingdienst',
      k.definitiefOp,
      sh.bsnAanvrager,
    ),
  );
  if (def.toeslagpartner !== undefined && sh.bsnPartner) {
    if (!sh.schatting.toeslagpartner) {
      // The tax authority knows a partner the application did not mention (partner facts conflict).
      const geboortedatum = sh.definitievePartner?.geboortedatum ?? sh.schatting.aanvrager.geboortedatum;
      feiten.push(
        feit(
          'persoon',
          { rol: 'toeslagpartner', geboortedatum },
          'belastingdienst',
          k.definitiefOp,
          sh.bsnPartner,
        ),
      );
    }
    feiten.push(
      feit(
        'inkomen_definitief',
        { jaar, bedrag: eurosToCents(def.toeslagpartner) },
        'belastingdienst',
        k.definitiefOp,
        sh.bsnPartner,
      ),
    );
  }
  def.medebewoners.forEach((bedrag, i) => {
    const b = sh.bsnMedebewoners[i];
    if (b)
      feiten.push(
        feit(
          'inkomen_definitief',
          { jaar, bedrag: eurosToCents(bedrag) },
          'belastingdienst',
          k.definitiefOp,
          b,
        ),
      );
  });
  (sh.schatting.kinderopvang ?? []).forEach((o, i) => {
    const uren = sh.opvangUrenAanbieder[i];
    const kind = sh.bsnKinderen[o.kind];
    // A row of zeros means the provider reported nothing: no fact (the rules then see a missing report).
    if (uren && kind && uren.some((u) => u > 0)) {
      feiten.push(
        feit('opvanguren_aanbieder', { jaar, soort: o.soort, uren }, 'aanbieder', k.aanbiederOp, kind),
      );
    }
  });
  if (sh.vorigJaarInkomen !== undefined) {
    feiten.push(
      feit(
        'vorig_inkomen',
        { jaar: jaar - 1, bedrag: eurosToCents(sh.vorigJaarInkomen) },
        'belastingdienst',
        k.aanvraagOp,
      ),
    );
  }
  return { id: sh.index + 1, bsnAanvrager: sh.bsnAanvrager, feiten };
}
