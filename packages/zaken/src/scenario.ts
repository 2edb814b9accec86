/**
 * @module
 * Saved simulation scenarios (migration 034): a reform with its name, author, date and
 * description, and the reform itself as YAML. This store keeps and reads them; whether the YAML is
 * a reform that fits the law is decided before (`@regelmaat/diensten` with package simulatie). The
 * shipped examples are stored read-only under their file name. Scenarios are never changed or
 * removed, so a run and a signal's link keep meaning the same reform.
 */
import type { Sql } from '@regelmaat/db';
import { NietGevonden } from '@regelmaat/kernel';
import { isoKolom } from './zaak-rij';

export interface Scenario {
  id: number;
  naam: string;
  /** The staff id of who saved it, or the example's author. */
  auteur: string;
  /** The civil date it was saved (an example: its own date). */
  datum: string;
  beschrijving: string;
  /** The reform as YAML (jaar, basis, onderdelen in stacking order, beperkingen). */
  hervorming: string;
  /** The shipped example's file name; such a scenario is read-only. */
  voorbeeld: string | null;
  aangemaaktOp: string;
}

export interface NieuwScenario {
  naam: string;
  auteur: string;
  datum: string;
  beschrijving: string;
  hervorming: string;
}

const KOLOMMEN = [
  'id',
  'naam',
  'auteur',
  "to_char(datum, 'YYYY-MM-DD') AS datum",
  'beschrijving',
  'hervorming',
  'voorbeeld',
  isoKolom('aangemaakt_op', 'aangemaakt_op'),
].join(', ');

interface Rij {
  id: string;
  naam: string;
  auteur: string;
  datum: string;
  beschrijving: string;
  hervorming: string;
  voorbeeld: string | null;
  aangemaakt_op: string;
}

const naarScenario = (r: Rij): Scenario => ({
  id: Number(r.id),
  naam: r.naam,
  auteur: r.auteur,
  datum: r.datum,
  beschrijving: r.beschrijving,
  hervorming: r.hervorming,
  voorbeeld: r.voorbeeld,
  aangemaaktOp: r.aangemaakt_op,
});

/** Stores a scenario (already checked) and returns it with its id. */
export async function bewaarScenario(sql: Sql, s: NieuwScenario, nu: string): Promise<Scenario> {
  const r = await sql.query<Rij>(
    `INSERT INTO scenario (naam, auteur, datum, beschrijving, hervorming, aangemaakt_op)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${KOLOMMEN}`,
    [s.naam.trim(), s.auteur, s.datum, s.beschrijving.trim(), s.hervorming, nu],
  );
  return naarScenario(r.rows[0]!);
}

/**
 * Stores the shipped examples that are not stored yet (by file name); an example already stored is
 * left as it is, so its id stays and what a link pointed to does not change under it.
 */
export async function bewaarVoorbeeldScenarios(
  sql: Sql,
  voorbeelden: readonly (NieuwScenario & { voorbeeld: string })[],
  nu: string,
): Promise<void> {
  for (const v of voorbeelden)
    await sql.query(
      `INSERT INTO scenario (naam, auteur, datum, beschrijving, hervorming, voorbeeld, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (voorbeeld) DO NOTHING`,
      [v.naam, v.auteur, v.datum, v.beschrijving, v.hervorming, v.voorbeeld, nu],
    );
}

/** The scenarios, the shipped examples first, then the newest first. */
export async function scenarioLijst(sql: Sql): Promise<Scenario[]> {
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM scenario ORDER BY voorbeeld IS NULL, datum DESC, id DESC LIMIT 500`,
  );
  return r.rows.map(naarScenario);
}

/** A scenario by its id; NietGevonden when there is none. */
export async function scenarioMetId(sql: Sql, id: number): Promise<Scenario> {
  const r = await sql.query<Rij>(`SELECT ${KOLOMMEN} FROM scenario WHERE id = $1`, [id]);
  if (!r.rows[0]) throw new NietGevonden(`Er is geen scenario ${id}.`);
  return naarScenario(r.rows[0]);
}

/** Whether a scenario with this id exists. */
export async function bestaatScenario(sql: Sql, id: number): Promise<boolean> {
  const r = await sql.query(`SELECT 1 FROM scenario WHERE id = $1`, [id]);
  return r.rows.length > 0;
}
