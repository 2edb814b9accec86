/**
 * @module
 * The run report: counts and totals per toeslag, settlements, payments, exceptions per reason,
 * duration and households per second. Computed with SQL at the end of a run and stored with it.
 */
import type { Sql } from '@regelmaat/db';
import type { Run } from './run';

export interface RunRapport {
  runId: number;
  soort: string;
  jaar: number;
  maand: number;
  huishoudens: number;
  partities: number;
  seconden: number;
  huishoudensPerSeconde: number;
  beschikkingen: {
    regeling: string;
    aantal: number;
    ontvangers: number;
    totaal: number;
    aangehouden: number;
    nietBerekenbaar: number;
  }[];
  vereffeningen: { uitkomst: string; aantal: number; totaal: number }[];
  betalingen: { regeling: string; aantal: number; totaal: number }[];
  uitval: { reden: string; aantal: number }[];
}

export async function maakRapport(sql: Sql, run: Run): Promise<RunRapport> {
  const p = (
    await sql.query<{ n: string; h: string | null; s: number | null }>(
      `SELECT count(*) AS n, sum(huishoudens) AS h,
              EXTRACT(EPOCH FROM (max(p.klaar_op) - (SELECT aangemaakt_op FROM run WHERE id = $1)))::float8 AS s
         FROM run_partitie p WHERE run_id = $1`,
      [run.id],
    )
  ).rows[0]!;
  const huishoudens = Number(p.h ?? 0);
  const seconden = Math.max(0.001, Number(p.s ?? 0));
  const beschikkingen = (
    await sql.query<{
      regeling: string;
      aantal: string;
      ontvangers: string;
      totaal: string | null;
      aangehouden: string;
      niet: string;
    }>(
      `SELECT regeling, count(*) AS aantal, count(*) FILTER (WHERE jaarbedrag > 0) AS ontvangers, sum(jaarbedrag) AS totaal,
              count(*) FILTER (WHERE status = 'aangehouden') AS aangehouden, count(*) FILTER (WHERE status = 'niet-berekenbaar') AS niet
         FROM beschikking WHERE run_id = $1 GROUP BY regeling ORDER BY regeling`,
      [run.id],
    )
  ).rows.map((r) => ({
    regeling: r.regeling,
    aantal: Number(r.aantal),
    ontvangers: Number(r.ontvangers),
    totaal: Number(r.totaal ?? 0),
    aangehouden: Number(r.aangehouden),
    nietBerekenbaar: Number(r.niet),
  }));
  const vereffeningen = (
    await sql.query<{ uitkomst: string; aantal: string; totaal: string | null }>(
      `SELECT vereffening_uitkomst AS uitkomst, count(*) AS aantal,
              sum(vereffening_te_betalen + vereffening_terug_te_vorderen) AS totaal
         FROM beschikking WHERE run_id = $1 AND vereffening_uitkomst IS NOT NULL
        GROUP BY vereffening_uitkomst ORDER BY vereffening_uitkomst`,
      [run.id],
    )
  ).rows.map((r) => ({ uitkomst: r.uitkomst, aantal: Number(r.aantal), totaal: Number(r.totaal ?? 0) }));
  const betalingen = (
    await sql.query<{ regeling: string; aantal: string; totaal: string | null }>(
      'SELECT regeling, count(*) AS aantal, sum(bedrag) AS totaal FROM betaling WHERE run_id = $1 GROUP BY regeling ORDER BY regeling',
      [run.id],
    )
  ).rows.map((r) => ({ regeling: r.regeling, aantal: Number(r.aantal), totaal: Number(r.totaal ?? 0) }));
  const uitval = (
    await sql.query<{ reden: string; aantal: string }>(
      'SELECT reden, count(*) AS aantal FROM zaak, unnest(redenen) AS reden WHERE run_id = $1 GROUP BY reden ORDER BY count(*) DESC, reden',
      [run.id],
    )
  ).rows.map((r) => ({ reden: r.reden, aantal: Number(r.aantal) }));
  return {
    runId: run.id,
    soort: run.soort,
    jaar: run.jaar,
    maand: run.maand,
    huishoudens,
    partities: Number(p.n),
    seconden,
    huishoudensPerSeconde: huishoudens / seconden,
    beschikkingen,
    vereffeningen,
    betalingen,
    uitval,
  };
}

const euro = (cents: number) => `€ ${Math.round(cents / 100).toLocaleString('nl-NL')}`;

/** The report as Dutch text for the terminal. */
export function toonRapport(r: RunRapport): string {
  const regels = [
    `Run ${r.runId}: ${r.soort} ${r.jaar}${r.maand ? `-${String(r.maand).padStart(2, '0')}` : ''}`,
    `  ${r.huishoudens.toLocaleString('nl-NL')} huishoudens in ${r.partities} partities, ${r.seconden.toFixed(1)} s (${Math.round(r.huishoudensPerSeconde).toLocaleString('nl-NL')} huishoudens/s)`,
  ];
  if (r.beschikkingen.length) {
    regels.push('  Beschikkingen:');
    for (const b of r.beschikkingen) {
      regels.push(
        `    ${b.regeling.padEnd(20)} ${b.aantal.toLocaleString('nl-NL').padStart(10)}  ontvangers ${b.ontvangers.toLocaleString('nl-NL').padStart(10)}  totaal ${euro(b.totaal).padStart(18)}` +
          (b.aangehouden ? `  aangehouden ${b.aangehouden}` : '') +
          (b.nietBerekenbaar ? `  niet berekenbaar ${b.nietBerekenbaar}` : ''),
      );
    }
  }
  if (r.vereffeningen.length) {
    regels.push('  Vereffening:');
    for (const v of r.vereffeningen)
      regels.push(
        `    ${v.uitkomst.padEnd(20)} ${v.aantal.toLocaleString('nl-NL').padStart(10)}  ${euro(v.totaal).padStart(18)}`,
      );
  }
  if (r.betalingen.length) {
    regels.push('  Betalingen:');
    for (const b of r.betalingen)
      regels.push(
        `    ${b.regeling.padEnd(20)} ${b.aantal.toLocaleString('nl-NL').padStart(10)}  ${euro(b.totaal).padStart(18)}`,
      );
  }
  regels.push(r.uitval.length ? '  Uitval (zaken per reden):' : '  Uitval: geen');
  for (const u of r.uitval)
    regels.push(`    ${u.reden.padEnd(28)} ${u.aantal.toLocaleString('nl-NL').padStart(10)}`);
  return `${regels.join('\n')}\n`;
}
