/**
 * @module
 * What the fairness monitoring reads of one run (docs/uitval/fairness.md): per household with a
 * decision in the run, the groups it belongs to as its facts were known at the run's moment, which
 * rules selected it (the run's case, `zaak.redenen`), whether that case is closed, and whether a
 * later decision version (maatwerk, a change, an objection) changed an amount for the household
 * and year. No BSN leaves this query; the rows are aggregated by `eerlijkheidsrapport` (uitval).
 */
import type { Sql } from '@regelmaat/db';
import { ISO } from '@regelmaat/db';

export interface SelectieGegevens {
  huishoudenId: number;
  /** Eurocents: the latest income estimate for the run's year of the applicant and the partner. */
  inkomen: number | null;
  huishoudtype: 'alleenstaande' | 'alleenstaande-met-kinderen' | 'paar' | 'paar-met-kinderen';
  /** Birth date of the applicant, `YYYY-MM-DD`, or null. */
  geboortedatumAanvrager: string | null;
  woonplaats: string | null;
  toeslagen: string[];
  redenen: string[];
  beoordeeld: boolean;
  bedragGewijzigd: boolean;
}

export interface RunMetSelecties {
  id: number;
  soort: string;
  jaar: number;
  /** Instant the run's facts were known at. */
  bekendOp: string;
  klaar: boolean;
}

/** The advance and definitive runs (those that select), newest first. */
export async function runsMetSelecties(sql: Sql, limiet = 50): Promise<RunMetSelecties[]> {
  const r = await sql.query<{ id: string; soort: string; jaar: number; bekend_op: string; status: string }>(
    `SELECT id, soort, jaar, ${ISO('bekend_op')} AS bekend_op, status
       FROM run WHERE soort IN ('voorschot', 'definitief') ORDER BY id DESC LIMIT $1`,
    [Math.min(Math.max(Math.trunc(limiet), 1), 500)],
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    soort: x.soort,
    jaar: Number(x.jaar),
    bekendOp: x.bekend_op,
    klaar: x.status === 'klaar',
  }));
}

export async function runMetSelecties(sql: Sql, runId: number): Promise<RunMetSelecties | undefined> {
  const r = await sql.query<{ id: string; soort: string; jaar: number; bekend_op: string; status: string }>(
    `SELECT id, soort, jaar, ${ISO('bekend_op')} AS bekend_op, status
       FROM run WHERE id = $1 AND soort IN ('voorschot', 'definitief')`,
    [runId],
  );
  const x = r.rows[0];
  return x
    ? {
        id: Number(x.id),
        soort: x.soort,
        jaar: Number(x.jaar),
        bekendOp: x.bekend_op,
        klaar: x.status === 'klaar',
      }
    : undefined;
}

interface Rij {
  huishouden_id: string;
  inkomen: string | null;
  partner: boolean | null;
  kinderen: boolean | null;
  geboortedatum: string | null;
  woonplaats: string | null;
  toeslagen: string[] | null;
  redenen: string[] | null;
  beoordeeld: boolean | null;
  gewijzigd: boolean | null;
}

/**
 * One row per household with a decision in run `runId`, in household order. Call it in a
 * transaction: it switches off nested-loop joins for the rest of that transaction. A run's tables
 * are written in bulk and not yet analysed, so the planner expects a few dozen rows where there are
 * thousands, and joined the per-household parts in nested loops (measured on 9,810 households,
 * PGlite, on a loaded 2-core machine: 55 s; with hash joins 5.0 s).
 */
