/**
 * @module
 * Reading the ledger (grootboek): a household's recoveries with their balance (the sum of their
 * entries, computed by the query), the entries of a recovery in the order they were recorded, and
 * the back-payments paid.
 */
import { ISO, type Sql } from '@regelmaat/db';

export type BoekingSoort = 'vordering' | 'betaling' | 'verrekening' | 'vermindering' | 'rente';

export interface Vordering {
  id: number;
  beschikkingId: number;
  huishoudenId: number;
  regeling: string;
  jaar: number;
  /** The recovery as set by the decision (eurocents). */
  bedrag: number;
  dagtekening: string;
  betalenUiterlijk: string;
  ontstaanOp: string;
  /** What is still owed: the sum of the ledger entries (eurocents). */
  saldo: number;
}

export interface Boeking {
  id: number;
  vorderingId: number;
  soort: BoekingSoort;
  /** + owed more, − owed less (eurocents). */
  bedrag: number;
  datum: string;
  geboektOp: string;
  omschrijving: string | null;
}

export interface Nabetaling {
  beschikkingId: number;
  regeling: string;
  jaar: number;
  bedrag: number;
  betaaldOp: string;
}

const VORDERING = `v.id, v.beschikking_id, v.huishouden_id, v.regeling, v.jaar, v.bedrag,
  to_char(v.dagtekening, 'YYYY-MM-DD') AS dagtekening, to_char(v.betalen_uiterlijk, 'YYYY-MM-DD') AS betalen_uiterlijk,
  ${ISO('v.ontstaan_op')} AS ontstaan_op,
  (SELECT coalesce(sum(b.bedrag), 0) FROM boeking b WHERE b.vordering_id = v.id)::integer AS saldo`;

interface VorderingRij {
  id: string;
  beschikking_id: string;
  huishouden_id: string;
  regeling: string;
  jaar: number;
  bedrag: number;
  dagtekening: string;
  betalen_uiterlijk: string;
  ontstaan_op: string;
  saldo: number;
}

const alsVordering = (r: VorderingRij): Vordering => ({
  id: Number(r.id),
  beschikkingId: Number(r.beschikking_id),
  huishoudenId: Number(r.huishouden_id),
  regeling: r.regeling,
  jaar: r.jaar,
  bedrag: r.bedrag,
  dagtekening: r.dagtekening,
  betalenUiterlijk: r.betalen_uiterlijk,
  ontstaanOp: r.ontstaan_op,
  saldo: Number(r.saldo),
});

/** A household's recoveries, oldest first, each with its balance. */
export async function vorderingenVan(sql: Sql, huishoudenId: number): Promise<Vordering[]> {
  const r = await sql.query<VorderingRij>(
    `SELECT ${VORDERING} FROM vordering v WHERE v.huishouden_id = $1 ORDER BY v.id`,
    [huishoudenId],
  );
  return r.rows.map(alsVordering);
}

/** One recovery with its balance, or undefined. */
export async function vordering(sql: Sql, id: number): Promise<Vordering | undefined> {
  const r = await sql.query<VorderingRij>(`SELECT ${VORDERING} FROM vordering v WHERE v.id = $1`, [id]);
  return r.rows[0] ? alsVordering(r.rows[0]) : undefined;
}

/** The entries of a recovery in the order they were recorded. */
export async function boekingenVan(sql: Sql, vorderingId: number): Promise<Boeking[]> {
  const r = await sql.query<{
    id: string;
    vordering_id: string;
    soort: BoekingSoort;
    bedrag: number;
    datum: string;
    geboekt_op: string;
    omschrijving: string | null;
  }>(
    `SELECT id, vordering_id, soort, bedrag, to_char(datum, 'YYYY-MM-DD') AS datum,
            ${ISO('geboekt_op')} AS geboekt_op, omschrijving
       FROM boeking WHERE vordering_id = $1 ORDER BY id`,
    [vorderingId],
  );
  return r.rows.map((b) => ({
    id: Number(b.id),
    vorderingId: Number(b.vordering_id),
    soort: b.soort,
    bedrag: b.bedrag,
    datum: b.datum,
    geboektOp: b.geboekt_op,
    omschrijving: b.omschrijving,
  }));
}

/** The back-payments paid to a household, oldest first. */
export async function nabetalingenVan(sql: Sql, huishoudenId: number): Promise<Nabetaling[]> {
  const r = await sql.query<{
    beschikking_id: string;
    regeling: string;
    jaar: number;
    bedrag: number;
    betaald_op: string;
  }>(
    `SELECT beschikking_id, regeling, jaar, bedrag, to_char(betaald_op, 'YYYY-MM-DD') AS betaald_op
       FROM nabetaling WHERE huishouden_id = $1 ORDER BY beschikking_id`,
    [huishoudenId],
  );
  return r.rows.map((n) => ({
    beschikkingId: Number(n.beschikking_id),
    regeling: n.regeling,
    jaar: n.jaar,
    bedrag: n.bedrag,
    betaaldOp: n.betaald_op,
  }));
}

/** An offset booked by the monthly run: the toeslag month it was taken from and the recovery it went to. */
export interface VerrekeningBoeking {
  vorderingId: number;
  /** The recovery's toeslag and year. */
  regeling: string;
  jaar: number;
  /** The month of the toeslag it was set off against (YYYY-MM). */
  maand: string;
  /** Eurocents, > 0. */
  bedrag: number;
  datum: string;
}

/** The offsets against a household's toeslag of calendar year `jaar`, oldest first. */
export async function verrekeningenVan(
  sql: Sql,
  huishoudenId: number,
  jaar: number,
): Promise<VerrekeningBoeking[]> {
  const r = await sql.query<{
    vordering_id: string;
    regeling: string;
    jaar: number;
    sleutel: string;
    bedrag: number;
    datum: string;
  }>(
    `SELECT b.vordering_id, v.regeling, v.jaar, b.sleutel, -b.bedrag AS bedrag,
            to_char(b.datum, 'YYYY-MM-DD') AS datum
       FROM boeking b JOIN vordering v ON v.id = b.vordering_id
      WHERE b.huishouden_id = $1 AND b.soort = 'verrekening' AND b.sleutel LIKE $2
      ORDER BY b.datum, b.id`,
    [huishoudenId, `verrekening:%:${jaar}-%`],
  );
  return r.rows.map((x) => ({
    vorderingId: Number(x.vordering_id),
    regeling: x.regeling,
    jaar: x.jaar,
    maand: x.sleutel.slice(x.sleutel.lastIndexOf(':') + 1),
    bedrag: Number(x.bedrag),
    datum: x.datum,
  }));
}
