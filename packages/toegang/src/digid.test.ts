import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digidSimulatie } from './digid';

const aan = { ingeschakeld: true };

describe('the DigiD simulation', () => {
  it('logs in with a BSN that passes the 11-proef', () => {
    expect(digidSimulatie('111222333', aan)).toEqual({ ok: true, bsn: '111222333' });
    expect(digidSimulatie(' 1112 22.333 ', aan)).toEqual({ ok: true, bsn: '111222333' });
  });

  it('is refused when it is not enabled, even with a valid BSN', () => {
    const r = digidSimulatie('111222333', { ingeschakeld: false });
    expect(r).toMatchObject({ ok: false, code: 'DIGID_SIMULATIE_UIT' });
  });

  it('refuses a BSN that fails the 11-proef, and says so in Dutch', () => {
    const r = digidSimulatie('111222334', aan);
    expect(r).toMatchObject({ ok: false, code: 'BSN_ELFPROEF' });
    if (!r.ok) expect(r.melding).toMatch(/burgerservicenummer/);
  });

  it('refuses empty and malformed input', () => {
    expect(digidSimulatie('', aan)).toMatchObject({ ok: false, code: 'BSN_ONTBREEKT' });
    expect(digidSimulatie(undefined, aan)).toMatchObject({ ok: false, code: 'BSN_ONTBREEKT' });
    expect(digidSimulatie('12345', aan)).toMatchObject({ ok: false, code: 'BSN_VORM' });
    expect(digidSimulatie('11122233a', aan)).toMatchObject({ ok: false, code: 'BSN_VORM' });
    expect(digidSimulatie('000000000', aan)).toMatchObject({ ok: false, code: 'BSN_ELFPROEF' });
  });

  it('accepts exactly the 9-digit numbers whose weighted sum is divisible by 11', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (cijfers) => {
        const bsn = cijfers.join('');
        const som = cijfers.slice(0, 8).reduce((s, c, i) => s + (9 - i) * c, 0) - cijfers[8]!;
        const verwacht = som % 11 === 0 && bsn !== '000000000';
        expect(digidSimulatie(bsn, aan).ok).toBe(verwacht);
      }),
    );
  });
});
