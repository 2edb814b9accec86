/**
 * The team-lead overview's counts on the database: open, late, waiting for approval and closed in
 * the period, per team and case type, and the expected completion at that pace.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { teamstand } from './teamstand';
import { ANNA, maakHuishoudens, maakMedewerkers, NU } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import { claim, sluitZaak } from './toewijzing';

describeEachDatabase('team overview counts on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1]);
    await maakMedewerkers(db, [ANNA]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('counts open, late and closed cases per team and type, and the pace', async () => {
    // NU = 2026-03-02. Four maatwerk cases opened then (due 2026-04-27); two closed on 2026-03-10.
    const zaken = [];
    for (let i = 0; i < 4; i++)
      zaken.push(
        await maakZaak(db, { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'V' }, ANNA, NU),
      );
    for (const z of zaken.slice(0, 2)) {
      const c = waarde(await uitkomst(claim(db, z.id, z.versie, ANNA, NU)));
      waarde(await uitkomst(sluitZaak(db, z.id, c.versie, 'Klaar', ANNA, '2026-03-10T09:00:00.000Z')));
    }
    // A contactverzoek (5 days) opened on NU is late on 2026-03-11.
    await maakZaak(db, { soort: 'contactverzoek', huishoudenId: 1, onderwerp: 'Bel mij' }, ANNA, NU);

    const s = await teamstand(db, '2026-03-11', 14);
    const maatwerk = s.regels.find((r) => r.soort === 'maatwerk-verzoek')!;
    expect(maatwerk).toMatchObject({
      team: 'maatwerk',
      open: 2,
      teLaat: 0,
      wachtOpGoedkeuring: 0,
      afgerondInPeriode: 2,
    });
    // 2 closed in 14 days = 1/7 a day: 2 open take 14 days.
    expect(maatwerk.tempo).toEqual({ perDag: 2 / 14, dagenNodig: 14, klaarOp: '2026-03-25' });
    const contact = s.regels.find((r) => r.soort === 'contactverzoek')!;
    expect(contact).toMatchObject({ team: 'klantcontact', open: 1, teLaat: 1, afgerondInPeriode: 0 });
    expect(contact.tempo.klaarOp).toBeUndefined();

    // One team only; and a period that no longer holds the closing.
    expect((await teamstand(db, '2026-03-11', 14, 'klantcontact')).regels.map((r) => r.team)).toEqual([
      'klantcontact',
    ]);
    const later = await teamstand(db, '2026-04-30', 7);
    expect(later.regels.find((r) => r.soort === 'maatwerk-verzoek')).toMatchObject({
      open: 2,
      teLaat: 2,
      afgerondInPeriode: 0,
    });
  });
});
