/**
 * @module
 * Password hashing with scrypt (RFC 7914) from node:crypto: a random 16-byte salt per password and
 * the cost parameters stored in the hash, so they can be raised later without breaking old hashes.
 * Format: `scrypt$N$r$p$<salt base64url>$<key base64url>`. Comparison is timing-safe.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** N = 2^14, r = 8, p = 1: the cost OWASP lists as a minimum for scrypt; about 50 ms here. */
export const SCRYPT_STANDAARD = { N: 16_384, r: 8, p: 1 } as const;
const SLEUTEL_BYTES = 32;
const ZOUT_BYTES = 16;

function scryptAsync(wachtwoord: string, zout: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      wachtwoord.normalize('NFC'),
      zout,
      SLEUTEL_BYTES,
      { N, r, p, maxmem: 256 * N * r },
      (fout, sleutel) => (fout ? reject(fout) : resolve(sleutel)),
    );
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashWachtwoord(
  wachtwoord: string,
  kosten: { N: number; r: number; p: number } = SCRYPT_STANDAARD,
): Promise<string> {
  const zout = randomBytes(ZOUT_BYTES);
  const sleutel = await scryptAsync(wachtwoord, zout, kosten.N, kosten.r, kosten.p);
  return [
    'scrypt',
    kosten.N,
    kosten.r,
    kosten.p,
    zout.toString('base64url'),
    sleutel.toString('base64url'),
  ].join('$');
}

/**
 * Whether `wachtwoord` matches `hash`. A malformed hash never matches (and does not throw), so a
 * damaged account row cannot be logged into.
 */
export async function kloptWachtwoord(wachtwoord: string, hash: string): Promise<boolean> {
  const delen = hash.split('$');
  if (delen.length !== 6 || delen[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(delen[1]), Number(delen[2]), Number(delen[3])];
  if (![N, r, p].every((x) => Number.isInteger(x) && x > 0) || N > 1_048_576 || r > 32 || p > 16)
    return false;
  const zout = Buffer.from(delen[4]!, 'base64url');
  const verwacht = Buffer.from(delen[5]!, 'base64url');
  if (zout.length < 8 || verwacht.length !== SLEUTEL_BYTES) return false;
  const sleutel = await scryptAsync(wachtwoord, zout, N, r, p);
  return timingSafeEqual(sleutel, verwacht);
}
