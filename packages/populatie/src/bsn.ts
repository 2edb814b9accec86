/**
 * @module
 * Synthetic burgerservicenummers: a fixed, injective mapping from a person index to a nine-digit
 * number that passes the 11-proef. These numbers are made up for test populations; they are not
 * checked against any register and must never be used for a real person.
 *
 * Layout. Nine digits d1…d9 pass the 11-proef when 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). For
 * any seven leading digits d1…d7 at least 9 of the 10 choices of d8 give a check digit d9 in 0…9
 * (exactly one d8 may need d9 = 10). So index = 9 · prefix + k maps to the k-th usable d8 (k < 9)
 * in constant time, without trying candidates.
 *
 * The first 9,000,000 indices get numbers starting with 9. There are only about 9.09 million valid
 * nine-digit numbers starting with 9, so a larger population cannot stay in that range: indices
 * 9,000,000 … 53,999,999 continue with leading digit 8, 7, 6, 5 and 4 (9 million each). Within a
 * block the six middle digits are scrambled by a fixed bijection, so neighbouring indices do not
 * give neighbouring numbers.
 */

/** Numbers per leading digit (10^6 prefixes × 9 check-digit pairs). */
export const BSN_PER_BLOK = 9_000_000;
/** Leading digits used, in order: the 9-range first. */
const LEIDENDE_CIJFERS = [9, 8, 7, 6, 5, 4] as const;
/** How many distinct synthetic BSNs exist (indices 0 … BSN_CAPACITEIT − 1). */
export const BSN_CAPACITEIT = BSN_PER_BLOK * LEIDENDE_CIJFERS.length;

const MILJOEN = 1_000_000;
/** Multiplier of the prefix bijection x ↦ (x · A + B) mod 10^6; A is coprime with 10. */
const A = 738_677;
const B = 271_829;
/** A⁻¹ mod 10^6, to undo the bijection. */
const A_INVERS = 83_613;

/** The synthetic BSN of person `index` (0 ≤ index < BSN_CAPACITEIT). */
export function syntheticBsn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= BSN_CAPACITEIT) {
    throw new RangeError(`syntheticBsn: index ${index} outside 0…${BSN_CAPACITEIT - 1}`);
  }
  const blok = Math.floor(index / BSN_PER_BLOK);
  const rest = index - blok * BSN_PER_BLOK;
  const d1 = LEIDENDE_CIJFERS[blok]!;
  const k = rest % 9;
  // (x · A) can reach 7.4e11: exact in a double.
  let prefix = ((Math.floor(rest / 9) * A + B) % MILJOEN) as number;
  // d2 … d7 from the prefix, most significant first; weights 8 … 3.
  let som = 9 * d1;
  let cijfers = '';
  for (let gewicht = 3; gewicht <= 8; gewicht++) {
    const d = prefix % 10;
    prefix = (prefix - d) / 10;
    som += gewicht * d;
    cijfers = String(d) + cijfers;
  }
  // d9 ≡ som + 2·d8 (mod 11); the d8 that would need d9 = 10 is skipped.
  const slecht = (((10 - (som % 11) + 11) % 11) * 6) % 11; // 6 = 2⁻¹ mod 11
  const d8 = slecht <= 9 && k >= slecht ? k + 1 : k;
  const d9 = (som + 2 * d8) % 11;
  return `${d1}${cijfers}${d8}${d9}`;
}

/** The index of a synthetic BSN, or null when `bsn` is not one (the inverse of `syntheticBsn`). */
export function syntheticBsnIndex(bsn: string): number | null {
  if (!/^\d{9}$/.test(bsn)) return null;
  const blok = LEIDENDE_CIJFERS.indexOf(Number(bsn[0]) as (typeof LEIDENDE_CIJFERS)[number]);
  if (blok < 0) return null;
  const gescrambeld = Number(bsn.slice(1, 7));
  let som = 9 * Number(bsn[0]);
  for (let i = 1; i <= 6; i++) som += (9 - i) * Number(bsn[i]);
  const slecht = (((10 - (som % 11) + 11) % 11) * 6) % 11;
  const d8 = Number(bsn[7]);
  if (d8 === slecht || (som + 2 * d8) % 11 !== Number(bsn[8])) return null;
  const k = slecht <= 9 && d8 > slecht ? d8 - 1 : d8;
  const prefix = (((((gescrambeld - B) % MILJOEN) + MILJOEN) % MILJOEN) * A_INVERS) % MILJOEN;
  return blok * BSN_PER_BLOK + prefix * 9 + k;
}
