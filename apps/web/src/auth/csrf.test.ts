/** The CSRF checks: equal well-formed tokens only; Origin must match the host when sent. */
import { describe, expect, it } from 'vitest';
import { csrfKlopt, isCsrfToken, nieuwCsrfToken, originKlopt } from './csrf';

describe('csrf', () => {
  it('makes unguessable tokens of the expected form', () => {
    const a = nieuwCsrfToken();
    expect(isCsrfToken(a)).toBe(true);
    expect(nieuwCsrfToken()).not.toBe(a);
  });
  it('accepts only equal tokens', () => {
    const a = nieuwCsrfToken();
    expect(csrfKlopt(a, a)).toBe(true);
    expect(csrfKlopt(a, nieuwCsrfToken())).toBe(false);
    expect(csrfKlopt(a, undefined)).toBe(false);
    expect(csrfKlopt(undefined, a)).toBe(false);
    expect(csrfKlopt('x', 'x')).toBe(false);
    expect(csrfKlopt(a, [a])).toBe(false);
  });
  it('checks the Origin header against the host', () => {
    expect(originKlopt(undefined, 'localhost:3000')).toBe(true);
    expect(originKlopt('http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(originKlopt('https://evil.example', 'localhost:3000')).toBe(false);
    expect(originKlopt('null', 'localhost:3000')).toBe(false);
  });
});
