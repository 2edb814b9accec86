/**
 * @module
 * Writes households and their facts with COPY (bulk, one round trip per batch).
 */
import { copyLine, type Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';

export const FEIT_KOLOMMEN = [
  'huishouden_id',
  'soort',
  'persoon_bsn',
  'waarde',
  'geldig_vanaf',
  'geldig_tot',
  'bron',
  'geregistreerd_op',
  'vervallen_op',
] as const;

export interface NieuwHuishouden {
  id: number;
  bsnAanvrager: string;
  feiten: readonly Feit[];
}

/** COPY lines for households and facts. */
export function alsCopy(huishoudens: readonly NieuwHuishouden[]): { huishouden: string; feit: string } {
  let hh = '';
  let feit = '';
  for (const h of huishoudens) {
    hh += copyLine([h.id, h.bsnAanvrager]);
    for (const f of h.feiten) {
      feit += copyLine([
        h.id,
        f.soort,
        f.persoonBsn ?? null,
        f.waarde,
        f.geldigVanaf ?? null,
        f.geldigTot ?? null,
        f.bron,
        f.geregistreerdOp,
        f.vervallenOp ?? null,
      ]);
    }
  }
  return { huishouden: hh, feit };
}

/** Writes households with their facts in the given transaction. */
export async function schrijfHuishoudens(sql: Sql, huishoudens: readonly NieuwHuishouden[]): Promise<number> {
  const { huishouden, feit } = alsCopy(huishoudens);
  await sql.copyFrom('huishouden', ['id', 'bsn_aanvrager'], huishouden);
  return sql.copyFrom('feit', FEIT_KOLOMMEN, feit);
}
