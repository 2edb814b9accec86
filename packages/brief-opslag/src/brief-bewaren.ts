/**
 * @module
 * Fixing a decision's letter: the first writer wins. The data is built from the decision's own
 * stored snapshot, so a second writer (two people opening the letter at once) would write the same;
 * its insert changes nothing and both read the one row back.
 */
import type { Brief } from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import { leesBrief } from './brief-lezen';
import type { OpgeslagenBrief } from './brief-rij';

export interface NieuweBrief {
  huishoudenId: number;
  /** The letter; `brief.beschikking.id` is the decision's id. */
  brief: Brief;
  /** Now (ISO timestamp), from the caller's clock. */
  op: string;
}

/** Stores the letter unless the decision already has one, and returns the letter as stored. */
export async function bewaarBrief(sql: Sql, n: NieuweBrief): Promise<OpgeslagenBrief> {
  const b = n.brief;
  const id = Number(b.beschikking.id);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new Error(`brief: beschikking-id ${b.beschikking.id} is geen id`);
  await sql.query(
    `INSERT INTO brief (beschikking_id, beschikking_versie, huishouden_id, soort, sjabloon_id, sjabloon_versie,
                        briefdatum, gegevens, vastgelegd_op)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)
     ON CONFLICT (beschikking_id) DO NOTHING`,
    [
      id,
      b.beschikking.versie,
      n.huishoudenId,
      b.gegevens.soort,
      b.sjabloon.id,
      b.sjabloon.versie,
      b.briefdatum,
      JSON.stringify(b.gegevens),
      n.op,
    ],
  );
  return (await leesBrief(sql, id))!;
}
