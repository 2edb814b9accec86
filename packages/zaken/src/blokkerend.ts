/**
 * @module
 * Blocking cases (issue 16, C4): an open case whose question decides the amount itself — data are
 * missing, the partner or the childcare hours are in doubt, a reconstructed table value is unsure,
 * the citizen must be heard first. A definitive decision for a household with such a case is not
 * made on an assumed value: it is held (`aangehouden`) and made when the last blocking case of the
 * household is closed. Other cases (a call-back, a maatwerk request, an objection, proactive
 * contact) do not hold anything: selection is not a sanction.
 */
import type { Sql } from '@regelmaat/db';
import type { ZaakSoort } from './typen';

/** Case types that are blocking whatever their reasons. */
export const BLOKKERENDE_ZAAKSOORTEN: readonly ZaakSoort[] = [
  'hoorzitting-terugvordering', // Awir art. 26b: hear before the decision that recovers
  'partner-verificatie', // Awir art. 3: a declared partner not yet checked
  'partner-conflict', // two providers report for the same child
  'opvang-afwijking', // provider and parent disagree on the hours (Awir art. 38)
  'partner-afwijking', // corporation and citizen disagree on the rent, or insurance needs a decision
  'kot-tabel-onzeker', // the amount depends on an unsure table value
];

/**
 * Reason codes of the exception rules that block in any case type (an `uitval-controle` case with
 * missing data or a partner in doubt): the amount cannot be known until a person has the answer.
 */
export const BLOKKERENDE_REDENEN: readonly string[] = [
  'ONTBREKENDE_GEGEVENS', // Awir art. 16 lid 4, 18: ask before setting anything
  'PARTNER_CONFLICT', // Awir art. 3: who is the toeslagpartner
  'HOGE_TERUGVORDERING', // Awir art. 26b: hear first
  'ONGELDIG_DOSSIER', // the engine could not read the dossier
];

/** Whether a case of `soort` with `redenen` blocks a decision for its household. */
export function isBlokkerend(soort: string, redenen: readonly string[]): boolean {
  return (
    (BLOKKERENDE_ZAAKSOORTEN as readonly string[]).includes(soort) ||
    redenen.some((r) => BLOKKERENDE_REDENEN.includes(r))
  );
}

const WAAR = `z.status <> 'afgerond' AND (z.soort = ANY($1::text[]) OR z.redenen && $2::text[])`;

/** The households in [vanId, totId) with an open blocking case (one statement, for a run's partition). */
export async function huishoudensMetBlokkerendeZaak(
  sql: Sql,
  vanId: number,
  totId: number,
): Promise<Set<number>> {
  const r = await sql.query<{ h: string | number }>(
    `SELECT DISTINCT z.huishouden_id AS h FROM zaak z
      WHERE ${WAAR} AND z.huishouden_id >= $3 AND z.huishouden_id < $4`,
    [BLOKKERENDE_ZAAKSOORTEN, BLOKKERENDE_REDENEN, vanId, totId],
  );
  return new Set(r.rows.map((x) => Number(x.h)));
}

/** The ids of the household's open blocking cases (empty: nothing holds its decisions). */
export async function blokkerendeZaken(sql: Sql, huishoudenId: number): Promise<number[]> {
  const r = await sql.query<{ id: string | number }>(
    `SELECT z.id FROM zaak z WHERE ${WAAR} AND z.huishouden_id = $3 ORDER BY z.id`,
    [BLOKKERENDE_ZAAKSOORTEN, BLOKKERENDE_REDENEN, huishoudenId],
  );
  return r.rows.map((x) => Number(x.id));
}
