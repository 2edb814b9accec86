import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PARTNER, DEMO_PARTNERS, zaaiDemoAccounts } from './demo-accounts';
import { controleerWachtwoord, maakGebruiker } from './gebruikers';
import { controleerPartner, isKlantVan, koppelKlant, maakPartnerClient, ontkoppelKlant } from './partners';

describeEachDatabase('accounts and partner clients on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '111222333'), (2, '123456782')");
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('seeds the demo accounts once: a second seed creates nothing', async () => {
    expect(await zaaiDemoAccounts(db)).toEqual({
      gebruikers: DEMO_ACCOUNTS.length,
      partners: DEMO_PARTNERS.length,
    });
    expect(await zaaiDemoAccounts(db)).toEqual({ gebruikers: 0, partners: 0 });
    const r = await db.query<{ rol: string; team: string | null; n: number }>(
      'SELECT rol, team, count(*)::int AS n FROM gebruiker GROUP BY rol, team ORDER BY rol, team',
    );
    const telling = Object.fromEntries(r.rows.map((x) => [`${x.rol}/${x.team}`, x.n]));
    expect(telling['behandelaar/uitval']).toBeGreaterThanOrEqual(2);
    expect(telling['behandelaar/maatwerk']).toBeGreaterThanOrEqual(1);
    expect(r.rows.filter((x) => x.rol === 'teamleider').reduce((s, x) => s + x.n, 0)).toBeGreaterThanOrEqual(
      2,
    );
    expect(r.rows.some((x) => x.rol === 'beleidsmedewerker')).toBe(true);
    expect(r.rows.some((x) => x.rol === 'auditor')).toBe(true);
  }, 30_000);

  it('logs every demo account in with its documented password, and stores no password in clear', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const r = await controleerWachtwoord(db, a.gebruikersnaam, a.wachtwoord);
      expect(r, a.gebruikersnaam).toEqual({
        ok: true,
        gebruiker: { id: a.id, gebruikersnaam: a.gebruikersnaam, naam: a.naam, rol: a.rol, team: a.team },
      });
    }
    const hashes = await db.query<{ wachtwoord_hash: string }>('SELECT wachtwoord_hash FROM gebruiker');
    for (const { wachtwoord_hash } of hashes.rows) {
      expect(wachtwoord_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      for (const a of DEMO_ACCOUNTS) expect(wachtwoord_hash).not.toContain(a.wachtwoord);
    }
    expect(new Set(hashes.rows.map((h) => h.wachtwoord_hash)).size).toBe(hashes.rows.length);
  }, 30_000);

  it('gives the same answer for a wrong password, an unknown user and an inactive user', async () => {
    const a = DEMO_ACCOUNTS[0]!;
    expect(await controleerWachtwoord(db, a.gebruikersnaam, `${a.wachtwoord}x`)).toEqual({ ok: false });
    expect(await controleerWachtwoord(db, 'bestaat-niet', a.wachtwoord)).toEqual({ ok: false });
    expect(await controleerWachtwoord(db, a.gebruikersnaam, '')).toEqual({ ok: false });
    await maakGebruiker(db, {
      id: 'm-oud',
      gebruikersnaam: 'Oud-Account',
      naam: 'Oud Demo',
      rol: 'behandelaar',
      team: 'uitval',
      wachtwoord: 'lang-genoeg-wachtwoord',
    });
    expect(await controleerWachtwoord(db, ' oud-account ', 'lang-genoeg-wachtwoord')).toMatchObject({
      ok: true,
    });
    await db.query("UPDATE gebruiker SET actief = false WHERE id = 'm-oud'");
    expect(await controleerWachtwoord(db, 'oud-account', 'lang-genoeg-wachtwoord')).toEqual({ ok: false });
  }, 30_000);

  it('takes about as long for an unknown user as for a wrong password', async () => {
    const a = DEMO_ACCOUNTS[0]!;
    const duur = async (naam: string) => {
      const t = performance.now();
      for (let i = 0; i < 3; i++) await controleerWachtwoord(db, naam, 'fout-wachtwoord');
      return performance.now() - t;
    };
    await duur('bestaat-niet'); // warm up the dummy hash
    const onbekend = await duur('bestaat-niet');
    const fout = await duur(a.gebruikersnaam);
    // Both run one scrypt comparison (tens of ms); without the dummy hash the unknown user would take ~1 ms.
    expect(onbekend).toBeGreaterThan(fout / 3);
  }, 30_000);

  it('refuses staff accounts with a citizen or partner role, or a short password', async () => {
    await expect(
      maakGebruiker(db, {
        id: 'x',
        gebruikersnaam: 'xxx',
        naam: 'X',
        rol: 'burger' as never,
        wachtwoord: 'a'.repeat(12),
      }),
    ).rejects.toThrow(/rol/);
    await expect(
      maakGebruiker(db, { id: 'y', gebruikersnaam: 'yyy', naam: 'Y', rol: 'auditor', wachtwoord: 'kort' }),
    ).rejects.toThrow(/12 tekens/);
  });

  it('checks the partner secret, with one answer for unknown client and wrong secret', async () => {
    expect(await controleerPartner(db, DEMO_PARTNER.clientId, DEMO_PARTNER.secret)).toEqual({
      ok: true,
      partner: { clientId: DEMO_PARTNER.clientId, naam: DEMO_PARTNER.naam, soort: 'kinderopvang' },
    });
    expect(await controleerPartner(db, DEMO_PARTNER.clientId, 'fout')).toEqual({ ok: false });
    expect(await controleerPartner(db, 'onbekend', DEMO_PARTNER.secret)).toEqual({ ok: false });
  });

  it('lets a partner reach only its own clients', async () => {
    await maakPartnerClient(db, {
      clientId: 'verhuurder-demo',
      naam: 'Woonstichting Demo',
      soort: 'verhuurder',
      secret: 'v'.repeat(40),
    });
    await koppelKlant(db, DEMO_PARTNER.clientId, 1);
    await koppelKlant(db, DEMO_PARTNER.clientId, 1); // idempotent
    await koppelKlant(db, 'verhuurder-demo', '2');
    expect(await isKlantVan(db, DEMO_PARTNER.clientId, 1)).toBe(true);
    expect(await isKlantVan(db, DEMO_PARTNER.clientId, 2)).toBe(false);
    expect(await isKlantVan(db, 'verhuurder-demo', 1)).toBe(false);
    expect(await isKlantVan(db, 'verhuurder-demo', 2)).toBe(true);
    await expect(koppelKlant(db, DEMO_PARTNER.clientId, 999)).rejects.toThrow();
    await expect(koppelKlant(db, 'onbekend', 1)).rejects.toThrow();
    expect(await ontkoppelKlant(db, DEMO_PARTNER.clientId, 1)).toBe(true);
    expect(await isKlantVan(db, DEMO_PARTNER.clientId, 1)).toBe(false);
  });
});
