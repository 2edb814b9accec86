/**
 * @module
 * Reading maatwerk decisions from rows (see migration 007, table maatwerkbesluit).
 */
import type { Sql } from '@regelmaat/db';
import type { BesluitStatus, Huishoudtype, Maatwerkbesluit, Niveau } from './maatwerk-invoer';
import type { Regeling } from './typen';
import { isoKolom } from './zaak-rij';

export const BESLUIT_KOLOMMEN = [
  'b.id',
  'b.zaak_id',
  'b.huishouden_id',
  'b.regeling',
  'b.jaar',
  'b.standaard_bedrag',
  'b.standaard_omschrijving',
  'b.afwijking_bedrag',
  'b.afwijking_van::text AS afwijking_van',
  'b.afwijking_tot::text AS afwijking_tot',
  'b.regeling_termijnen',
  'b.regeling_per_termijn',
  'b.grondslag',
  'b.afweging',
  'b.perspectieven',
  'b.vraag_rechtvaardig',
  'b.vraag_samen',
  'b.vraag_aanspreekbaar',
  'b.niveau',
  'b.huishoudtype',
  'b.redenen',
  'b.precedenten',
  'b.status',
  'b.auteur',
  isoKolom('b.aangemaakt_op', 'aangemaakt_op'),
  'b.beoordelaar',
  isoKolom('b.beoordeeld_op', 'beoordeeld_op'),
  'b.beoordeling_toelichting',
  'b.beschikking_id',
  isoKolom('b.van_kracht_op', 'van_kracht_op'),
].join(', ');

export interface BesluitRij {
  id: string | number;
  zaak_id: string | number;
  huishouden_id: string | number;
  regeling: string;
  jaar: number;
  standaard_bedrag: number;
  standaard_omschrijving: string;
  afwijking_bedrag: number;
  afwijking_van: string | null;
  afwijking_tot: string | null;
  regeling_termijnen: number | null;
  regeling_per_termijn: number | null;
  grondslag: string;
  afweging: string;
  perspectieven: { juridisch: string; financieel: string; sociaal: string } | null;
  vraag_rechtvaardig: string;
  vraag_samen: string;
  vraag_aanspreekbaar: string;
  niveau: string;
  huishoudtype: string;
  redenen: string[];
  precedenten: (string | number)[];
  status: string;
  auteur: string;
  aangemaakt_op: string;
  beoordelaar: string | null;
  beoordeeld_op: string | null;
  beoordeling_toelichting: string | null;
  beschikking_id: string | number | null;
  van_kracht_op: string | null;
}

export function naarBesluit(r: BesluitRij): Maatwerkbesluit {
  const b: Maatwerkbesluit = {
    id: Number(r.id),
    zaakId: Number(r.zaak_id),
    huishoudenId: Number(r.huishouden_id),
    regeling: r.regeling as Regeling,
    jaar: r.jaar,
    standaardUitkomst: { bedrag: r.standaard_bedrag, omschrijving: r.standaard_omschrijving },
    afwijking: { bedrag: r.afwijking_bedrag },
    verschil: r.afwijking_bedrag - r.standaard_bedrag,
    grondslag: r.grondslag,
    afweging: r.afweging,
    vragen: {
      rechtvaardig: r.vraag_rechtvaardig,
      samen: r.vraag_samen,
      aanspreekbaar: r.vraag_aanspreekbaar,
    },
    niveau: r.niveau as Niveau,
    huishoudtype: r.huishoudtype as Huishoudtype,
    redenen: r.redenen,
    precedenten: r.precedenten.map(Number),
    status: r.status as BesluitStatus,
    auteur: r.auteur,
    aangemaaktOp: r.aangemaakt_op,
    beoordelaar: r.beoordelaar,
    beoordeeldOp: r.beoordeeld_op,
    beoordelingToelichting: r.beoordeling_toelichting,
    beschikkingId: r.beschikking_id === null ? null : Number(r.beschikking_id),
    vanKrachtOp: r.van_kracht_op,
  };
  if (r.afwijking_van !== null && r.afwijking_tot !== null)
    b.afwijking.periode = { van: r.afwijking_van, tot: r.afwijking_tot };
  if (r.regeling_termijnen !== null && r.regeling_per_termijn !== null)
    b.afwijking.betalingsregeling = {
      termijnen: r.regeling_termijnen,
      bedragPerTermijn: r.regeling_per_termijn,
    };
  if (r.perspectieven !== null) b.perspectieven = r.perspectieven;
  return b;
}

export async function maatwerkbesluit(sql: Sql, id: number): Promise<Maatwerkbesluit | undefined> {
  const r = await sql.query<BesluitRij>(`SELECT ${BESLUIT_KOLOMMEN} FROM maatwerkbesluit b WHERE b.id = $1`, [
    id,
  ]);
  return r.rows[0] ? naarBesluit(r.rows[0]) : undefined;
}

/** The case's maatwerk decisions, oldest first. */
export async function maatwerkbesluitenVanZaak(sql: Sql, zaakId: number): Promise<Maatwerkbesluit[]> {
  const r = await sql.query<BesluitRij>(
    `SELECT ${BESLUIT_KOLOMMEN} FROM maatwerkbesluit b WHERE b.zaak_id = $1 ORDER BY b.id`,
    [zaakId],
  );
  return r.rows.map(naarBesluit);
}
