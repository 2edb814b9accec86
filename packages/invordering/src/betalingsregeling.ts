/**
 * @module
 * Agreeing and reading payment plans (table `betalingsregeling`, migration 028). One plan per
 * recovery, append-only: the agreement as made. The balance at the moment of agreeing comes from
 * the ledger in the same transaction, under the recovery's row lock, so the schedule always adds up
 * to what was owed then. Whether a plan is kept is a query over the payments booked since.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Onverwerkbaar } from '@regelmaat/kernel';
import { vordering } from './grootboek';
import {
  betalingscapaciteit,
  type Draagkracht,
  persoonlijkeRegeling,
  plusMaanden,
  type RegelingSoort,
  type Regelingsvoorstel,
  standaardRegeling,
} from './regeling';

export interface Betalingsregeling {
  id: number;
  vorderingId: number;
  soort: RegelingSoort;
  schuld: number;
  maandbedrag: number;
  termijnen: number;
  /** First day of the month of the first term (YYYY-MM-DD). */
  eersteTermijn: string;
  rest: number;
  draagkracht: Draagkracht | null;
  aangegaanOp: string;
  aangegaanDoor: string;
  /** Paid (payments and offsets) since the plan was agreed (eurocents). */
  betaaldSinds: number;
  /** When the plan lapsed (migration 042; the whole balance is due since), or null while it runs. */
  vervallenOp: string | null;
}

/** The month after the one `op` falls in (YYYY-MM): the first term of a plan agreed at `op`. */
export const eersteMaandNa = (op: string) => plusMaanden(op.slice(0, 7), 1);

/** The plan for a recovery with `saldo` open, as it would be agreed at `op` (no writing). */
export function voorstel(
  soort: RegelingSoort,
  saldo: number,
  op: string,
  draagkracht?: Draagkracht,
): Regelingsvoorstel | undefined {
  const eerste = eersteMaandNa(op);
  if (soort === 'standaard') return standaardRegeling(saldo, eerste);
  if (!draagkracht) throw new RangeError('a personal plan needs the household’s income and costs');
  return persoonlijkeRegeling(saldo, betalingscapaciteit(draagkracht).capaciteit, eerste);
}

export interface RegelingAangaan {
  vorderingId: number;
  soort: RegelingSoort;
  draagkracht?: Draagkracht;
  /** Now (ISO timestamp), from the caller's clock. */
  op: string;
  door: string;
}

