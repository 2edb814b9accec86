/**
 * @module
 * A held definitive decision is made when the last blocking case of its household is closed
 * (issue 16, C4): the run held it (`aangehouden`) instead of deciding on an assumed value
 * (`@regelmaat/zaken` blokkerend.ts). In the transaction that closes the case: when no blocking
 * case of the household is open any more, every held definitive decision becomes `vastgesteld`
 * (its letter follows, `brieven/`) and its settlement is booked — a back-payment paid, a recovery
 * to collect (`@regelmaat/invordering`, Awir art. 24 and 26). While another blocking case is open,
 * nothing changes.
 */
import { stelAangehoudenVast } from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { boekVereffeningen } from '@regelmaat/invordering';
import { blokkerendeZaken } from '@regelmaat/zaken';

export interface NaBlokkade {
  /** The decisions made now (empty: nothing was held, or another blocking case is still open). */
  vastgesteld: number[];
  /** The household's blocking cases still open. */
  nogOpen: number[];
}

/** After a case of `huishoudenId` closed: makes its held decisions when nothing blocks them any more. */
export async function stelVastNaBlokkade(tx: Sql, huishoudenId: number): Promise<NaBlokkade> {
  const nogOpen = await blokkerendeZaken(tx, huishoudenId);
  if (nogOpen.length > 0) return { vastgesteld: [], nogOpen };
  const vrij = await stelAangehoudenVast(tx, huishoudenId);
  // Bookings go per run; a held maatwerk version belongs to none and is booked here no more than it
  // would have been had it not been held.
  for (const runId of new Set(vrij.flatMap((b) => (b.runId === null ? [] : [b.runId]))))
    await boekVereffeningen(tx, { runId, vanId: huishoudenId, totId: huishoudenId + 1 });
  return { vastgesteld: vrij.map((b) => b.id), nogOpen };
}
