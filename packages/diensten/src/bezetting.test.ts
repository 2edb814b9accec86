/**
 * Every case type lands in a team with staff (issue 17): the start-up check names the case types
 * whose team has nobody, and every case type of the demo is in some demo staff member's queue.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS, heeftRecht } from '@regelmaat/toegang';
import { maakZaak, ZAAKTYPEN } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bezetting, controleerBezetting, OnbezetteZaaktypen } from './bezetting';
import { inloggenMedewerker } from './sessies';
import { maakTestOmgeving, NU, type TestOmgeving } from './testing/test-omgeving';
import { werklijst } from './werklijst';

describeEachDatabase('bezetting of case types on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('puts every case type of the demo in some demo staff member’s queue', async () => {
    const huishoudenId = (await db.query<{ id: number }>('SELECT min(id)::int AS id FROM huishouden'))
      .rows[0]!.id;
    const gezien = new Map<string, string[]>();
    for (const type of ZAAKTYPEN) {
      const z = await maakZaak(
        db,
        { soort: type.id, huishoudenId, onderwerp: `Proef ${type.naam}` },
        { id: 'systeem', rol: 'systeem' },
        NU,
      );
      const wie: string[] = [];
      for (const a of DEMO_ACCOUNTS) {
        const { sessie } = await inloggenMedewerker(t.o, {
          gebruikersnaam: a.gebruikersnaam,
          wachtwoord: a.wachtwoord,
        });
        const ctx = { sessie, trace: nieuweTrace() };
        if (!heeftRecht(sessie.rol, 'zaak:lezen')) continue;
        // Page through the team queue (unclaimed cases) until the case or the end.
        let vanaf: string | undefined;
        for (;;) {
          const r = await werklijst(t.o, ctx, { lijst: 'team', ...(vanaf !== undefined ? { vanaf } : {}) });
          if (r.zaken.some((x) => x.id === z.id)) {
            wie.push(a.gebruikersnaam);
            break;
          }
          if (r.vanaf === undefined) break;
          vanaf = r.vanaf;
        }
      }
      gezien.set(type.id, wie);
    }
    console.log(
      `case types → demo staff who see them in their team queue: ${[...gezien]
        .map(([id, wie]) => `${id}: ${wie.join(', ')}`)
        .join('; ')}`,
    );
    for (const type of ZAAKTYPEN) expect(gezien.get(type.id), type.id).not.toEqual([]);
  });

  it('lets the demo staff pass the start-up check', async () => {
    const b = await controleerBezetting(db);
    expect(b.onbezet).toEqual([]);
    expect(b.medewerkers).toBe(DEMO_ACCOUNTS.length);
  });

  it('refuses a case type whose team has no active case worker or team lead', async () => {
    await db.query(`UPDATE gebruiker SET actief = false WHERE team = 'klantcontact'`);
    try {
      const b = await bezetting(db);
      expect(b.onbezet).toEqual([
        { zaaktype: 'contactverzoek', naam: 'Verzoek om contact', team: 'klantcontact' },
      ]);
      const fout = await controleerBezetting(db).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(OnbezetteZaaktypen);
      expect((fout as Error).message).toContain('contactverzoek (Verzoek om contact) → team klantcontact');
    } finally {
      await db.query(`UPDATE gebruiker SET actief = true WHERE team = 'klantcontact'`);
    }
  });

  it('passes a database without any staff account (not set up yet)', async () => {
    const leeg = await open();
    try {
      const b = await controleerBezetting(leeg);
      expect(b.medewerkers).toBe(0);
      expect(b.onbezet.length).toBe(ZAAKTYPEN.length);
    } finally {
      await leeg.close();
    }
  });
});
