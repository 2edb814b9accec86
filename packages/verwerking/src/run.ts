/**
 * @module
 * A run is a database record split into partitions of households that worker processes lease.
 * Starting a run that already exists (same kind, year and month) resumes it: nothing is doubled.
 */
import { bewaarParameterset } from '@regelmaat/beschikking';
import { type Db, ISO, type Sql } from '@regelmaat/db';
import { herstelFeitIndexen } from '@regelmaat/dossier-opslag';
import { ENGINE_VERSIE, type Wetgeving } from '@regelmaat/law';
import { maakRunLogboek, nieuweTrace } from '@regelmaat/logboek';

export type RunSoort = 'voorschot' | 'betaling' | 'definitief';

export interface Run {
  id: number;
  soort: RunSoort;
  jaar: number;
  maand: number;
  bekendOp: string;
  status: 'bezig' | 'klaar';
  engineVersie: string;
  parameterVersie: string;
  partitiegrootte: number;
  /** W3C trace id of the run in the processing log: every partition is a span of this trace. */
  traceId: string;
}

export interface RunOpdracht {
  soort: RunSoort;
  jaar: number;
  /** Month 1–12 for a payment run. */
  maand?: number;
  /** Facts as known at this moment (ISO); default: now (the database clock). */
  bekendOp?: string;
  /**
   * The moment the run is started (ISO), from the caller's clock (the CLI passes the real time;
   * this package never reads the clock). Required for a definitive run, which is refused for a year
   * that has not ended at this moment; a `bekendOp` after it is refused for every run.
   */
  nu?: string;
  /** Households per partition. */
  partitiegrootte?: number;
}

export class RunFout extends Error {
  override readonly name = 'RunFout';
}

/**
 * A run is computed by one rules engine and one set of parameters: resuming it (a new start, or a
 * worker that joins it) with others would mix versions in its decisions. Throws RunFout then.
 */
export function controleerVersies(run: Run, w: Wetgeving): void {
  if (run.engineVersie !== ENGINE_VERSIE || run.parameterVersie !== w.versie)
    throw new RunFout(
      `run ${run.id} is gestart met rekenkern ${run.engineVersie} en parameters ${run.parameterVersie}; nu zijn dat ${ENGINE_VERSIE} en ${w.versie}. Hervatten zou versies mengen.`,
    );
}

interface RunRij {
  id: string | number;
  soort: RunSoort;
  jaar: number;
  maand: number;
  bekend_op: string;
  status: 'bezig' | 'klaar';
  engine_versie: string;
  parameter_versie: string;
  partitiegrootte: number;
  trace_id: string;
}

const RUN_KOLOMMEN = `id, soort, jaar, maand, ${ISO('bekend_op')} AS bekend_op, status, engine_versie, parameter_versie, partitiegrootte, trace_id`;

function alsRun(r: RunRij): Run {
  return {
    id: Number(r.id),
    soort: r.soort,
    jaar: r.jaar,
    maand: r.maand,
    bekendOp: r.bekend_op,
    status: r.status,
    engineVersie: r.engine_versie,
    parameterVersie: r.parameter_versie,
    partitiegrootte: r.partitiegrootte,
    traceId: r.trace_id,
  };
}

export async function leesRun(sql: Sql, id: number): Promise<Run | undefined> {
  const r = await sql.query<RunRij>(`SELECT ${RUN_KOLOMMEN} FROM run WHERE id = $1`, [id]);
  return r.rows[0] ? alsRun(r.rows[0]) : undefined;
}

/** The advisory lock that serialises starting runs (and making their log partitions). */
const RUN_START_SLOT = 7_201_776;

/**
 * Makes sure the run's partition of the processing log exists (a worker may be started on a run
 * from before migration 012 without `startRun`).
 */
export async function zorgVoorRunLogboek(db: Db, run: Run): Promise<void> {
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [RUN_START_SLOT]);
    await maakRunLogboek(tx, run.id, run.traceId);
  });
}

/**
 * Creates the run and its partitions, or returns the existing one (resume). A run computed with
 * other engine or parameter versions cannot be resumed: that would mix versions within one run.
 */
