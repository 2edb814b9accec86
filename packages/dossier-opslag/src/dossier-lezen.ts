/**
 * @module
 * One household's dossier with the row ids of its facts (needed to supersede them): by household
 * id, or by a member's BSN in one query.
 */
import { ISO, type Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';

/** A fact as stored, with its row id (needed to supersede it). */
export type DossierFeit = Feit & { id: number };

const FEIT_KOLOMMEN_MET_ID = `f.id, f.huishouden_id, f.soort, f.persoon_bsn, f.waarde, f.geldig_vanaf::text AS geldig_vanaf,
  f.geldig_tot::text AS geldig_tot, f.bron, ${ISO('f.geregistreerd_op')} AS geregistreerd_op,
  CASE WHEN f.vervallen_op IS NULL THEN NULL ELSE ${ISO('f.vervallen_op')} END AS vervallen_op`;

interface FeitRijMetId {
  id: string;
  huishouden_id: string;
  soort: Feit['soort'];
  persoon_bsn: string | null;
  waarde: unknown;
  geldig_vanaf: string | null;
  geldig_tot: string | null;
  bron: Feit['bron'];
  geregistreerd_op: string;
  vervallen_op: string | null;
}

function alsDossierFeit(f: FeitRijMetId): DossierFeit {
  return {
    id: Number(f.id),
    soort: f.soort,
    waarde: typeof f.waarde === 'string' ? JSON.parse(f.waarde) : f.waarde,
    bron: f.bron,
    geregistreerdOp: f.geregistreerd_op,
    ...(f.persoon_bsn ? { persoonBsn: f.persoon_bsn } : {}),
    ...(f.geldig_vanaf ? { geldigVanaf: f.geldig_vanaf } : {}),
    ...(f.geldig_tot ? { geldigTot: f.geldig_tot } : {}),
    ...(f.vervallen_op ? { vervallenOp: f.vervallen_op } : {}),
  } as DossierFeit;
}

/** Every fact of one household, superseded ones included, oldest first. */
export async function leesDossierFeiten(sql: Sql, huishoudenId: number): Promise<DossierFeit[]> {
  const r = await sql.query<FeitRijMetId>(
    `SELECT ${FEIT_KOLOMMEN_MET_ID} FROM feit f WHERE f.huishouden_id = $1 ORDER BY f.id`,
    [huishoudenId],
  );
  return r.rows.map(alsDossierFeit);
}

/** Every fact of each of these households (one query), superseded ones included, oldest first. */
export async function leesDossierFeitenVan(
  sql: Sql,
  huishoudenIds: readonly number[],
): Promise<Map<number, DossierFeit[]>> {
  const uit = new Map<number, DossierFeit[]>();
  const ids = [...new Set(huishoudenIds)];
  for (const id of ids) uit.set(id, []);
  if (ids.length === 0) return uit;
  const r = await sql.query<FeitRijMetId>(
    `SELECT ${FEIT_KOLOMMEN_MET_ID} FROM feit f WHERE f.huishouden_id = ANY($1::bigint[]) ORDER BY f.id`,
    [ids.map(String)],
  );
  for (const x of r.rows) uit.get(Number(x.huishouden_id))!.push(alsDossierFeit(x));
  return uit;
}

/**
 * The household of a person (by BSN, through `huishouden_lid` as `zoekHuishouden`) with all its
 * facts, in one query (one round trip: the API's most frequent read). Undefined when no household
 * knows this BSN.
 */
export async function leesDossierVanBsn(
  sql: Sql,
  bsn: string,
): Promise<{ huishoudenId: number; feiten: DossierFeit[] } | undefined> {
  const r = await sql.query<FeitRijMetId>(
    `SELECT ${FEIT_KOLOMMEN_MET_ID}
       FROM huishouden_lid l
       JOIN feit f ON f.huishouden_id = l.huishouden_id
      WHERE l.persoon_bsn = $1
      ORDER BY f.id`,
    [bsn],
  );
  if (r.rows.length === 0) return undefined;
  return { huishoudenId: Number(r.rows[0]!.huishouden_id), feiten: r.rows.map(alsDossierFeit) };
}
