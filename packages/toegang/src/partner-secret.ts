/**
 * @module
 * Partner client secrets. They are generated (32 random bytes), not chosen by people, so a fast hash
 * is enough: with 256 bits of entropy there is nothing to brute-force, and a slow hash such as scrypt
 * would cost ~50 ms on every partner API call. Stored as `sha256$<hex>`; compared timing-safe.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for a new partner client (base64url, 43 characters). */
export function nieuwPartnerSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPartnerSecret(secret: string): string {
  return `sha256$${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

export function kloptPartnerSecret(secret: string, hash: string): boolean {
  const verwacht = Buffer.from(hash, 'utf8');
  const gegeven = Buffer.from(hashPartnerSecret(secret), 'utf8');
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
}
