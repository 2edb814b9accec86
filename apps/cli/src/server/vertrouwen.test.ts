/**
 * Issue 10 (Trust) on the whole product as `regelmaat server` mounts it (API and web on one
 * Fastify server), on both databases: behind TLS every answer has HSTS and cookies are Secure;
 * logging out on the web revokes the session (a copied cookie, or its token on the API, is refused
 * afterwards); too many login posts give a Dutch page with the wait and Retry-After; a NUL byte in
 * a web form is a 400 page, not a 500.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { maakTestOmgeving } from '@regelmaat/diensten/testing';
import { DEMO_ACCOUNTS, LOCKOUT } from '@regelmaat/toegang';
import { SESSIE_COOKIE, WEB_INLOG_LIMIET } from '@regelmaat/web';
import { Bezoeker } from '@regelmaat/web/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HSTS, maakServer } from './server';

const beh = DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === 'behandelaar-1')!;

describeEachDatabase('trust on the served product on $naam', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let bsn1: string;
  beforeAll(async () => {
    db = await open();
    const t = await maakTestOmgeving(db);
    bsn1 = t.bsn1;
    app = await maakServer(t.o, { achterTls: true });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('sends HSTS on pages and API answers, and Secure cookies, behind TLS', async () => {
    for (const url of ['/', '/medewerker/inloggen', '/v1/openapi.json', '/v1/zaken']) {
      const r = await app.inject({ url });
      expect(r.headers['strict-transport-security'], url).toBe(HSTS);
    }
    const b = new Bezoeker(app);
    await b.get('/medewerker/inloggen');
    const r = await b.post('/medewerker/inloggen', { naam: beh.gebruikersnaam, wachtwoord: beh.wachtwoord });
    expect(r.statusCode).toBe(303);
    const cookies = ([] as string[]).concat((r.headers['set-cookie'] as string | string[] | undefined) ?? []);
    const sessie = cookies.find((c) => c.startsWith(`${SESSIE_COOKIE}=`));
    expect(sessie).toMatch(/; Secure/i);
    expect(sessie).toMatch(/HttpOnly/i);
  });

  it('revokes the session on web logout: a copied cookie and its token on the API are refused', async () => {
    const b = await Bezoeker.alsMedewerker(app, beh.gebruikersnaam, beh.wachtwoord);
    const token = b.cookies.get(SESSIE_COOKIE)!;
    expect(token).toBeTruthy();
    const dief = new Bezoeker(app);
    dief.cookies.set(SESSIE_COOKIE, token);
    expect((await dief.get('/werk')).statusCode).toBe(200);
    expect((await b.post('/uitloggen', {})).statusCode).toBe(303);
    // Before: the cookie was only cleared in the browser; the copy went on working for an hour.
    expect((await dief.get('/werk')).statusCode).toBe(401);
    const api = await app.inject({ url: '/v1/zaken', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(401);
  });

  it('locks a staff account on the web form too, with a Dutch page that says how long to wait', async () => {
    const b = new Bezoeker(app);
    await b.get('/medewerker/inloggen');
    for (let i = 0; i < LOCKOUT.vrijePogingen; i++) {
      const r = await b.post('/medewerker/inloggen', {
        naam: 'behandelaar-2',
        wachtwoord: 'fout-wachtwoord',
      });
      expect(r.statusCode).toBe(400);
    }
    const dicht = await b.post('/medewerker/inloggen', {
      naam: 'behandelaar-2',
      wachtwoord: 'demo-behandelaar-2',
    });
    expect(dicht.statusCode).toBe(429);
    expect(dicht.headers['retry-after']).toBe(String(LOCKOUT.eersteBlokSeconden));
    expect(dicht.body).toContain('Wacht 1 minuut');
  });

  it('limits login form posts per address; the page says how long to wait', async () => {
    const b = new Bezoeker(app);
    await b.get('/inloggen');
    for (let i = 0; i < WEB_INLOG_LIMIET.max; i++) {
      const r = await b.post('/inloggen', { bsn: '123456789' });
      expect(r.statusCode).toBe(400);
    }
    const te = await b.post('/inloggen', { bsn: bsn1 });
    expect(te.statusCode).toBe(429);
    expect(Number(te.headers['retry-after'])).toBeGreaterThan(0);
    expect(te.body).toContain('Te veel pogingen');
    expect(te.body).toMatch(/Wacht \d+ (seconden|minuut|minuten)/);
  });

  it('refuses a NUL byte in a web form as a 400 page (the database would refuse it: a 500)', async () => {
    const b = new Bezoeker(app);
    await b.get('/medewerker/inloggen');
    const r = await b.post('/medewerker/inloggen', { naam: 'teamleider-1\u0000', wachtwoord: 'x' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('teken');
  });
});