export async function startRun(
  db: Db,
  opdracht: RunOpdracht,
  w: Wetgeving,
): Promise<{ run: Run; nieuw: boolean }> {
  const maand = opdracht.soort === 'betaling' ? (opdracht.maand ?? 0) : 0;
  if (opdracht.soort === 'betaling' && (maand < 1 || maand > 12))
    throw new RunFout('een betaalrun heeft een maand van 1 tot en met 12');
  if (!Number.isInteger(opdracht.jaar) || opdracht.jaar < 2025 || opdracht.jaar > 2026) {
    throw new RunFout('het jaar moet 2025 of 2026 zijn (de jaren waarvoor de regels bekend zijn)');
  }
  if (opdracht.nu !== undefined && Number.isNaN(Date.parse(opdracht.nu)))
    throw new RunFout(`nu is geen tijdstip: ${opdracht.nu}`);
  if (opdracht.bekendOp !== undefined && Number.isNaN(Date.parse(opdracht.bekendOp)))
    throw new RunFout(`bekendOp is geen tijdstip: ${opdracht.bekendOp}`);
  if (opdracht.soort === 'definitief') {
    if (opdracht.nu === undefined)
      throw new RunFout(
        'een definitieve run heeft het huidige tijdstip nodig (nu) om te zien of het jaar voorbij is',
      );
    // The year ends at the start of 1 January of the next year (UTC, as all timestamps here).
    if (Date.parse(opdracht.nu) < Date.UTC(opdracht.jaar + 1, 0, 1))
      throw new RunFout(
        `het jaar ${opdracht.jaar} is nog niet voorbij (nu is het ${opdracht.nu.slice(0, 10)}): een definitieve berekening kan pas vanaf 1 januari ${opdracht.jaar + 1}`,
      );
  }
  if (
    opdracht.nu !== undefined &&
    opdracht.bekendOp !== undefined &&
    Date.parse(opdracht.bekendOp) > Date.parse(opdracht.nu)
  )
    throw new RunFout(
      `bekend op ${opdracht.bekendOp} ligt na nu (${opdracht.nu}): een run kan het dossier niet bekijken zoals het later bekend zal zijn`,
    );
  // A bulk load that stopped between dropping and rebuilding the fact indexes left them out.
  await herstelFeitIndexen(db);
  const grootte = opdracht.partitiegrootte ?? 5_000;
  if (!Number.isInteger(grootte) || grootte < 1)
    throw new RunFout('de partitiegrootte moet een positief geheel getal zijn');
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [RUN_START_SLOT]);
    const bestaand = await tx.query<RunRij>(
      `SELECT ${RUN_KOLOMMEN} FROM run WHERE soort = $1 AND jaar = $2 AND maand = $3`,
      [opdracht.soort, opdracht.jaar, maand],
    );
    if (bestaand.rows[0]) {
      const run = alsRun(bestaand.rows[0]);
      controleerVersies(run, w);
      await maakRunLogboek(tx, run.id, run.traceId); // a run from before migration 012 gets its partition too
      await bewaarParameterset(tx, w, opdracht.nu); // and one from before migration 019 its parameter set
      return { run, nieuw: false };
    }
    if (opdracht.soort !== 'voorschot') {
      const voorschot = await tx.query(
        `SELECT 1 FROM run WHERE soort = 'voorschot' AND jaar = $1 AND status = 'klaar'`,
        [opdracht.jaar],
      );
      if (voorschot.rows.length === 0)
        throw new RunFout(`er is nog geen afgeronde voorschotrun voor ${opdracht.jaar}`);
    }
    const nieuw = await tx.query<RunRij>(
      `INSERT INTO run (soort, jaar, maand, bekend_op, engine_versie, parameter_versie, partitiegrootte, trace_id)
       VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6, $7, $8) RETURNING ${RUN_KOLOMMEN}`,
      [
        opdracht.soort,
        opdracht.jaar,
        maand,
        opdracht.bekendOp ?? null,
        ENGINE_VERSIE,
        w.versie,
        grootte,
        nieuweTrace().traceId,
      ],
    );
    const run = alsRun(nieuw.rows[0]!);
    // The law every decision of the run is computed with, kept once by its version (the decisions'
    // parameter_versie): so each can be explained with its own law after a correction.
    await bewaarParameterset(tx, w, opdracht.nu);
    // The run's own partition of the processing log (its subject index is built when the run closes).
    await maakRunLogboek(tx, run.id, run.traceId);
    // Partitions over the id range of the households (ids are dense from the generator; gaps are harmless).
    await tx.query(
      `INSERT INTO run_partitie (run_id, nr, van_id, tot_id)
       SELECT $1, g.nr, b.lo + g.nr * $2::bigint, b.lo + (g.nr + 1) * $2::bigint
         FROM (SELECT min(id) AS lo, max(id) AS hi FROM huishouden) b,
              generate_series(0, GREATEST(0, ((SELECT max(id) - min(id) FROM huishouden) / $2::bigint))::int) AS g(nr)
        WHERE b.lo IS NOT NULL`,
      [run.id, grootte],
    );
    return { run, nieuw: true };
  });
}

export interface Voortgang {
  totaal: number;
  klaar: number;
  bezig: number;
  huishoudens: number;
}

export async function voortgang(sql: Sql, runId: number): Promise<Voortgang> {
  const r = await sql.query<{ totaal: string; klaar: string; bezig: string; huishoudens: string | null }>(
    `SELECT count(*) AS totaal, count(*) FILTER (WHERE status = 'klaar') AS klaar, count(*) FILTER (WHERE status = 'bezig') AS bezig,
            sum(huishoudens) AS huishoudens
       FROM run_partitie WHERE run_id = $1`,
    [runId],
  );
  const v = r.rows[0]!;
  return {
    totaal: Number(v.totaal),
    klaar: Number(v.klaar),
    bezig: Number(v.bezig),
    huishoudens: Number(v.huishoudens ?? 0),
  };
}
