/**
 * @module
 * One household outside the batch runs: read its dossier (with fact ids, for superseding), record
 * new facts, and issue a new advance decision version — what a citizen's reported change and a
 * maatwerk decision need. Payments already made stay as they were: the new year amount minus what
 * was paid is spread over the remaining months of the year (Awir art. 16 lid 1: the advance is set
 * again when the expected amount changes; what remains is settled in the definitive calculation).
 */
import type { Sql } from '@regelmaat/db';
import { type DossierHuishouden, type Feit, huishoudenUitFeiten, snapshotHash } from '@regelmaat/dossier';
import { ISO } from '@regelmaat/dossier-opslag';
import {
  BatchRekenaar,
  ENGINE_VERSIE,
  normaliseer,
  parseHuishouden,
  REGELINGEN,
  type RegelingId,
  WAARDEN_PER_HUISHOUDEN,
  type Wetgeving,
} from '@regelmaat/law';
import type { Vereffening } from './vereffening';

/** A fact as stored, with its row id (needed to supersede it). */
export type DossierFeit = Feit & { id: number };

/**
 * The household a person (applicant, partner, child or co-resident) belongs to, by BSN: their one
 * row in `huishouden_lid` (migration 014; the primary key allows one household per person). Facts a
 * citizen declares about someone else never make that person a member, so this lookup cannot be
 * redirected by a claim.
 */
export async function zoekHuishouden(sql: Sql, bsn: string): Promise<number | undefined> {
  const r = await sql.query<{ id: string }>(
    'SELECT huishouden_id AS id FROM huishouden_lid WHERE persoon_bsn = $1',
    [bsn],
  );
  return r.rows[0] ? Number(r.rows[0].id) : undefined;
}

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

/**
 * A fact would be recorded after the moment it is written, or a fact recorded after that moment
 * would be superseded (issue 10, item 13). Nothing is ever recorded in the future: the services
 * turn this into a plain refusal (409), never a failing database CHECK (a 500).
 */
export class FeitNaSchrijfmoment extends Error {
  override readonly name = 'FeitNaSchrijfmoment';
}

/**
 * Records new facts and marks superseded ones (`vervallen_op`), in the caller's transaction. Facts
 * are never updated otherwise and never deleted: the dossier as known before stays reproducible.
 * `op` is the writing moment: a new fact recorded after it, or a superseded fact recorded after it,
 * is refused with `FeitNaSchrijfmoment` before anything is written.
 */
