/**
 * @module
 * The parameter sets decisions were computed with (table `parameterset`, migration 019): the
 * parameter texts of all regelingen, content-addressed by their version (`Wetgeving.versie`), kept
 * once and never changed. A decision refers to its set by `parameter_versie`; `eigenWetgeving`
 * gives the law to explain or reproduce it with.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { ParametersetOngeldig, type Wetgeving, wetgevingUitTeksten } from '@regelmaat/law';

/**
 * Keeps the parameter set `w` (once: a set already kept stays as it was). `op` is the moment it
 * was first used (ISO); without it, the database's clock. Only the hash is sent when the set is
 * already kept, so a single decision pays one small lookup.
 */
export async function bewaarParameterset(sql: Sql, w: Wetgeving, op?: string): Promise<void> {
  const er = await sql.query('SELECT 1 FROM parameterset WHERE hash = $1', [w.versie]);
  if (er.rows.length > 0) return;
  await sql.query(
    `INSERT INTO parameterset (hash, inhoud, vastgelegd_op) VALUES ($1, $2::jsonb, COALESCE($3::timestamptz, now()))
     ON CONFLICT (hash) DO NOTHING`,
    [w.versie, JSON.stringify(w.teksten), op ?? null],
  );
}

/** A kept parameter set: its texts per regeling and when it was first kept (ISO). */
export interface BewaardeParameterset {
  hash: string;
  teksten: unknown;
  vastgelegdOp: string;
}

export async function leesParameterset(sql: Sql, hash: string): Promise<BewaardeParameterset | undefined> {
  const r = await sql.query<{ inhoud: unknown; vastgelegd_op: string }>(
    `SELECT inhoud, ${ISO('vastgelegd_op')} AS vastgelegd_op FROM parameterset WHERE hash = $1`,
    [hash],
  );
  const rij = r.rows[0];
  if (!rij) return undefined;
  // PGlite and node-postgres both parse jsonb; a driver that does not gives the text.
  const teksten = typeof rij.inhoud === 'string' ? JSON.parse(rij.inhoud) : rij.inhoud;
  return { hash, teksten, vastgelegdOp: rij.vastgelegd_op };
}

/**
 * The law a decision was computed with, found by its parameter version:
 * - `bewaard`: the kept set (or the law in force, when it has the same version: the same texts);
 * - `niet-bewaard`: computed with the law of that time, whose texts were not kept (decisions from
 *   before migration 019 of another version);
 * - `onleesbaar`: kept, but this engine cannot load it (its specs changed since) or the texts do
 *   not give their hash.
 */
export type EigenWetgeving =
  | { status: 'bewaard'; versie: string; wetgeving: Wetgeving; vastgelegdOp?: string }
  | { status: 'niet-bewaard'; versie: string }
  | { status: 'onleesbaar'; versie: string; reden: string };

export async function eigenWetgeving(sql: Sql, versie: string, geldend: Wetgeving): Promise<EigenWetgeving> {
  if (versie === geldend.versie) {
    // The same version: the same texts (content addressing). Only when it was kept is read.
    const r = await sql.query<{ op: string }>(
      `SELECT ${ISO('vastgelegd_op')} AS op FROM parameterset WHERE hash = $1`,
      [versie],
    );
    const op = r.rows[0]?.op;
    return { status: 'bewaard', versie, wetgeving: geldend, ...(op ? { vastgelegdOp: op } : {}) };
  }
  const set = await leesParameterset(sql, versie);
  if (!set) return { status: 'niet-bewaard', versie };
  try {
    return {
      status: 'bewaard',
      versie,
      wetgeving: wetgevingUitTeksten(set.teksten, versie),
      vastgelegdOp: set.vastgelegdOp,
    };
  } catch (e) {
    if (e instanceof ParametersetOngeldig) return { status: 'onleesbaar', versie, reden: e.message };
    throw e;
  }
}
