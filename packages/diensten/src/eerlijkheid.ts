/**
 * @module
 * Fairness monitoring of the selection rules (issue 19, docs/uitval/fairness.md): the report of one
 * run, as data and as CSV, and the trend over the last runs. Only aggregates leave this service;
 * computing them reads the facts of every household of the run, so that is logged for every person
 * (`eerlijkheid-bewaken`). For the team lead, the policy analyst and the auditor (`rapportage:lezen`).
 */

import type { Sql } from '@regelmaat/db';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import {
  type Eerlijkheidsrapport,
  eerlijkheidCsv,
  eerlijkheidsrapport,
  eerlijkheidTrend,
  leeftijdOp,
  type RegelTrend,
  STANDAARD_REGELS,
} from '@regelmaat/uitval';
import {
  type RunMetSelecties,
  runMetSelecties,
  runsMetSelecties,
  type SelectieGegevens,
  selectiesVanRun,
} from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';

export interface EerlijkheidVanRun {
  run: RunMetSelecties;
  rapport: Eerlijkheidsrapport;
}

const REGELCODES = STANDAARD_REGELS.map((r) => r.code);

function rapportVan(run: RunMetSelecties, rijen: readonly SelectieGegevens[]): Eerlijkheidsrapport {
  const peildatum = `${run.jaar}-01-01`;
  return eerlijkheidsrapport(
    rijen.map((r) => ({
      huishoudenId: r.huishoudenId,
      inkomen: r.inkomen,
      huishoudtype: r.huishoudtype,
      leeftijdAanvrager: r.geboortedatumAanvrager ? leeftijdOp(r.geboortedatumAanvrager, peildatum) : null,
      woonplaats: r.woonplaats,
      toeslagen: r.toeslagen,
      redenen: r.redenen,
      beoordeeld: r.beoordeeld,
      bedragGewijzigd: r.bedragGewijzigd,
    })),
    REGELCODES,
  );
}

function runId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1)
    throw new Ongeldig([{ naam: 'runId', reden: 'is geen run-nummer', code: 'formaat' }]);
  return id;
}

async function leesRun(
  o: Omgeving,
  ctx: Context,
  tx: Sql,
  id: number,
  op: string,
): Promise<EerlijkheidVanRun> {
  const run = await runMetSelecties(tx, id);
  if (!run)
    throw new NietGevonden(
      `Run ${id} bestaat niet of selecteert niet (alleen voorschot- en definitieve runs).`,
    );
  const rijen = await selectiesVanRun(tx, id);
  await logHuishoudens(
    o,
    ctx,
    tx,
    'eerlijkheid-bewaken',
    'eerlijkheid selectieregels berekenen',
    rijen.map((r) => r.huishoudenId),
    op,
  );
  return { run, rapport: rapportVan(run, rijen) };
}

/** The fairness report of run `id`. */
export async function eerlijkheidVanRun(o: Omgeving, ctx: Context, id: number): Promise<EerlijkheidVanRun> {
  vereis(ctx, 'rapportage:lezen');
  const nr = runId(id);
  const op = o.klok();
  return o.db.transaction((tx) => leesRun(o, ctx, tx, nr, op));
}

/** The fairness report of run `id` as CSV (one line per rule and group). */
export async function eerlijkheidCsvVanRun(o: Omgeving, ctx: Context, id: number): Promise<string> {
  const { run, rapport } = await eerlijkheidVanRun(o, ctx, id);
  return eerlijkheidCsv(run.id, rapport);
}

/** The runs that select (advance and definitive), newest first, for a choice list. */
export async function runsVoorEerlijkheid(o: Omgeving, ctx: Context): Promise<RunMetSelecties[]> {
  vereis(ctx, 'rapportage:lezen');
  return runsMetSelecties(o.db);
}

/** The trend of every rule over the last `aantal` selecting runs (oldest first in each rule). */
export async function eerlijkheidTrendVan(
  o: Omgeving,
  ctx: Context,
  aantal = 10,
): Promise<{ runs: RunMetSelecties[]; trend: RegelTrend[] }> {
  vereis(ctx, 'rapportage:lezen');
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > 50)
    throw new Ongeldig([{ naam: 'aantal', reden: 'moet tussen 1 en 50 liggen', code: 'te-groot' }]);
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const runs = await runsMetSelecties(tx, aantal);
    const rapporten = [];
    for (const run of runs) rapporten.push(await leesRun(o, ctx, tx, run.id, op));
    return {
      runs,
      trend: eerlijkheidTrend(
        rapporten.map((r) => ({ runId: r.run.id, soort: r.run.soort, jaar: r.run.jaar, rapport: r.rapport })),
      ),
    };
  });
}
