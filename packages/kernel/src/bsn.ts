/**
 * @module
 * Burgerservicenummer (BSN) check: the 11-proef. Nine digits d1…d9 pass when
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros).
 */

export function isValidBsn(bsn: string): boolean {
  if (!/^\d{8,9}$/.test(bsn)) return false;
  const digits = bsn.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}

/** Masks a BSN for logs and screens that must not show it: `*****6782`. */
export function redactBsn(bsn: string): string {
  return `*****${bsn.slice(-4)}`;
}
