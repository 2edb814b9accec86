import { DienstFout } from '@regelmaat/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digidSimulatie } from './digid';

const aan = { ingeschakeld: true };

/** The refusal's code and, for input, the field's code. */
function weigering(f: () => unknown): { code: string; veld?: string; melding: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DienstFout)) throw e;
    const velden = (e as { velden?: { code?: string }[] }).velden;
    return { code: e.code, melding: e.message, ...(velden ? { veld: velden[0]?.code } : {}) };
  }
  throw new Error('not refused');
}

describe('the DigiD simulation', () => {
  it('logs in with a BSN that passes the 11-proef', () => {
    expect(digidSimulatie('111222333', aan)).toBe('111222333');
    expect(digidSimulatie(' 1112 22.333 ', aan)).toBe('111222333');
  });

  it('is refused when it is not enabled, even with a valid BSN', () => {
    expect(weigering(() => digidSimulatie('111222333', { ingeschakeld: false }))).toMatchObject({
      code: 'niet-ingelogd',
    });
  });

  it('refuses a BSN that fails the 11-proef, and says so in Dutch', () => {
    const r = weigering(() => digidSimulatie('111222334', aan));
    expect(r).toMatchObject({ code: 'ongeldige-invoer', veld: 'bsn' });
    expect(r.melding).toMatch(/burgerservicenummer/);
  });

  it('refuses empty and malformed input', () => {
    const ongeldig = (veld: string) => ({ code: 'ongeldige-invoer', veld });
    expect(weigering(() => digidSimulatie('', aan))).toMatchObject(ongeldig('verplicht'));
    expect(weigering(() => digidSimulatie(undefined, aan))).toMatchObject(ongeldig('verplicht'));
    expect(weigering(() => digidSimulatie('12345', aan))).toMatchObject(ongeldig('formaat'));
    expect(weigering(() => digidSimulatie('11122233a', aan))).toMatchObject(ongeldig('formaat'));
    expect(weigering(() => digidSimulatie('000000000', aan))).toMatchObject(ongeldig('bsn'));
  });

  it('accepts exactly the 9-digit numbers whose weighted sum is divisible by 11', () => {
    let aanvaard = 0;
    let geweigerd = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (cijfers) => {
        const bsn = cijfers.join('');
        const som = cijfers.slice(0, 8).reduce((s, c, i) => s + (9 - i) * c, 0) - cijfers[8]!;
        const verwacht = som % 11 === 0 && bsn !== '000000000';
        let ok = true;
        try {
          digidSimulatie(bsn, aan);
        } catch {
          ok = false;
        }
        if (ok) aanvaard++;
        else geweigerd++;
        expect(ok).toBe(verwacht);
      }),
    );
    console.log(`DigiD simulation property: ${aanvaard} accepted, ${geweigerd} refused`);
  });
});
