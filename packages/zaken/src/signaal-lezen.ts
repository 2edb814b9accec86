/**
 * @module
 * Reading signals (C7, issue 17): a raiser's own signals, a triage or answer inbox by status (and
 * team), the counts and answers per theme, and the example cases' non-identifying facts (case
 * type, regeling, year, reason codes) for readers who may not open the cases.
 */
import type { Sql } from '@regelmaat/db';
import {
  type AntwoordSoort,
  naarSignaal,
  SIGNAAL_KOLOMMEN,
  type Signaal,
  type SignaalRij,
  type SignaalStatus,
} from './signaal';
import type { ZaakSoort } from './typen';

/** Newest first; at most `limiet`. */
export async function signalenVan(sql: Sql, ingediendDoor: string, limiet = 100): Promise<Signaal[]> {
  const r = await sql.query<SignaalRij>(
    `SELECT ${SIGNAAL_KOLOMMEN} FROM signaal s WHERE s.ingediend_door = $1 ORDER BY s.id DESC LIMIT $2`,
    [ingediendDoor, limiet],
  );
  return r.rows.map(naarSignaal);
}

/** The signals whose answer links to this saved scenario, newest first (the scenario's page). */
export async function signalenVanScenario(sql: Sql, scenarioId: number, limiet = 100): Promise<Signaal[]> {
  const r = await sql.query<SignaalRij>(
    `SELECT ${SIGNAAL_KOLOMMEN} FROM signaal s WHERE s.scenario_id = $1 ORDER BY s.id DESC LIMIT $2`,
    [scenarioId, limiet],
  );
  return r.rows.map(naarSignaal);
}

/** Signals with one of `status`, oldest first; with `team`, only that team's and those without a team. */
export async function signalenMetStatus(
  sql: Sql,
  filter: { status: readonly SignaalStatus[]; team?: string },
  limiet = 200,
): Promise<Signaal[]> {
  const r = await sql.query<SignaalRij>(
    `SELECT ${SIGNAAL_KOLOMMEN} FROM signaal s
      WHERE s.status = ANY($1::text[]) ${filter.team !== undefined ? 'AND (s.team = $3 OR s.team IS NULL)' : ''}
      ORDER BY s.id LIMIT $2`,
    filter.team !== undefined ? [filter.status, limiet, filter.team] : [filter.status, limiet],
  );
  return r.rows.map(naarSignaal);
}

export interface ThemaTelling {
  thema: string;
  totaal: number;
  perStatus: Partial<Record<SignaalStatus, number>>;
  /** Example cases linked to the theme's signals. */
  voorbeelden: number;
  /** The answers that change something (work instruction, change proposal), newest first. */
  wijzigingen: {
    signaalId: number;
    soort: AntwoordSoort;
    antwoord: string;
    op: string;
    scenarioId: number | null;
    scenarioNotitie: string | null;
  }[];
}

export async function signaalThemas(sql: Sql): Promise<ThemaTelling[]> {
  const tel = await sql.query<{ thema: string; status: SignaalStatus; n: number; voorbeelden: number }>(
    `SELECT s.thema, s.status, count(*)::int AS n,
            COALESCE(sum((SELECT count(*) FROM signaal_voorbeeld v WHERE v.signaal_id = s.id)), 0)::int AS voorbeelden
       FROM signaal s GROUP BY s.thema, s.status`,
  );
  const wijz = await sql.query<{
    id: string;
    thema: string;
    antwoord_soort: AntwoordSoort;
    antwoord: string;
    op: string;
    scenario_id: string | null;
    scenario_notitie: string | null;
  }>(
    `SELECT s.id, s.thema, s.antwoord_soort, s.antwoord, s.scenario_id, s.scenario_notitie,
            to_char(s.beantwoord_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS op
       FROM signaal s WHERE s.status = 'beantwoord' AND s.antwoord_soort <> 'niets'
      ORDER BY s.beantwoord_op DESC, s.id DESC LIMIT 200`,
  );
  const per = new Map<string, ThemaTelling>();
  const van = (thema: string) => {
    let t = per.get(thema);
    if (!t) {
      t = { thema, totaal: 0, perStatus: {}, voorbeelden: 0, wijzigingen: [] };
      per.set(thema, t);
    }
    return t;
  };
  for (const r of tel.rows) {
    const t = van(r.thema);
    t.totaal += r.n;
    t.perStatus[r.status] = (t.perStatus[r.status] ?? 0) + r.n;
    t.voorbeelden += r.voorbeelden;
  }
  for (const r of wijz.rows)
    van(r.thema).wijzigingen.push({
      signaalId: Number(r.id),
      soort: r.antwoord_soort,
      antwoord: r.antwoord,
      op: r.op,
      scenarioId: r.scenario_id === null ? null : Number(r.scenario_id),
      scenarioNotitie: r.scenario_notitie ?? null,
    });
  return [...per.values()].sort((a, b) => b.totaal - a.totaal || a.thema.localeCompare(b.thema));
}

/** The facts of an example case that identify nobody. */
export interface VoorbeeldFeiten {
  zaakId: number;
  soort: ZaakSoort;
  regeling: string | null;
  jaar: number | null;
  redenen: string[];
}

export async function voorbeeldFeiten(sql: Sql, zaakIds: readonly number[]): Promise<VoorbeeldFeiten[]> {
  if (zaakIds.length === 0) return [];
  const r = await sql.query<{
    id: string;
    soort: ZaakSoort;
    regeling: string | null;
    jaar: number | null;
    redenen: string[];
  }>('SELECT id, soort, regeling, jaar, redenen FROM zaak WHERE id = ANY($1::bigint[]) ORDER BY id', [
    zaakIds,
  ]);
  return r.rows.map((z) => ({
    zaakId: Number(z.id),
    soort: z.soort,
    regeling: z.regeling,
    jaar: z.jaar,
    redenen: z.redenen,
  }));
}