/** Agrees the plan; refuses a second plan, a recovery already paid, or a standard plan for a small debt. */
export async function regelingAangaan(sql: Sql, n: RegelingAangaan): Promise<Betalingsregeling> {
  const lock = await sql.query('SELECT id FROM vordering WHERE id = $1 FOR UPDATE', [n.vorderingId]);
  if (lock.rows.length === 0) throw new NietGevonden(`Vordering ${n.vorderingId} bestaat niet.`);
  if (await regelingVan(sql, n.vorderingId))
    throw new Conflict('regeling-bestaat-al', 'U heeft voor deze terugvordering al een betalingsregeling.');
  const v = (await vordering(sql, n.vorderingId))!;
  if (v.saldo <= 0) throw new Onverwerkbaar('regeling-niet-mogelijk', 'Deze terugvordering is al betaald.');
  const p = voorstel(n.soort, v.saldo, n.op, n.draagkracht);
  if (!p)
    throw new Onverwerkbaar(
      'regeling-niet-mogelijk',
      'Dit bedrag is te klein voor een betalingsregeling. U kunt het in één keer betalen.',
    );
  await sql.query(
    `INSERT INTO betalingsregeling (vordering_id, huishouden_id, soort, schuld, maandbedrag, termijnen,
                                    eerste_termijn, rest, draagkracht, aangegaan_op, aangegaan_door)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      v.id,
      v.huishoudenId,
      n.soort,
      v.saldo,
      p.maandbedrag,
      p.termijnen.length,
      `${eersteMaandNa(n.op)}-01`,
      p.rest,
      n.soort === 'persoonlijk' ? JSON.stringify(n.draagkracht) : null,
      n.op,
      n.door,
    ],
  );
  return (await regelingVan(sql, v.id))!;
}

interface RegelingRij {
  id: string;
  vordering_id: string;
  soort: RegelingSoort;
  schuld: number;
  maandbedrag: number;
  termijnen: number;
  eerste_termijn: string;
  rest: number;
  draagkracht: Draagkracht | string | null;
  aangegaan_op: string;
  aangegaan_door: string;
  betaald_sinds: number;
  vervallen_op: string | null;
}

/** The plan of a recovery, with what was paid since it was agreed; undefined when there is none. */
export async function regelingVan(sql: Sql, vorderingId: number): Promise<Betalingsregeling | undefined> {
  const r = await sql.query<RegelingRij>(
    `SELECT r.id, r.vordering_id, r.soort, r.schuld, r.maandbedrag, r.termijnen,
            to_char(r.eerste_termijn, 'YYYY-MM-DD') AS eerste_termijn, r.rest, r.draagkracht,
            ${ISO('r.aangegaan_op')} AS aangegaan_op, r.aangegaan_door,
            (SELECT coalesce(-sum(b.bedrag), 0) FROM boeking b
              WHERE b.vordering_id = r.vordering_id AND b.soort IN ('betaling', 'verrekening')
                AND b.geboekt_op >= r.aangegaan_op)::integer AS betaald_sinds,
            (SELECT ${ISO('x.vervallen_op')} FROM regeling_verval x WHERE x.regeling_id = r.id) AS vervallen_op
       FROM betalingsregeling r WHERE r.vordering_id = $1`,
    [vorderingId],
  );
  const x = r.rows[0];
  if (!x) return undefined;
  return {
    id: Number(x.id),
    vorderingId: Number(x.vordering_id),
    soort: x.soort,
    schuld: x.schuld,
    maandbedrag: x.maandbedrag,
    termijnen: x.termijnen,
    eersteTermijn: x.eerste_termijn,
    rest: x.rest,
    draagkracht:
      typeof x.draagkracht === 'string' ? (JSON.parse(x.draagkracht) as Draagkracht) : x.draagkracht,
    aangegaanOp: x.aangegaan_op,
    aangegaanDoor: x.aangegaan_door,
    betaaldSinds: Number(x.betaald_sinds),
    vervallenOp: x.vervallen_op,
  };
}

/** How many plans have been agreed (all recoveries). */
export async function aantalRegelingen(sql: Sql): Promise<number> {
  const r = await sql.query<{ n: string }>('SELECT count(*) AS n FROM betalingsregeling');
  return Number(r.rows[0]!.n);
}

/** Up to `limiet` open recoveries without a plan, one per household, above `minimum` (eurocents). */
export async function vorderingenZonderRegeling(
  sql: Sql,
  o: { minimum: number; limiet: number },
): Promise<{ id: number; huishoudenId: number }[]> {
  const r = await sql.query<{ id: string; h: string }>(
    `SELECT DISTINCT ON (v.huishouden_id) v.id, v.huishouden_id AS h FROM vordering v
      WHERE v.bedrag > $1 AND NOT EXISTS (SELECT 1 FROM betalingsregeling r WHERE r.vordering_id = v.id)
      ORDER BY v.huishouden_id, v.id LIMIT $2`,
    [o.minimum, o.limiet],
  );
  return r.rows.map((x) => ({ id: Number(x.id), huishoudenId: Number(x.h) }));
}

/**
 * The monthly terms of a household's running plans (not lapsed, not paid off) other than the one of
 * recovery `behalve`, for the beslagvrije voet of an offset (eurocents).
 */
export async function termijnenAndereRegelingen(
  sql: Sql,
  huishoudenId: number,
  behalve: number,
): Promise<number> {
  const r = await sql.query<{ n: string }>(
    `SELECT coalesce(sum(r.maandbedrag), 0) AS n FROM betalingsregeling r
      WHERE r.huishouden_id = $1 AND r.vordering_id <> $2
        AND NOT EXISTS (SELECT 1 FROM regeling_verval x WHERE x.regeling_id = r.id)
        AND (SELECT coalesce(sum(b.bedrag), 0) FROM boeking b WHERE b.vordering_id = r.vordering_id) > 0`,
    [huishoudenId, behalve],
  );
  return Number(r.rows[0]!.n);
}
