/**
 * @module
 * Recording what lowers a recovery: a payment by the person (simulated: no bank), an offset against
 * a toeslag paid out (verrekening, Awir art. 30), or a lowering (vermindering, art. 26 lid 2). One
 * new ledger entry; nothing is changed. The recovery's row is locked first, so two entries at once
 * cannot together take the balance below zero. A refusal is thrown as the kernel's error model:
 * `Ongeldig` (amount, date), `NietGevonden` (no such recovery), `Conflict` `meer-dan-open`.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, isCivilDate, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { vordering } from './grootboek';

export interface NieuweAfboeking {
  vorderingId: number;
  soort: 'betaling' | 'verrekening' | 'vermindering';
  /** What is paid or set off (eurocents, > 0); the entry books it as a negative amount. */
  bedrag: number;
  /** The day it happened (YYYY-MM-DD), not after `op`. */
  datum: string;
  /** Now (ISO timestamp), from the caller's clock. */
  op: string;
  omschrijving?: string;
  /** A key that makes the entry once only (the monthly run: `verrekening:<vordering>:<maand>`). */
  sleutel?: string;
}

/** Books the entry and returns the balance after it (eurocents). */
export async function boekAf(sql: Sql, n: NieuweAfboeking): Promise<number> {
  if (!Number.isSafeInteger(n.bedrag) || n.bedrag <= 0)
    throw new Ongeldig([
      {
        naam: 'bedrag',
        code: Number.isSafeInteger(n.bedrag) ? 'te-klein' : 'verkeerd-type',
        reden: 'moet een positief bedrag in hele centen zijn',
      },
    ]);
  if (!isCivilDate(n.datum) || n.datum > n.op.slice(0, 10))
    throw new Ongeldig([
      {
        naam: 'datum',
        code: isCivilDate(n.datum) ? 'te-groot' : 'bestaat-niet',
        reden: 'moet een dag zijn die niet na vandaag ligt',
      },
    ]);
  const lock = await sql.query('SELECT id FROM vordering WHERE id = $1 FOR UPDATE', [n.vorderingId]);
  if (lock.rows.length === 0) throw new NietGevonden(`Vordering ${n.vorderingId} bestaat niet.`);
  const v = (await vordering(sql, n.vorderingId))!;
  if (n.bedrag > v.saldo) throw new Conflict('meer-dan-open', 'Dit bedrag is hoger dan wat nog openstaat.');
  await sql.query(
    `INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op, omschrijving, sleutel)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.id, v.huishoudenId, n.soort, -n.bedrag, n.datum, n.op, n.omschrijving ?? null, n.sleutel ?? null],
  );
  return v.saldo - n.bedrag;
}
