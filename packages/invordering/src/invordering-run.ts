/**
 * @module
 * The monthly invordering run's bookkeeping (table `invordering_run`, migration 037): one run per
 * month, started once (a second start finds the first and resumes it), the recoveries walked in
 * partitions of ascending id, the id of the last committed partition kept so a stopped run goes on
 * after it. The work per recovery is done by the service (`@regelmaat/diensten`), in the
 * partition's transaction.
 */
import { ISO, type Sql } from '@regelmaat/db';

export interface InvorderingRunStand {
  id: number;
  maand: string;
  partitiegrootte: number;
  gestartOp: string;
  verwerktTotId: number;
  vorderingen: number;
  klaar: boolean;
}

/** Starts the run for `maand` or finds it; `nieuw` tells which. */
export async function startInvorderingRunRij(
  sql: Sql,
  r: { maand: string; partitiegrootte: number; op: string },
): Promise<{ id: number; nieuw: boolean }> {
  const ingevoegd = await sql.query<{ id: string }>(
    `INSERT INTO invordering_run (maand, partitiegrootte, gestart_op) VALUES ($1, $2, $3)
     ON CONFLICT (maand) DO NOTHING RETURNING id`,
    [r.maand, r.partitiegrootte, r.op],
  );
  if (ingevoegd.rows[0]) return { id: Number(ingevoegd.rows[0].id), nieuw: true };
  const x = await sql.query<{ id: string }>('SELECT id FROM invordering_run WHERE maand = $1', [r.maand]);
  return { id: Number(x.rows[0]!.id), nieuw: false };
}

interface RunRij {
  id: string;
  maand: string;
  partitiegrootte: number;
  gestart_op: string;
  verwerkt_tot_id: string;
  vorderingen: number;
  klaar: boolean;
}

const alsStand = (r: RunRij): InvorderingRunStand => ({
  id: Number(r.id),
  maand: r.maand,
  partitiegrootte: r.partitiegrootte,
  gestartOp: r.gestart_op,
  verwerktTotId: Number(r.verwerkt_tot_id),
  vorderingen: r.vorderingen,
  klaar: r.klaar,
});

const KOLOMMEN = `id, maand, partitiegrootte, ${ISO('gestart_op')} AS gestart_op, verwerkt_tot_id, vorderingen,
  klaar_op IS NOT NULL AS klaar`;

/** The run, its row locked for this transaction (two starters take turns per partition). */
export async function vergrendelInvorderingRun(sql: Sql, id: number): Promise<InvorderingRunStand> {
  const r = await sql.query<RunRij>(`SELECT ${KOLOMMEN} FROM invordering_run WHERE id = $1 FOR UPDATE`, [id]);
  return alsStand(r.rows[0]!);
}

/** The run for `maand`, or undefined. */
export async function invorderingRunVan(sql: Sql, maand: string): Promise<InvorderingRunStand | undefined> {
  const r = await sql.query<RunRij>(`SELECT ${KOLOMMEN} FROM invordering_run WHERE maand = $1`, [maand]);
  return r.rows[0] ? alsStand(r.rows[0]) : undefined;
}

/** The next `n` recoveries after id `na` (ascending), with their household. */
export async function vorderingenNa(
  sql: Sql,
  na: number,
  n: number,
): Promise<{ id: number; huishoudenId: number }[]> {
  const r = await sql.query<{ id: string; h: string }>(
    'SELECT id, huishouden_id AS h FROM vordering WHERE id > $1 ORDER BY id LIMIT $2',
    [na, n],
  );
  return r.rows.map((x) => ({ id: Number(x.id), huishoudenId: Number(x.h) }));
}

export async function partitieKlaar(sql: Sql, id: number, totId: number, aantal: number): Promise<void> {
  await sql.query(
    'UPDATE invordering_run SET verwerkt_tot_id = $2, vorderingen = vorderingen + $3 WHERE id = $1',
    [id, totId, aantal],
  );
}

export async function invorderingRunKlaar(sql: Sql, id: number, op: string): Promise<void> {
  await sql.query(
    'UPDATE invordering_run SET klaar_op = GREATEST($2::timestamptz, gestart_op) WHERE id = $1',
    [id, op],
  );
}

export interface InvorderingRunCijfers {
  rente: { aantal: number; bedrag: number };
  verrekening: { aantal: number; bedrag: number };
  herinneringen: number;
  aanmaningen: number;
}

/** What the run for `maand` booked and sent. */
export async function invorderingRunCijfers(
  sql: Sql,
  maand: string,
  runId: number,
): Promise<InvorderingRunCijfers> {
  const b = await sql.query<{ soort: string; n: string; s: string }>(
    `SELECT soort, count(*) AS n, coalesce(sum(abs(bedrag)), 0) AS s FROM boeking
      WHERE sleutel LIKE $1 AND soort IN ('rente', 'verrekening') GROUP BY soort`,
    [`%:${maand}`],
  );
  const h = await sql.query<{ soort: string; n: string }>(
    'SELECT soort, count(*) AS n FROM herinnering WHERE run_id = $1 GROUP BY soort',
    [runId],
  );
  const van = (soort: string) => {
    const x = b.rows.find((r) => r.soort === soort);
    return { aantal: Number(x?.n ?? 0), bedrag: Number(x?.s ?? 0) };
  };
  const n = (soort: string) => Number(h.rows.find((r) => r.soort === soort)?.n ?? 0);
  return {
    rente: van('rente'),
    verrekening: van('verrekening'),
    herinneringen: n('herinnering'),
    aanmaningen: n('aanmaning'),
  };
}
