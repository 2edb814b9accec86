/**
 * @module
 * Pseudonymisation of data subject ids (Logboek Dataverwerkingen: `dpl.core.data_subject_id`,
 * pseudonymisation recommended; AVG art. 4 onder 5). The pseudonym is HMAC-SHA256 over the BSN with
 * a secret key, in hex: the same BSN always gives the same pseudonym (so an auditor can look a BSN
 * up), but without the key the table cannot be turned back into BSNs, not even by trying all 10⁹.
 */
import { createHmac } from 'node:crypto';
import { isValidBsn } from '@regelmaat/kernel';

export type Sleutel = string | Uint8Array;

export const MINIMALE_SLEUTEL_BYTES = 32;

/** The key as bytes; refuses keys shorter than 32 bytes. */
export function sleutelBytes(sleutel: Sleutel): Buffer {
  const bytes = typeof sleutel === 'string' ? Buffer.from(sleutel, 'utf8') : Buffer.from(sleutel);
  if (bytes.length < MINIMALE_SLEUTEL_BYTES) {
    throw new Error(
      `De pseudonimiseringssleutel is te kort: ${bytes.length} bytes, minimaal ${MINIMALE_SLEUTEL_BYTES} bytes nodig.`,
    );
  }
  return bytes;
}

/** Normalises a BSN to 9 digits, or throws when it fails the 11-proef. */
export function normaliseerBsn(bsn: string): string {
  if (!isValidBsn(bsn)) throw new Error('Ongeldig BSN (voldoet niet aan de 11-proef)');
  return bsn.padStart(9, '0');
}

/** HMAC-SHA256 of a text under the key, in lowercase hex (64 characters). */
export function hmacHex(tekst: string, sleutel: Sleutel): string {
  return createHmac('sha256', sleutelBytes(sleutel)).update(tekst, 'utf8').digest('hex');
}

/** The pseudonym of a BSN: 64 lowercase hex characters. Throws for a BSN that fails the 11-proef. */
export function pseudoniem(bsn: string, sleutel: Sleutel): string {
  return hmacHex(normaliseerBsn(bsn), sleutel);
}
