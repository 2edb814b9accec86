import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLLEN } from './rechten';
import { isSessie, leesSessieToken, maakSessieToken, type Sessie } from './sessie';

const SLEUTEL = 'test-sleutel-van-minstens-32-bytes-lang!!';
const ANDERE = 'een-andere-sleutel-ook-32-bytes-of-meer!!';
const NU = '2026-03-01T10:00:00.000Z';
const behandelaar = { rol: 'behandelaar', id: 'm-behandelaar-1', naam: 'Anna Demo', team: 'uitval' } as const;

describe('session tokens', () => {
  it('round-trips a session and sets the expiry from nu', () => {
    const token = maakSessieToken(behandelaar, SLEUTEL, NU, 30);
    expect(leesSessieToken(token, SLEUTEL, NU)).toEqual({
      ...behandelaar,
      verloopt: '2026-03-01T10:30:00.000Z',
      sid: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
  });

  it('gives every token its own session id, and refuses a token without one', () => {
    const a = leesSessieToken(maakSessieToken(behandelaar, SLEUTEL, NU, 30), SLEUTEL, NU) as Sessie;
    const b = leesSessieToken(maakSessieToken(behandelaar, SLEUTEL, NU, 30), SLEUTEL, NU) as Sessie;
    expect(a.sid).not.toBe(b.sid);
    // A correctly signed token whose payload has no sid (as made before migration 016) is refused.
    const payload = Buffer.from(
      JSON.stringify({ ...behandelaar, verloopt: '2026-03-01T10:30:00.000Z' }),
    ).toString('base64url');
    const sig = createHmac('sha256', Buffer.from(SLEUTEL)).update(`v1.${payload}`).digest('base64url');
    expect(leesSessieToken(`v1.${payload}.${sig}`, SLEUTEL, NU)).toEqual({ fout: 'ongeldig' });
  });

  it('is expired at and after the expiry, valid just before', () => {
    const token = maakSessieToken(behandelaar, SLEUTEL, NU, 30);
    expect(isSessie(leesSessieToken(token, SLEUTEL, '2026-03-01T10:29:59.999Z'))).toBe(true);
    expect(leesSessieToken(token, SLEUTEL, '2026-03-01T10:30:00.000Z')).toEqual({ fout: 'verlopen' });
    expect(leesSessieToken(token, SLEUTEL, new Date('2026-03-02T00:00:00Z'))).toEqual({ fout: 'verlopen' });
  });

  it('is invalid under another key', () => {
    const token = maakSessieToken(behandelaar, SLEUTEL, NU, 30);
    expect(leesSessieToken(token, ANDERE, NU)).toEqual({ fout: 'ongeldig' });
  });

  it('is invalid when the payload is swapped for another role, even with a valid signature elsewhere', () => {
    const token = maakSessieToken(behandelaar, SLEUTEL, NU, 30);
    const [v, payload, sig] = token.split('.') as [string, string, string];
    const sessie = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Sessie;
    const vervalst = Buffer.from(JSON.stringify({ ...sessie, rol: 'auditor' })).toString('base64url');
    expect(leesSessieToken(`${v}.${vervalst}.${sig}`, SLEUTEL, NU)).toEqual({ fout: 'ongeldig' });
    // An expired token that is also tampered with is invalid, not expired.
    const langer = Buffer.from(JSON.stringify({ ...sessie, verloopt: '2099-01-01T00:00:00.000Z' })).toString(
      'base64url',
    );
    expect(leesSessieToken(`${v}.${langer}.${sig}`, SLEUTEL, '2026-04-01T00:00:00Z')).toEqual({
      fout: 'ongeldig',
    });
  });

  it('rejects garbage', () => {
    for (const t of ['', 'abc', 'v1..', 'v2.e30.AAAA', 'v1.e30', `v1.e30.${'A'.repeat(43)}`, 'v1.%%%.x.y'])
      expect(leesSessieToken(t, SLEUTEL, NU), t).toEqual({ fout: 'ongeldig' });
  });

  it('requires a BSN that passes the 11-proef for a citizen, and a clientId for a partner', () => {
    expect(() => maakSessieToken({ rol: 'burger', id: 'b1' }, SLEUTEL, NU, 30)).toThrow(/BSN/);
    expect(() => maakSessieToken({ rol: 'burger', id: 'b1', bsn: '111222334' }, SLEUTEL, NU, 30)).toThrow(
      /BSN/,
    );
    expect(() => maakSessieToken({ rol: 'partner', id: 'p' }, SLEUTEL, NU, 30)).toThrow(/clientId/);
    expect(() => maakSessieToken({ ...behandelaar, bsn: '111222333' }, SLEUTEL, NU, 30)).toThrow(/BSN/);
    const burger = maakSessieToken({ rol: 'burger', id: 'b1', bsn: '111222333' }, SLEUTEL, NU, 15);
    expect(leesSessieToken(burger, SLEUTEL, NU)).toMatchObject({ rol: 'burger', bsn: '111222333' });
  });

  it('refuses a key shorter than 32 bytes and a non-positive lifetime', () => {
    expect(() => maakSessieToken(behandelaar, 'kort', NU, 30)).toThrow(/te kort/);
    expect(() => leesSessieToken('v1.a.b', 'kort', NU)).toThrow(/te kort/);
    expect(() => maakSessieToken(behandelaar, SLEUTEL, NU, 0)).toThrow(/positief/);
  });

  const sessieArb = fc.record({
    rol: fc.constantFrom(...ROLLEN.filter((r) => r !== 'burger' && r !== 'partner')),
    id: fc.string({ minLength: 1, maxLength: 40 }),
    naam: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    team: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  });
  const nuArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

  it('round-trips any staff session (property)', () => {
    fc.assert(
      fc.property(sessieArb, nuArb, fc.integer({ min: 1, max: 24 * 60 }), (s, ms, minuten) => {
        const schoon = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as typeof s;
        const nu = new Date(ms);
        const gelezen = leesSessieToken(maakSessieToken(schoon, SLEUTEL, nu, minuten), SLEUTEL, nu);
        expect(gelezen).toEqual({
          ...schoon,
          verloopt: new Date(ms + minuten * 60_000).toISOString(),
          sid: expect.any(String),
        });
      }),
    );
  });

  it('rejects any change to any single character of a token (property)', () => {
    fc.assert(
      fc.property(sessieArb, fc.nat(), fc.nat({ max: 63 }), (s, positie, nieuw) => {
        const schoon = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as typeof s;
        const token = maakSessieToken(schoon, SLEUTEL, NU, 60);
        const i = positie % token.length;
        const alfabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const teken = alfabet[nieuw]!;
        fc.pre(token[i] !== teken);
        const vervalst = token.slice(0, i) + teken + token.slice(i + 1);
        expect(leesSessieToken(vervalst, SLEUTEL, NU)).toEqual({ fout: 'ongeldig' });
      }),
    );
  });
});
