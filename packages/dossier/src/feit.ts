/**
 * @module
 * A fact in the dossier (C2): what is known about a household, for which civil period, from which
 * source, recorded when, and superseded when. Facts use the vocabulary of the household input
 * (docs/invoer.md). A fact that is absent takes the input's default (insured, lawful residence,
 * meets the work condition).
 */
import type { Eurocent } from '@regelmaat/kernel';

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

/**
 * The shape of `waarde` per soort. Money in eurocents (since migration 025; the input format's
 * euros are converted once, in `feitenUitAanvraag` and the services that record changes), hours
 * as hours, dates YYYY-MM-DD.
 */
export interface FeitWaarden {
  persoon: { rol: Rol; geboortedatum: string; kinderbijslag?: boolean; thuiswonend?: boolean };
  inkomen_schatting: { jaar: number; bedrag: Eurocent };
  inkomen_definitief: { jaar: number; bedrag: Eurocent };
  vermogen: { jaar: number; bedrag: Eurocent };
  zorgverzekering: { status: 'verzekerd' | 'verdragsgerechtigd' | 'geen'; woonland: string };
  verblijf: { rechtmatig: boolean };
  arbeid: { arbeidseis: boolean };
  adres: { woonplaats: string };
  huur: { kaleHuur: Eurocent; servicekosten: Eurocent; zelfstandig: boolean };
  kinderopvang: {
    soort: 'dagopvang' | 'buitenschoolse-opvang' | 'gastouderopvang';
    urenPerMaand: number;
    uurprijs: Eurocent;
    geregistreerd: boolean;
  };
  /** A childcare provider's report (Awir art. 38 lid 4/5): hours per month, average hourly rate, contract end. */
  opvanguren_aanbieder: {
    jaar: number;
    soort: string;
    uren: number[];
    /** Eurocents. */
    uurprijs?: Eurocent;
    einddatum?: string;
  };
  vorig_inkomen: { jaar: number; bedrag: Eurocent };
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