export async function wijzigFeiten(
  sql: Sql,
  huishoudenId: number,
  nieuw: readonly Feit[],
  vervallen: readonly number[],
  op: string,
): Promise<void> {
  const moment = Date.parse(op);
  if (Number.isNaN(moment)) throw new RangeError(`geen tijdstip: ${op}`);
  if (nieuw.some((f) => !(Date.parse(f.geregistreerdOp) <= moment)))
    throw new FeitNaSchrijfmoment(`een nieuw feit is geregistreerd na het moment van schrijven (${op})`);
  if (vervallen.length > 0) {
    const later = await sql.query(
      'SELECT 1 FROM feit WHERE huishouden_id = $1 AND id = ANY($2::bigint[]) AND geregistreerd_op > $3 LIMIT 1',
      [huishoudenId, vervallen, op],
    );
    if (later.rows.length > 0)
      throw new FeitNaSchrijfmoment(
        `een te vervangen feit is geregistreerd na het moment van schrijven (${op})`,
      );
  }
  if (vervallen.length > 0) {
    const r = await sql.query(
      'UPDATE feit SET vervallen_op = $3 WHERE huishouden_id = $1 AND id = ANY($2::bigint[]) AND vervallen_op IS NULL',
      [huishoudenId, vervallen, op],
    );
    if (r.affectedRows !== vervallen.length)
      throw new Error('een te vervangen feit is al vervallen of bestaat niet');
  }
  for (const f of nieuw) {
    await sql.query(
      `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf, geldig_tot, bron, geregistreerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        huishoudenId,
        f.soort,
        f.persoonBsn ?? null,
        JSON.stringify(f.waarde),
        f.geldigVanaf ?? null,
        f.geldigTot ?? null,
        f.bron,
        f.geregistreerdOp,
      ],
    );
  }
}

export interface BeschikkingVersie {
  id: number;
  huishoudenId: number;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  status: string;
  jaarbedrag: number;
  maandbedragen: number[];
  aanleiding: 'run' | 'wijziging' | 'maatwerk';
  vorigeId?: number;
  maatwerkbesluitId?: number;
  toelichting?: string;
  invoerHash: string;
  engineVersie: string;
  parameterVersie: string;
  bekendOp: string;
  aangemaaktOp: string;
}

const BESCHIKKING_KOLOMMEN = `id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, aanleiding, vorige_id,
  maatwerkbesluit_id, toelichting, invoer_hash, engine_versie, parameter_versie, ${ISO('bekend_op')} AS bekend_op,
  ${ISO('aangemaakt_op')} AS aangemaakt_op`;

interface BeschikkingDbRij {
  id: string;
  huishouden_id: string;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  status: string;
  jaarbedrag: number;
  maandbedragen: number[];
  aanleiding: BeschikkingVersie['aanleiding'];
  vorige_id: string | null;
  maatwerkbesluit_id: string | null;
  toelichting: string | null;
  invoer_hash: string;
  engine_versie: string;
  parameter_versie: string;
  bekend_op: string;
  aangemaakt_op: string;
}

function alsVersie(b: BeschikkingDbRij): BeschikkingVersie {
  return {
    id: Number(b.id),
    huishoudenId: Number(b.huishouden_id),
    regeling: b.regeling,
    jaar: b.jaar,
    soort: b.soort,
    status: b.status,
    jaarbedrag: b.jaarbedrag,
    maandbedragen: b.maandbedragen.map(Number),
    aanleiding: b.aanleiding,
    ...(b.vorige_id ? { vorigeId: Number(b.vorige_id) } : {}),
    ...(b.maatwerkbesluit_id ? { maatwerkbesluitId: Number(b.maatwerkbesluit_id) } : {}),
    ...(b.toelichting ? { toelichting: b.toelichting } : {}),
    invoerHash: b.invoer_hash,
    engineVersie: b.engine_versie,
    parameterVersie: b.parameter_versie,
    bekendOp: b.bekend_op,
    aangemaaktOp: b.aangemaakt_op,
  };
}

/** Every decision of a household (all versions), newest first. */
export async function beschikkingenVan(sql: Sql, huishoudenId: number): Promise<BeschikkingVersie[]> {
  const r = await sql.query<BeschikkingDbRij>(
    `SELECT ${BESCHIKKING_KOLOMMEN} FROM beschikking WHERE huishouden_id = $1 ORDER BY id DESC`,
    [huishoudenId],
  );
  return r.rows.map(alsVersie);
}

export async function beschikkingVersie(sql: Sql, id: number): Promise<BeschikkingVersie | undefined> {
  const r = await sql.query<BeschikkingDbRij>(
    `SELECT ${BESCHIKKING_KOLOMMEN} FROM beschikking WHERE id = $1`,
    [id],
  );
  return r.rows[0] ? alsVersie(r.rows[0]) : undefined;
}

/** The newest decision per toeslag of one household, year and kind (the one in force). */
export function geldende(
  lijst: readonly BeschikkingVersie[],
  jaar: number,
  soort: 'voorschot' | 'definitief',
) {
  const uit = new Map<RegelingId, BeschikkingVersie>();
  for (const b of lijst) {
    if (b.jaar !== jaar || b.soort !== soort) continue;
    const nu = uit.get(b.regeling);
    if (!nu || b.id > nu.id) uit.set(b.regeling, b);
  }
  return uit;
}

/** Payments made per toeslag and month (eurocents; null = not paid yet). */
export async function betalingenVan(
  sql: Sql,
  huishoudenId: number,
  jaar: number,
): Promise<Map<RegelingId, (number | null)[]>> {
  const r = await sql.query<{ regeling: RegelingId; maand: number; bedrag: number }>(
    'SELECT regeling, maand, bedrag FROM betaling WHERE huishouden_id = $1 AND jaar = $2',
    [huishoudenId, jaar],
  );
  const uit = new Map<RegelingId, (number | null)[]>();
  for (const b of r.rows) {
    let m = uit.get(b.regeling);
    if (!m) {
      m = new Array<number | null>(12).fill(null);
      uit.set(b.regeling, m);
    }
    m[b.maand - 1] = b.bedrag;
  }
  return uit;
}

/**
 * The new payment schedule: months already paid keep what was paid; the rest of the new year
 * amount is spread evenly over the months not yet paid (whole euros; the last month takes the
 * remainder). Never negative: what was paid too much is settled in the definitive calculation.
 */
export function nieuwSchema(jaarbedrag: number, betaald: readonly (number | null)[]): number[] {
  const betaaldTotaal = betaald.reduce<number>((s, b) => s + (b ?? 0), 0);
  const open = betaald.map((b, i) => (b === null ? i : -1)).filter((i) => i >= 0);
  const rest = Math.max(0, jaarbedrag - betaaldTotaal);
  const perMaand = open.length > 0 ? Math.floor(rest / open.length / 100) * 100 : 0;
  return betaald.map((b, i) => {
    if (b !== null) return b;
    return i === open.at(-1) ? rest - perMaand * (open.length - 1) : perMaand;
  });
}

export interface Herberekening {
  dossier: DossierHuishouden;
  /** Year amount per toeslag (eurocents; -1: could not be computed). */
  jaarbedragen: Map<RegelingId, number>;
  invoerHash: string;
  problemen: string[];
}

/** Computes the advance of one household from its facts as known at `moment` (batch path: amounts only). */
export function herbereken(
  feiten: readonly Feit[],
  jaar: number,
  moment: string,
  w: Wetgeving,
): Herberekening {
  const dossier = huishoudenUitFeiten(feiten, jaar, moment, 'schatting');
  const parsed = parseHuishouden(dossier.invoer);
  const jaarbedragen = new Map<RegelingId, number>();
  if (!parsed.ok) {
    return {
      dossier,
      jaarbedragen,
      invoerHash: snapshotHash(dossier.invoer),
      problemen: parsed.problems.map((p) => `${p.path}: ${p.message}`),
    };
  }
  const uit = new Int32Array(WAARDEN_PER_HUISHOUDEN);
  new BatchRekenaar(w).bereken(normaliseer(parsed.huishouden), uit, 0);
  REGELINGEN.forEach((r, i) => {
    jaarbedragen.set(r.id, uit[i * 13]!);
  });
  return { dossier, jaarbedragen, invoerHash: snapshotHash(dossier.invoer), problemen: [] };
}

export interface NieuweVersie {
  huishoudenId: number;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  jaarbedrag: number;
  maandbedragen: readonly number[];
  aanleiding: 'wijziging' | 'maatwerk';
  vorigeId?: number;
  maatwerkbesluitId?: number;
  toelichting?: string;
  invoerHash: string;
  parameterVersie: string;
  bekendOp: string;
  /** The settlement of a definitive version against the advances (its `definitief` is `jaarbedrag`). */
  vereffening?: Vereffening;
}

/** Writes a new decision version (outside a run), a definitive one with its settlement; returns its id. */
export async function schrijfBeschikkingVersie(sql: Sql, v: NieuweVersie): Promise<number> {
  const r = await sql.query<{ id: string }>(
    `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                              engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, vorige_id,
                              maatwerkbesluit_id, toelichting, vereffening_voorschot_totaal, vereffening_verschil,
                              vereffening_uitkomst, vereffening_te_betalen, vereffening_terug_te_vorderen)
     VALUES (NULL, $1, $2, $3, $4, 'vastgesteld', $5, $6::int[], $7, $8, $9, $10, $11, $12, $13, $14,
             $15, $16, $17, $18, $19)
     RETURNING id`,
    [
      v.huishoudenId,
      v.regeling,
      v.jaar,
      v.soort,
      v.jaarbedrag,
      `{${v.maandbedragen.join(',')}}`,
      ENGINE_VERSIE,
      v.parameterVersie,
      v.invoerHash,
      v.bekendOp,
      v.aanleiding,
      v.vorigeId ?? null,
      v.maatwerkbesluitId ?? null,
      v.toelichting ?? null,
      v.vereffening?.voorschotTotaal ?? null,
      v.vereffening?.verschil ?? null,
      v.vereffening?.uitkomst ?? null,
      v.vereffening?.teBetalen ?? null,
      v.vereffening?.terugTeVorderen ?? null,
    ],
  );
  return Number(r.rows[0]!.id);
}
