/**
 * Issue 10, item 12: an approved maatwerk decision in force is not undone by the citizen's next
 * change report. The rule (docs/verwerking.md): the maatwerk version stays in force, a case opens in
 * the maatwerk team's queue with the new standard amount, and the preview says exactly that.
 *
 * The decision is recorded with the zaken function (which takes the standard outcome from its
 * caller, as before and after the fix) and approved with the service, so this file runs unchanged on
 * the code before the fix, where it fails: the change replaced the maatwerk version.
 */

import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { legMaatwerkVast, zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { keurMaatwerkGoed } from './maatwerk';
import { overzicht } from './overzicht';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { claimZaak } from './werk';
import { meldWijziging } from './wijzigingen';

describeEachDatabase('a change report with maatwerk in force on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    for (const n of ['behandelaar-1', 'teamleider-1'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    sessies.burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('keeps the approved maatwerk in force, says so in the preview, and opens a case in the maatwerk queue', async () => {
    const ov = await overzicht(t.o, als('burger'), {});
    const standaard = ov.toeslagen.find((x) => x.regeling === 'zorgtoeslag')!.jaarbedrag;
    const maatwerkBedrag = standaard + 200_000;
    const z = await claimZaak(t.o, als('behandelaar-1'), t.zaakId, 1);
    const vastgelegd = await legMaatwerkVast(
      db,
      {
        zaakId: z.id,
        regeling: 'zorgtoeslag',
        jaar: 2026,
        standaardUitkomst: { bedrag: standaard, omschrijving: 'voorschot volgens de wet' },
        afwijking: { bedrag: maatwerkBedrag },
        grondslag: 'awir-13b',
        afweging: 'Hoge zorgkosten na een ongeval.',
        vragen: { rechtvaardig: 'Ja.', samen: 'Besproken.', aanspreekbaar: 'Vastgelegd.' },
        niveau: 'geval',
        huishoudtype: 'paar',
        redenen: ['SCHATTING_WIJKT_AF'],
      },
      { id: sessies['behandelaar-1']!.id, rol: 'behandelaar', team: 'uitval' },
      t.o.klok(),
      { goedkeuringsdrempel: 50_000 },
    );
    expect(vastgelegd.status).toBe('wacht-op-goedkeuring');
    const goed = await keurMaatwerkGoed(t.o, als('teamleider-1'), vastgelegd.id);
    expect(goed.beschikkingId).toBeGreaterThan(0);

    // A much higher income: the standard rule would give much less.
    const wijziging = { soort: 'inkomen' as const, persoon: 'aanvrager' as const, bedrag: 45_000 };
    const preview = await meldWijziging(t.o, als('burger'), { wijziging, bevestig: false });
    const e = preview.effecten.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(e.jaarbedragNu).toBe(maatwerkBedrag);
    expect(e.jaarbedragNieuw).toBe(maatwerkBedrag); // the truth: it stays until a case worker decides
    expect(e.voorkomenTerugvordering).toBe(0);
    expect(e.maatwerk).toEqual({ besluitId: vastgelegd.id, standaardNieuw: expect.any(Number) });
    expect(e.maatwerk!.standaardNieuw).toBeLessThan(standaard);

    const bevestigd = await meldWijziging(t.o, als('burger'), { wijziging, bevestig: true });
    const na = geldende(await beschikkingenVan(db, 1), 2026, 'voorschot').get('zorgtoeslag')!;
    expect(na.id).toBe(goed.beschikkingId); // not replaced, not dropped
    expect(na).toMatchObject({ aanleiding: 'maatwerk', jaarbedrag: maatwerkBedrag });
    expect(bevestigd.nieuweBeschikkingen).not.toContain(na.id);
    // The other toeslagen follow the change as always.
    const anders = preview.effecten.filter(
      (x) => x.regeling !== 'zorgtoeslag' && x.jaarbedragNieuw !== x.jaarbedragNu,
    );
    expect(bevestigd.nieuweBeschikkingen).toHaveLength(anders.length);
    expect(bevestigd.nieuweZaken).toHaveLength(1);
    const nieuw = (await zaak(db, bevestigd.nieuweZaken[0]!))!;
    expect(nieuw).toMatchObject({
      soort: 'maatwerk-verzoek',
      team: 'maatwerk',
      status: 'open',
      regeling: 'zorgtoeslag',
      jaar: 2026,
      redenen: ['WIJZIGING_BIJ_MAATWERK'],
    });
    // The citizen's overview still shows the maatwerk amount.
    const ov2 = await overzicht(t.o, als('burger'), {});
    expect(ov2.toeslagen.find((x) => x.regeling === 'zorgtoeslag')).toMatchObject({
      jaarbedrag: maatwerkBedrag,
      aanleiding: 'maatwerk',
    });
  });
});
