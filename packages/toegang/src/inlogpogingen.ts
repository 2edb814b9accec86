/**
 * @module
 * Lockout with backoff per account (staff user name, partner client id), held in the database
 * (table `inlogpoging`, migration 016) so that every server process counts the same attempts.
 *
 * An attempt is *reserved* before the password is checked — counted as failed in a transaction that
 * locks the account's row — and cleared only when the check succeeds. So concurrent guesses are
 * serialised on the row and cannot slip past the limit while the (slow, scrypt) check runs.
 *
 * The first {@link LOCKOUT.vrijePogingen} failures cost nothing; each failure after that locks the
 * account for a period that doubles, from {@link LOCKOUT.eersteBlokSeconden} up to
 * {@link LOCKOUT.maxBlokSeconden}. A success resets the count; so does a quiet day. The account is
 * identified by an HMAC of what was typed, so unknown names are counted exactly like known ones (the
 * answer does not tell which names exist) and no typed text is stored.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '@regelmaat/db';
import { TeVaak } from '@regelmaat/kernel';

export const LOCKOUT = {
  /** Failed attempts before the first lock. */
  vrijePogingen: 5,
  /** The first lock; every further failure doubles it. */
  eersteBlokSeconden: 60,
  /** The longest lock. */
  maxBlokSeconden: 15 * 60,
  /** After this long without an attempt the count starts again. */
  vergeetNaSeconden: 24 * 60 * 60,
} as const;

export type InlogSoort = 'medewerker' | 'partner';

/** The row key of an account: HMAC-SHA256 of kind and normalised name, hex. */
export function pogingSleutel(soort: InlogSoort, naam: string, sleutel: string): string {
  return createHmac('sha256', sleutel)
    .update(`inlogpoging\u0000${soort}\u0000${naam.trim().toLowerCase()}`)
    .digest('hex');
}

/** Seconds an account is locked after its `mislukt`-th failure (0 while attempts are free). */
export function blokSeconden(mislukt: number): number {
  const boven = mislukt - LOCKOUT.vrijePogingen;
  if (boven < 0) return 0;
  return Math.min(LOCKOUT.maxBlokSeconden, LOCKOUT.eersteBlokSeconden * 2 ** Math.min(boven, 20));
}

const ms = (iso: string) => Date.parse(iso);

/**
 * Reserves one attempt for an account at `nu`: refused (`TeVaak`, with the seconds to wait) while it is locked;
 * otherwise counted as failed (and the next lock set when the free attempts are used up) until
 * {@link pogingGelukt} clears it.
 */
export async function reserveerPoging(db: Db, soort: InlogSoort, sleutel: string, nu: string): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO inlogpoging (soort, sleutel, mislukt, laatste) VALUES ($1, $2, 0, $3)
       ON CONFLICT (soort, sleutel) DO NOTHING`,
      [soort, sleutel, nu],
    );
    const r = await tx.query<{
      mislukt: number;
      geblokkeerd_tot: Date | string | null;
      laatste: Date | string;
    }>(
      'SELECT mislukt, geblokkeerd_tot, laatste FROM inlogpoging WHERE soort = $1 AND sleutel = $2 FOR UPDATE',
      [soort, sleutel],
    );
    const rij = r.rows[0]!;
    const nuMs = ms(nu);
    const tot = rij.geblokkeerd_tot === null ? undefined : new Date(rij.geblokkeerd_tot).getTime();
    if (tot !== undefined && tot > nuMs) throw new TeVaak(Math.ceil((tot - nuMs) / 1000));
    const vergeten = nuMs - new Date(rij.laatste).getTime() > LOCKOUT.vergeetNaSeconden * 1000;
    const mislukt = (vergeten ? 0 : Number(rij.mislukt)) + 1;
    const blok = blokSeconden(mislukt);
    await tx.query(
      `UPDATE inlogpoging SET mislukt = $3, laatste = $4, geblokkeerd_tot = $5
       WHERE soort = $1 AND sleutel = $2`,
      [soort, sleutel, mislukt, nu, blok > 0 ? new Date(nuMs + blok * 1000).toISOString() : null],
    );
  });
}

/**
 * A reserved attempt succeeded: the account's count starts again. Rows of other names that have
 * been quiet longer than {@link LOCKOUT.vergeetNaSeconden} (and are not locked) are cleared too, so
 * guessed names do not pile up.
 */
export async function pogingGelukt(db: Db, soort: InlogSoort, sleutel: string, nu: string): Promise<void> {
  await db.query('DELETE FROM inlogpoging WHERE soort = $1 AND sleutel = $2', [soort, sleutel]);
  const grens = new Date(ms(nu) - LOCKOUT.vergeetNaSeconden * 1000).toISOString();
  await db.query(
    'DELETE FROM inlogpoging WHERE laatste < $1 AND (geblokkeerd_tot IS NULL OR geblokkeerd_tot < $2)',
    [grens, nu],
  );
}
