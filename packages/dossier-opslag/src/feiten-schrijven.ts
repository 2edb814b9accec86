/**
 * @module
 * Writes households and their facts with COPY (bulk, one round trip per batch).
 */
import { copyValue, type Sql } from '@regelmaat/db';
import type { NieuwHuishouden } from '@regelmaat/dossier';

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

export type { NieuwHuishouden };

const NUL = '\\N';
const tekst = (v: string | undefined): string => (v === undefined ? NUL : copyValue(v));

/** COPY text of households, of their members (`huishouden_lid`) and of their facts. */
export interface CopyTekst {
  huishouden: string;
  lid: string;
  feit: string;
}

/** COPY lines for households and facts (one template per row: this runs for every fact loaded). */
export function alsCopy(huishoudens: readonly NieuwHuishouden[]): CopyTekst {
  let hh = '';
  let lid = '';
  let feit = '';
  for (const h of huishoudens) {
    const id = copyValue(h.id);
    hh += `${id}\t${copyValue(h.bsnAanvrager)}\n`;
    // Members: the applicant and every person the loaded facts name (registry and tax authority
    // facts of a new household). One row per person: a person already in another household makes
    // the COPY fail (primary key of huishouden_lid), by design.
    const leden = new Set([h.bsnAanvrager]);
    for (const f of h.feiten) if (f.soort === 'persoon' && f.persoonBsn) leden.add(f.persoonBsn);
    for (const b of leden) lid += `${copyValue(b)}\t${id}\n`;
    for (const f of h.feiten) {
      feit += `${id}\t${copyValue(f.soort)}\t${tekst(f.persoonBsn)}\t${copyValue(JSON.stringify(f.waarde))}\t${tekst(f.geldigVanaf)}\t${tekst(f.geldigTot)}\t${copyValue(f.bron)}\t${copyValue(f.geregistreerdOp)}\t${tekst(f.vervallenOp)}\n`;
    }
  }
  return { huishouden: hh, lid, feit };
}

/** Writes households with their facts in the given transaction. */
export async function schrijfHuishoudens(sql: Sql, huishoudens: readonly NieuwHuishouden[]): Promise<number> {
  return schrijfCopy(sql, alsCopy(huishoudens));
}

/** Writes COPY text made by `alsCopy` in the given transaction; returns the number of facts. */
export async function schrijfCopy(sql: Sql, { huishouden, lid, feit }: CopyTekst): Promise<number> {
  await sql.copyFrom('huishouden', ['id', 'bsn_aanvrager'], huishouden);
  await sql.copyFrom('huishouden_lid', ['persoon_bsn', 'huishouden_id'], lid);
  return sql.copyFrom('feit', FEIT_KOLOMMEN, feit);
}
