/**
 * @module
 * Secret keys for HMAC (session tokens): at least 32 bytes, as a string (UTF-8) or bytes. A shorter
 * key is refused with a clear error rather than silently weakening every token.
 */

export type Sleutel = string | Uint8Array;

export const MINIMALE_SLEUTEL_BYTES = 32;

export function sleutelBytes(sleutel: Sleutel): Buffer {
  const bytes = typeof sleutel === 'string' ? Buffer.from(sleutel, 'utf8') : Buffer.from(sleutel);
  if (bytes.length < MINIMALE_SLEUTEL_BYTES) {
    throw new Error(
      `De sleutel is te kort: ${bytes.length} bytes, minimaal ${MINIMALE_SLEUTEL_BYTES} bytes nodig (bijvoorbeeld 32 willekeurige bytes).`,
    );
  }
  return bytes;
}
