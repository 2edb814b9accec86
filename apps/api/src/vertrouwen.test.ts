/**
 * Issue 10 (Trust), over HTTP on both databases: lockout with backoff per account and per-IP rate
 * limits on logging in (429 problem+json with Retry-After), logout that revokes the session on the
 * server, headers on every answer, text and numbers the database cannot hold refused as 400, and
 * reassignment only to staff of the case's team. Each test also tries the obvious way around.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS, DEMO_PARTNER, LOCKOUT } from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INLOG_LIMIET } from './routes/sessies';
import { type ApiTest, gebruikApiTest, maakApiTest, NU } from './testing/api-omgeving';

const beh1 = DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === 'behandelaar-1')!;
const beh2 = DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === 'behandelaar-2')!;

const inloggen = (t: ApiTest, gebruikersnaam: string, wachtwoord: string, ip = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/v1/sessies',
    payload: { gebruikersnaam, wachtwoord },
    remoteAddress: ip,
  });

describeEachDatabase('trust on $naam', ({ open }) => {
  // A clock the lockout tests can move forward.
  let nu = Date.parse(NU);
  const t = {} as ApiTest;
  const gedeeld = gebruikApiTest(open);

  beforeAll(async () => {
    Object.assign(t, await maakApiTest(await open(), () => new Date(nu).toISOString()));
  }, 60_000);
  afterAll(async () => {
    await t.app?.close();
    await t.db?.close();
  });

  it('locks a staff account after 5 failures, with a doubling wait, whatever the IP or spelling', async () => {
    // Different addresses and spellings of the same user name count for the same account.
    for (let i = 0; i < LOCKOUT.vrijePogingen; i++) {
      const naam = ['behandelaar-1', 'BEHANDELAAR-1', ' Behandelaar-1 '][i % 3]!;
      const r = await inloggen(t, naam, 'fout-wachtwoord', `10.0.0.${i + 1}`);
      expect(r.statusCode, r.body).toBe(401);
    }
    // Now even the right password is refused: 429, problem+json, Retry-After.
    const dicht = await inloggen(t, beh1.gebruikersnaam, beh1.wachtwoord, '10.9.9.9');
    expect(dicht.statusCode).toBe(429);
    expect(dicht.headers['content-type']).toContain('application/problem+json');
    expect(dicht.headers['retry-after']).toBe(String(LOCKOUT.eersteBlokSeconden));
    expect(dicht.json()).toMatchObject({ status: 429, code: 'te-veel-pogingen' });
    expect(dicht.json().detail).toContain('1 minuut');
    // Another account is not affected.
    expect((await inloggen(t, beh2.gebruikersnaam, beh2.wachtwoord)).statusCode).toBe(201);
    // After the wait one more attempt; it fails, and the next wait is twice as long.
    nu += LOCKOUT.eersteBlokSeconden * 1000;
    expect((await inloggen(t, beh1.gebruikersnaam, 'nog-steeds-fout')).statusCode).toBe(401);
    const langer = await inloggen(t, beh1.gebruikersnaam, beh1.wachtwoord);
    expect(langer.statusCode).toBe(429);
    expect(langer.headers['retry-after']).toBe(String(2 * LOCKOUT.eersteBlokSeconden));
    // After that wait the right password works and the count starts again.
    nu += 2 * LOCKOUT.eersteBlokSeconden * 1000;
    expect((await inloggen(t, beh1.gebruikersnaam, beh1.wachtwoord)).statusCode).toBe(201);
    expect((await inloggen(t, beh1.gebruikersnaam, 'fout')).statusCode).toBe(401);
  });

  it('lets no more than the free attempts through when guesses come at once', async () => {
    const naam = 'teamleider-2';
    const r = await Promise.all(
      Array.from({ length: 12 }, (_, i) => inloggen(t, naam, `gok-${i}`, `10.1.0.${i}`)),
    );
    const codes = r.map((x) => x.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(LOCKOUT.vrijePogingen);
    expect(codes.filter((c) => c === 429)).toHaveLength(12 - LOCKOUT.vrijePogingen);
  });

  it('counts unknown user names like known ones (the answer does not tell which exist)', async () => {
    for (let i = 0; i < LOCKOUT.vrijePogingen; i++)
      expect((await inloggen(t, 'bestaat-niet', 'x')).statusCode).toBe(401);
    expect((await inloggen(t, 'bestaat-niet', 'x')).statusCode).toBe(429);
    // The table holds no typed name, only its HMAC.
    const rijen = await t.db.query<{ sleutel: string }>('SELECT sleutel FROM inlogpoging');
    expect(rijen.rows.every((x) => /^[0-9a-f]{64}$/.test(x.sleutel))).toBe(true);
    // A day later, the next successful login clears the rows of names gone quiet.
    nu += LOCKOUT.vergeetNaSeconden * 1000 + LOCKOUT.maxBlokSeconden * 1000;
    expect((await inloggen(t, beh2.gebruikersnaam, beh2.wachtwoord)).statusCode).toBe(201);
    expect((await t.db.query('SELECT 1 FROM inlogpoging')).rows).toEqual([]);
  });

  it('locks a partner client after 5 wrong secrets', async () => {
    const partner = (secret: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/sessies/partner',
        payload: { clientId: DEMO_PARTNER.clientId, secret },
      });
    for (let i = 0; i < LOCKOUT.vrijePogingen; i++) expect((await partner('fout')).statusCode).toBe(401);
    const dicht = await partner(DEMO_PARTNER.secret);
    expect(dicht.statusCode).toBe(429);
    expect(Number(dicht.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits login requests per connection address; a forged X-Forwarded-For does not reset it', async () => {
    const digid = (ip: string, xff?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/sessies/digid-simulatie',
        payload: { bsn: t.bsn1 },
        remoteAddress: ip,
        ...(xff ? { headers: { 'x-forwarded-for': xff } } : {}),
      });
    for (let i = 0; i < INLOG_LIMIET.max; i++) {
      const r = await digid('192.0.2.7', `203.0.113.${i}`);
      expect(r.statusCode, r.body).toBe(201);
    }
    const te = await digid('192.0.2.7', '198.51.100.1');
    expect(te.statusCode).toBe(429);
    expect(te.headers['content-type']).toContain('application/problem+json');
    expect(Number(te.headers['retry-after'])).toBeGreaterThan(0);
    expect(te.json()).toMatchObject({ code: 'te-veel-pogingen' });
    // Another address has its own count.
    expect((await digid('192.0.2.8')).statusCode).toBe(201);
  });

  it('refuses a token after logout, also a copy taken before, on every route', async () => {
    const token = await gedeeld.verseToken('behandelaar');
    const kopie = `${token}`;
    const met = (tk: string) => ({ authorization: `Bearer ${tk}` });
    expect((await gedeeld.app.inject({ url: '/v1/zaken', headers: met(token) })).statusCode).toBe(200);
    const uit = await gedeeld.app.inject({
      method: 'POST',
      url: '/v1/sessies/afmelding',
      headers: met(token),
    });
    expect(uit.statusCode).toBe(200);
    for (const tk of [token, kopie]) {
      const r = await gedeeld.app.inject({ url: '/v1/zaken', headers: met(tk) });
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({ code: 'niet-ingelogd' });
    }
    // Logging out again with the revoked token: 401, and no other session is touched.
    expect(
      (await gedeeld.app.inject({ method: 'POST', url: '/v1/sessies/afmelding', headers: met(kopie) }))
        .statusCode,
    ).toBe(401);
    const ander = await gedeeld.token('behandelaar');
    expect((await gedeeld.app.inject({ url: '/v1/zaken', headers: met(ander) })).statusCode).toBe(200);
    // A citizen's session is revoked the same way.
    const burger = await gedeeld.verseToken('burger');
    await gedeeld.app.inject({ method: 'POST', url: '/v1/sessies/afmelding', headers: met(burger) });
    expect((await gedeeld.app.inject({ url: '/v1/mijn/zaken', headers: met(burger) })).statusCode).toBe(401);
  });

  it('answers with Cache-Control: no-store and X-Content-Type-Options: nosniff, errors included', async () => {
    const token = await gedeeld.token('behandelaar');
    for (const r of [
      await gedeeld.app.inject({ url: '/v1/zaken', headers: { authorization: `Bearer ${token}` } }),
      await gedeeld.app.inject({ url: '/v1/zaken' }),
      await gedeeld.app.inject({ url: '/v1/bestaat-niet' }),
      await gedeeld.app.inject({ url: '/v1/openapi.json' }),
    ]) {
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses NUL characters and lone surrogates in text as 400, in bodies and queries', async () => {
    const token = await gedeeld.token('behandelaar');
    const h = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const voor = await gedeeld.db.query<{ n: string }>('SELECT count(*) AS n FROM contact');
    for (const onderwerp of ['a\u0000b', 'a\ud800b', '\udc00', '\u0000']) {
      const r = await gedeeld.app.inject({
        method: 'POST',
        url: '/v1/contacten',
        headers: h,
        payload: JSON.stringify({
          bsn: gedeeld.bsn1,
          kanaal: 'telefoon',
          richting: 'inkomend',
          onderwerp,
          uitkomst: 'ok',
        }),
      });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().invalidParams).toEqual([
        { name: 'onderwerp', reason: expect.stringContaining('teken'), code: 'niet-opslaanbaar' },
      ]);
    }
    // A pair of surrogates is a real character (an emoji) and is fine.
    const emoji = await gedeeld.app.inject({
      method: 'POST',
      url: '/v1/contacten',
      headers: h,
      payload: JSON.stringify({
        bsn: gedeeld.bsn1,
        kanaal: 'telefoon',
        richting: 'inkomend',
        onderwerp: 'vraag 🙂',
        uitkomst: 'ok',
      }),
    });
    expect(emoji.statusCode, emoji.body).toBe(201);
    const na = await gedeeld.db.query<{ n: string }>('SELECT count(*) AS n FROM contact');
    expect(Number(na.rows[0]!.n)).toBe(Number(voor.rows[0]!.n) + 1);
    const q = await gedeeld.app.inject({ url: '/v1/zaken?team=%00', headers: h });
    expect(q.statusCode, q.body).toBe(400);
    const pw = await gedeeld.app.inject({
      method: 'POST',
      url: '/v1/sessies',
      payload: { gebruikersnaam: 'behandelaar-2', wachtwoord: 'x\u0000' },
    });
    expect(pw.statusCode).toBe(400);
  });

  it('refuses numbers beyond the database columns as 400 (was a 500)', async () => {
    const token = await gedeeld.token('behandelaar');
    const h = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    for (const versie of [2 ** 31, 2 ** 53, 1e300]) {
      const r = await gedeeld.app.inject({
        method: 'POST',
        url: `/v1/zaken/${gedeeld.zaakId}/claim`,
        headers: h,
        payload: JSON.stringify({ versie }),
      });
      expect(r.statusCode, r.body).toBe(400);
    }
    const id = await gedeeld.app.inject({ url: `/v1/zaken/${2 ** 63}`, headers: h });
    expect(id.statusCode).toBe(400);
    const bedrag = await gedeeld.app.inject({
      url: `/v1/zaken/${gedeeld.zaakId}/vergelijkbare-besluiten?regeling=huurtoeslag&jaar=2026&bedrag=${2 ** 31}`,
      headers: h,
    });
    expect(bedrag.statusCode, bedrag.body).toBe(400);
  });

  it('reassigns only to case workers and team leads of the case’s team', async () => {
    const token = await gedeeld.token('teamleider'); // teamleider-1, team uitval
    const h = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const zaak = async () =>
      (await gedeeld.app.inject({ url: `/v1/zaken/${gedeeld.zaakId}`, headers: h })).json().zaak;
    const voor = await zaak();
    const herverdeel = (naar: string | null) =>
      gedeeld.app.inject({
        method: 'POST',
        url: '/v1/zaken/herverdeling',
        headers: h,
        payload: JSON.stringify({ zaakIds: [gedeeld.zaakId], naar }),
      });
    // The auditor, a policy analyst, an unknown id, a citizen's pseudonym: 400, naming the field.
    for (const naar of ['m-auditor-1', 'm-beleid-1', 'niemand', 'burger-0123456789abcdef', 'auditor-1']) {
      const r = await herverdeel(naar);
      expect(r.statusCode, naar).toBe(400);
      expect(r.json().invalidParams).toEqual([{ name: 'naar', reason: expect.stringContaining(naar) }]);
    }
    // A case worker of another team: refused for this case.
    const ander = await herverdeel('m-behandelaar-3');
    expect(ander.statusCode).toBe(200);
    expect(ander.json()).toEqual([
      expect.objectContaining({ zaakId: gedeeld.zaakId, ok: false, code: 'niet-toegestaan' }),
    ]);
    expect(await zaak()).toEqual(voor);
    // A case worker of the team: done, and the case is in that person's queue.
    const goed = await herverdeel('m-behandelaar-2');
    expect(goed.json()).toEqual([expect.objectContaining({ ok: true })]);
    expect(await zaak()).toMatchObject({ behandelaar: 'm-behandelaar-2', team: 'uitval' });
    expect((await herverdeel(null)).json()).toEqual([expect.objectContaining({ ok: true })]);
  });
});
