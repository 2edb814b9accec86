/**
 * A single tenant (income € 20,000) for the rent and insurance feeds (issue 16), and the
 * server-owned links that let the demo corporation and insurer report on households and persons.
 */
import type { Db } from '@regelmaat/db';
import type { NieuwHuishouden } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden, testBsn } from '@regelmaat/dossier-opslag/testing';
import { legHuurcontractVast, legVerzekerdeVast } from '@regelmaat/partner-opslag';

/** A single tenant with these rent periods (euros); the applicant's BSN is `testBsn(id * 10)`. */
export function huurderGezin(
  id: number,
  huur: { kaleHuur: number; vanaf?: string; tot?: string }[],
): NieuwHuishouden & { bsn: string } {
  return {
    ...alsNieuwHuishouden({
      id,
      invoer: {
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1980-02-02', toetsingsinkomen: 20_000 },
        huur,
      },
      definitief: { aanvrager: 20_000 },
    }),
    bsn: testBsn(id * 10),
  };
}

/** Records that the corporation rents to these households (idempotent). */
export async function koppelHuurders(
  db: Db,
  clientId: string,
  ids: readonly number[],
  op: string,
): Promise<void> {
  for (const id of ids) await legHuurcontractVast(db, clientId, id, op);
}

/** Records that the insurer insures these persons (idempotent). */
export async function koppelVerzekerden(
  db: Db,
  clientId: string,
  bsns: readonly string[],
  op: string,
): Promise<void> {
  for (const bsn of bsns) await legVerzekerdeVast(db, clientId, bsn, op);
}
