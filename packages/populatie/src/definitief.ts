/**
 * @module
 * The household as the definitive run sees it: the estimate with the final incomes of the tax
 * authority and the childcare hours the provider reported.
 *
 * - Incomes of applicant, toeslagpartner and medebewoners are replaced by `definitiefInkomen`.
 * - A partner who is only in the final data (PARTNER_CONFLICT) is added for the whole year with the
 *   birth date in `definitievePartner` (the applicant's when absent) and no assets.
 * - A childcare contract is split into periods of months with the hours the provider reported; a
 *   month the provider reports 0 hours for has no care. A contract without any report (a row of
 *   zeros: ONTBREKENDE_GEGEVENS) keeps the parent's hours: missing data is a case for a person, not
 *   a reason to pay nothing.
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import { eersteVan, overlapMaanden } from './datum';
import type { SynthetischHuishouden } from './huishouden';

type Opvang = NonNullable<HuishoudenInvoer['kinderopvang']>[number];

function jaarVan(h: SynthetischHuishouden): number {
  return h.schatting.berekeningsjaar;
}

/** The contract as the provider reported it: periods of consecutive months with equal hours. */
function volgensAanbieder(jaar: number, o: Opvang, rij: readonly number[] | undefined): Opvang[] {
  if (rij === undefined || rij.every((u) => u === 0)) return [o];
  const maanden = overlapMaanden(jaar, o.vanaf, o.tot);
  const uit: Opvang[] = [];
  let m = 0;
  while (m < 12) {
    const uren = rij[m] ?? 0;
    if (!maanden[m] || uren === 0) {
      m++;
      continue;
    }
    let eind = m + 1;
    while (eind < 12 && maanden[eind] && rij[eind] === uren) eind++;
    const { vanaf, tot, ...rest } = o;
    const deel: Opvang = { ...rest, urenPerMaand: uren };
    // The contract's own dates stay where they fall inside this period (a start or end mid-month).
    const van = m === 0 ? vanaf : maxDatum(eersteVan(jaar, m + 1), vanaf);
    const totDatum = eind === 12 ? tot : minDatum(eersteVan(jaar, eind + 1), tot);
    if (van !== undefined) deel.vanaf = van;
    if (totDatum !== undefined) deel.tot = totDatum;
    uit.push(deel);
    m = eind;
  }
  return uit;
}

function maxDatum(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

function minDatum(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

/** The input of the definitive run for household `h`. */
export function definitieveInvoer(h: SynthetischHuishouden): HuishoudenInvoer {
  const s = h.schatting;
  const jaar = jaarVan(h);
  const d = h.definitiefInkomen;
  const uit: HuishoudenInvoer = {
    ...s,
    aanvrager: { ...s.aanvrager, toetsingsinkomen: d.aanvrager },
    medebewoners: (s.medebewoners ?? []).map((m, i) => ({
      ...m,
      toetsingsinkomen: d.medebewoners[i] ?? m.toetsingsinkomen,
    })),
    kinderopvang: (s.kinderopvang ?? []).flatMap((o, i) =>
      volgensAanbieder(jaar, o, h.opvangUrenAanbieder[i]),
    ),
  };
  if (s.toeslagpartner) {
    uit.toeslagpartner = {
      ...s.toeslagpartner,
      toetsingsinkomen: d.toeslagpartner ?? s.toeslagpartner.toetsingsinkomen,
    };
  } else if (d.toeslagpartner !== undefined) {
    uit.toeslagpartner = {
      geboortedatum: h.definitievePartner?.geboortedatum ?? s.aanvrager.geboortedatum,
      toetsingsinkomen: d.toeslagpartner,
      vermogen: 0,
    };
  }
  return uit;
}