export async function selectiesVanRun(sql: Sql, runId: number): Promise<SelectieGegevens[]> {
  await sql.query("SELECT set_config('enable_nestloop', 'off', true)");
  const r = await sql.query<Rij>(
    `WITH r AS (SELECT id, jaar, bekend_op FROM run WHERE id = $1),
     hh AS (
       SELECT b.huishouden_id,
              array_agg(b.regeling ORDER BY b.regeling) FILTER (WHERE b.jaarbedrag > 0) AS toeslagen
         FROM beschikking b WHERE b.run_id = $1 GROUP BY b.huishouden_id),
     bekend AS (
       SELECT f.huishouden_id, f.soort, f.persoon_bsn, f.waarde, f.geldig_vanaf, f.id
         FROM feit f JOIN hh ON hh.huishouden_id = f.huishouden_id CROSS JOIN r
        WHERE f.soort IN ('persoon', 'inkomen_schatting', 'adres')
          AND f.geregistreerd_op <= r.bekend_op AND (f.vervallen_op IS NULL OR f.vervallen_op > r.bekend_op)),
     personen AS (
       SELECT huishouden_id,
              bool_or(waarde->>'rol' = 'toeslagpartner') AS partner,
              bool_or(waarde->>'rol' = 'kind') AS kinderen,
              min(waarde->>'geboortedatum') FILTER (WHERE waarde->>'rol' = 'aanvrager') AS geboortedatum,
              array_agg(persoon_bsn) FILTER (WHERE waarde->>'rol' IN ('aanvrager', 'toeslagpartner')) AS volwassenen
         FROM bekend WHERE soort = 'persoon' GROUP BY huishouden_id),
     schatting AS (
       SELECT DISTINCT ON (b.huishouden_id, b.persoon_bsn) b.huishouden_id, b.persoon_bsn,
              (b.waarde->>'bedrag')::bigint AS bedrag
         FROM bekend b CROSS JOIN r
        WHERE b.soort = 'inkomen_schatting' AND (b.waarde->>'jaar')::int = r.jaar
        ORDER BY b.huishouden_id, b.persoon_bsn, b.geldig_vanaf DESC NULLS LAST, b.id DESC),
     inkomen AS (
       SELECT s.huishouden_id, sum(s.bedrag) AS inkomen
         FROM schatting s JOIN personen p ON p.huishouden_id = s.huishouden_id
        WHERE s.persoon_bsn = ANY (p.volwassenen) GROUP BY s.huishouden_id),
     adres AS (
       SELECT DISTINCT ON (huishouden_id) huishouden_id, waarde->>'woonplaats' AS woonplaats
         FROM bekend WHERE soort = 'adres' ORDER BY huishouden_id, geldig_vanaf DESC NULLS LAST, id DESC),
     gekozen AS (
       SELECT z.huishouden_id, z.redenen, z.status = 'afgerond' AS beoordeeld,
              EXISTS (
                SELECT 1 FROM beschikking later
                  JOIN beschikking eerst ON eerst.run_id = $1 AND eerst.huishouden_id = later.huishouden_id
                                        AND eerst.regeling = later.regeling
                 WHERE later.huishouden_id = z.huishouden_id AND later.jaar = r.jaar
                   AND later.aanleiding <> 'run' AND later.aangemaakt_op >= z.aangemaakt_op
                   AND later.jaarbedrag <> eerst.jaarbedrag) AS gewijzigd
         FROM zaak z CROSS JOIN r WHERE z.run_id = $1)
     SELECT hh.huishouden_id, i.inkomen, p.partner, p.kinderen, p.geboortedatum, a.woonplaats,
            hh.toeslagen, g.redenen, g.beoordeeld, g.gewijzigd
       FROM hh
       LEFT JOIN personen p ON p.huishouden_id = hh.huishouden_id
       LEFT JOIN inkomen i ON i.huishouden_id = hh.huishouden_id
       LEFT JOIN adres a ON a.huishouden_id = hh.huishouden_id
       LEFT JOIN gekozen g ON g.huishouden_id = hh.huishouden_id
      ORDER BY hh.huishouden_id`,
    [runId],
  );
  return r.rows.map((x) => ({
    huishoudenId: Number(x.huishouden_id),
    inkomen: x.inkomen === null ? null : Number(x.inkomen),
    huishoudtype: x.partner
      ? x.kinderen
        ? 'paar-met-kinderen'
        : 'paar'
      : x.kinderen
        ? 'alleenstaande-met-kinderen'
        : 'alleenstaande',
    geboortedatumAanvrager: x.geboortedatum,
    woonplaats: x.woonplaats,
    toeslagen: x.toeslagen ?? [],
    redenen: x.redenen ?? [],
    beoordeeld: x.beoordeeld === true,
    bedragGewijzigd: x.gewijzigd === true,
  }));
}
