/**
 * @module
 * Reproduction at scale (C15): a sample of the decisions of one run, drawn the same way every time
 * for the same seed, each reproduced from the dossier as known then with its own parameter set.
 * The auditor's question "do the decisions of this run follow from their data and their law?"
 * answered with a count, and every decision that does not reproduce with why.
 */
import type { Sql } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import type { EigenWetgeving } from './parameterset';
import { type Reproductie, reproduceer } from './reproduceer';

export interface SteekproefUitkomst {
  runId: number;
  /** Decisions in the run, and how many were drawn. */
  inRun: number;
  getrokken: number;
  gelijk: number;
  /** The decisions that did not reproduce, with what differs. */
  afwijkend: Reproductie[];
}

export class RunZonderBeschikkingen extends Error {
  override readonly name = 'RunZonderBeschikkingen';
}

/**
 * `aantal` decision ids of run `runId` (all when it has fewer), in an order fixed by `zaad`: the
 * same seed draws the same sample, another seed another one.
 */
export async function steekproefVanRun(
  sql: Sql,
  runId: number,
  aantal: number,
  zaad: number,
): Promise<number[]> {
  const r = await sql.query<{ id: string }>(
    `SELECT id FROM beschikking WHERE run_id = $1 ORDER BY md5(id::text || ':' || $3::text), id LIMIT $2`,
    [runId, aantal, zaad],
  );
  return r.rows.map((x) => Number(x.id));
}

/** Reproduces a sample of run `runId`; `voortgang(klaar, totaal)` after each decision. */
export async function reproduceerSteekproef(
  sql: Sql,
  runId: number,
  { aantal, zaad, geldend }: { aantal: number; zaad: number; geldend: Wetgeving },
  voortgang: (klaar: number, totaal: number) => void = () => {},
): Promise<SteekproefUitkomst> {
  const inRun = Number(
    (await sql.query<{ n: string }>('SELECT count(*) AS n FROM beschikking WHERE run_id = $1', [runId]))
      .rows[0]!.n,
  );
  if (inRun === 0) throw new RunZonderBeschikkingen(`run ${runId} heeft geen beschikkingen`);
  const ids = await steekproefVanRun(sql, runId, aantal, zaad);
  const wetgevingen = new Map<string, EigenWetgeving>();
  const afwijkend: Reproductie[] = [];
  for (const [i, id] of ids.entries()) {
    const r = await reproduceer(sql, id, geldend, wetgevingen);
    if (!r.gelijk) afwijkend.push(r);
    voortgang(i + 1, ids.length);
  }
  return { runId, inRun, getrokken: ids.length, gelijk: ids.length - afwijkend.length, afwijkend };
}
