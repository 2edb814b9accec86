/**
 * @module
 * Reading objections: one by id or by case, a household's, and the objection that contests a
 * decision. Dates as text, timestamps as ISO strings in UTC (the same on PGlite and PostgreSQL).
 */
import type { Sql } from '@regelmaat/db';
import { isoKolom } from '../zaak-rij';
import type { Bezwaar } from './bezwaar-typen';

const DATUMS = [
  'briefdatum',
  'ontvangen_op',
  'gepost_op',
  'laatste_dag_bezwaartermijn',
  'hersteltermijn',
  'gronden_ontvangen_op',
  'beslistermijn',
  'hoorzitting_op',
  'ingebrekestelling_op',
];
const TIJDSTIPPEN = [
  'verdaagd_op',
  'voorgesteld_op',
  'beoordeeld_op',
  'beslist_op',
  'ingetrokken_op',
  'aangemaakt_op',
];
const OVERIG = [
  'id',
  'zaak_id',
  'huishouden_id',
  'kanaal',
  'tijdig',
  'verschoonbaar',
  'verschoonbaar_toelichting',
  'gronden',
  'contact',
  'adviescommissie',
  'verdaging_reden',
  'fase',
  'gebeld_contact_id',
  'hoorzitting',
  'hoorzitting_overslaan_grond',
  'hoorzitting_toelichting',
  'beslissing',
  'motivering',
  'nieuwe_regeling',
  'nieuw_jaarbedrag',
  'bedrag_verschil',
  'auteur',
  'beoordelaar',
  'afgewezen_toelichting',
  'nieuwe_beschikking_id',
  'versie',
];

export const BEZWAAR_KOLOMMEN = [
  ...OVERIG.map((k) => `b.${k}`),
  ...DATUMS.map((k) => `b.${k}::text AS ${k}`),
  ...TIJDSTIPPEN.map((k) => isoKolom(`b.${k}`, k)),
  '(SELECT coalesce(array_agg(bb.beschikking_id ORDER BY bb.beschikking_id), ARRAY[]::bigint[]) FROM bezwaar_beschikking bb WHERE bb.bezwaar_id = b.id) AS beschikking_ids',
].join(', ');

type Rij = Record<string, unknown>;

const getal = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const tekst = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function naarBezwaar(r: Rij): Bezwaar {
  return {
    id: Number(r.id),
    zaakId: Number(r.zaak_id),
    huishoudenId: Number(r.huishouden_id),
    beschikkingIds: (r.beschikking_ids as unknown[]).map(Number),
    briefdatum: String(r.briefdatum),
    kanaal: r.kanaal as Bezwaar['kanaal'],
    ontvangenOp: String(r.ontvangen_op),
    gepostOp: tekst(r.gepost_op),
    laatsteDagBezwaartermijn: String(r.laatste_dag_bezwaartermijn),
    tijdig: Boolean(r.tijdig),
    verschoonbaar: r.verschoonbaar === null ? null : Boolean(r.verschoonbaar),
    verschoonbaarToelichting: tekst(r.verschoonbaar_toelichting),
    gronden: tekst(r.gronden),
    hersteltermijn: tekst(r.hersteltermijn),
    grondenOntvangenOp: tekst(r.gronden_ontvangen_op),
    contact: (r.contact ?? {}) as Bezwaar['contact'],
    adviescommissie: Boolean(r.adviescommissie),
    beslistermijn: String(r.beslistermijn),
    verdaagdOp: tekst(r.verdaagd_op),
    verdagingReden: tekst(r.verdaging_reden),
    fase: r.fase as Bezwaar['fase'],
    gebeldContactId: getal(r.gebeld_contact_id),
    hoorzitting: r.hoorzitting as Bezwaar['hoorzitting'],
    hoorzittingOp: tekst(r.hoorzitting_op),
    hoorzittingOverslaanGrond: r.hoorzitting_overslaan_grond as Bezwaar['hoorzittingOverslaanGrond'],
    hoorzittingToelichting: tekst(r.hoorzitting_toelichting),
    beslissing: r.beslissing as Bezwaar['beslissing'],
    motivering: tekst(r.motivering),
    nieuweRegeling: tekst(r.nieuwe_regeling),
    nieuwJaarbedrag: getal(r.nieuw_jaarbedrag),
    bedragVerschil: getal(r.bedrag_verschil),
    auteur: tekst(r.auteur),
    voorgesteldOp: tekst(r.voorgesteld_op),
    beoordelaar: tekst(r.beoordelaar),
    beoordeeldOp: tekst(r.beoordeeld_op),
    afgewezenToelichting: tekst(r.afgewezen_toelichting),
    beslistOp: tekst(r.beslist_op),
    nieuweBeschikkingId: getal(r.nieuwe_beschikking_id),
    ingebrekestellingOp: tekst(r.ingebrekestelling_op),
    ingetrokkenOp: tekst(r.ingetrokken_op),
    aangemaaktOp: String(r.aangemaakt_op),
    versie: Number(r.versie),
  };
}

export async function bezwaar(sql: Sql, id: number): Promise<Bezwaar | undefined> {
  const r = await sql.query<Rij>(`SELECT ${BEZWAAR_KOLOMMEN} FROM bezwaar b WHERE b.id = $1`, [id]);
  return r.rows[0] ? naarBezwaar(r.rows[0]) : undefined;
}

export async function bezwaarVanZaak(sql: Sql, zaakId: number): Promise<Bezwaar | undefined> {
  const r = await sql.query<Rij>(`SELECT ${BEZWAAR_KOLOMMEN} FROM bezwaar b WHERE b.zaak_id = $1`, [zaakId]);
  return r.rows[0] ? naarBezwaar(r.rows[0]) : undefined;
}

/** A household's objections, newest first. */
export async function bezwarenVan(sql: Sql, huishoudenId: number): Promise<Bezwaar[]> {
  const r = await sql.query<Rij>(
    `SELECT ${BEZWAAR_KOLOMMEN} FROM bezwaar b WHERE b.huishouden_id = $1 ORDER BY b.id DESC`,
    [huishoudenId],
  );
  return r.rows.map(naarBezwaar);
}

/** The open (not withdrawn, not decided) objection that contests any of these decisions, if one. */
export async function openBezwaarTegen(
  sql: Sql,
  beschikkingIds: readonly number[],
): Promise<Bezwaar | undefined> {
  const r = await sql.query<Rij>(
    `SELECT ${BEZWAAR_KOLOMMEN} FROM bezwaar b
      WHERE b.fase NOT IN ('beslist', 'ingetrokken')
        AND EXISTS (SELECT 1 FROM bezwaar_beschikking bb WHERE bb.bezwaar_id = b.id AND bb.beschikking_id = ANY($1::bigint[]))
      ORDER BY b.id LIMIT 1`,
    [beschikkingIds],
  );
  return r.rows[0] ? naarBezwaar(r.rows[0]) : undefined;
}
