/**
 * @module
 * A fact in the dossier (C2): what is known about a household, for which civil period, from which
 * source, recorded when, and superseded when. Facts use the vocabulary of the household input
 * (docs/invoer.md). A fact that is absent takes the input's default (insured, lawful residence,
 * meets the work condition).
 */

export type FeitSoort =
  | 'persoon'
  | 'inkomen_schatting'
  | 'inkomen_definitief'
  | 'vermogen'
  | 'zorgverzekering'
  | 'verblijf'
  | 'arbeid'
  | 'adres'
  | 'huur'
  | 'kinderopvang'
  | 'opvanguren_aanbieder'
  | 'vorig_inkomen';

export type Bron =
  | 'burger'
  | 'brp'
  | 'belastingdienst'
  | 'aanbieder'
  | 'verhuurder'
  | 'zorgverzekeraar'
  | 'behandelaar';

export type Rol = 'aanvrager' | 'toeslagpartner' | 'kind' | 'medebewoner';

/** The shape of `waarde` per soort. Money in euros (as in the input), dates YYYY-MM-DD. */
export interface FeitWaarden {
  persoon: { rol: Rol; geboortedatum: string; kinderbijslag?: boolean; thuiswonend?: boolean };
  inkomen_schatting: { jaar: number; bedrag: number };
  inkomen_definitief: { jaar: number; bedrag: number };
  vermogen: { jaar: number; bedrag: number };
  zorgverzekering: { status: 'verzekerd' | 'verdragsgerechtigd' | 'geen'; woonland: string };
  verblijf: { rechtmatig: boolean };
  arbeid: { arbeidseis: boolean };
  adres: { woonplaats: string };
  huur: { kaleHuur: number; servicekosten: number; zelfstandig: boolean };
  kinderopvang: {
    soort: 'dagopvang' | 'buitenschoolse-opvang' | 'gastouderopvang';
    urenPerMaand: number;
    uurprijs: number;
    geregistreerd: boolean;
  };
  /** A childcare provider's report (Awir art. 38 lid 4/5): hours per month, average hourly rate, contract end. */
  opvanguren_aanbieder: {
    jaar: number;
    soort: string;
    uren: number[];
    uurprijs?: number;
    einddatum?: string;
  };
  vorig_inkomen: { jaar: number; bedrag: number };
}

export interface Feit<S extends FeitSoort = FeitSoort> {
  soort: S;
  /** The person the fact is about (BSN), if any. */
  persoonBsn?: string;
  waarde: FeitWaarden[S];
  /** First day it applies; absent: before the year. */
  geldigVanaf?: string;
  /** First day it no longer applies; absent: still applies. */
  geldigTot?: string;
  bron: Bron;
  /** When it was recorded (ISO timestamp). */
  geregistreerdOp: string;
  /** When it stopped being the known truth (superseded or withdrawn). */
  vervallenOp?: string;
}

/** Facts as they were known at `moment` (ISO timestamp). */
export function bekendOp(feiten: readonly Feit[], moment: string): Feit[] {
  const t = Date.parse(moment);
  return feiten.filter(
    (f) =>
      Date.parse(f.geregistreerdOp) <= t && (f.vervallenOp === undefined || Date.parse(f.vervallenOp) > t),
  );
}
