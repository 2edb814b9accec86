/**
 * Issue 10, item 1, on the services: four-eyes cannot be walked around. The standard outcome is
 * what the law gives, computed by the server (never from the request) and logged for every person;
 * a level 2 remedy always needs a team lead, who sees the total effect (cases × amount).
 */

import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { Conflict, Ongeldig } from '@regelmaat/kernel';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { maakZaak, zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { maatwerkTerGoedkeuring } from './goedkeuringen';
import {
  keurMaatwerkGoed,
  legMaatwerkbesluitVast,
  type MaatwerkVraag,
  standaardUitkomstVoorZaak,
} from './maatwerk';
import { overzicht } from './overzicht';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';
import { personenUitFeiten } from './verwerkingslog';
import { claimZaak } from './werk';
import { meldWijziging } from './wijzigingen';

const vraag = (zaakId: number, bedrag: number, niveau: MaatwerkVraag['niveau'] = 'geval'): MaatwerkVraag => ({
  zaakId,
  regeling: 'zorgtoeslag',
  jaar: 2026,
  afwijking: { bedrag },
  grondslag: 'awir-13b',
  afweging: 'Hoge zorgkosten na een ongeval; de regel werkt hier onevenredig uit.',
  vragen: { rechtvaardig: 'Ja.', samen: 'Besproken met de burger.', aanspreekbaar: 'Vastgelegd.' },
  niveau,
});

describeEachDatabase('four-eyes and maatwerk after a change on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });
  let standaardVoorschot: number;

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    for (const n of ['behandelaar-1', 'behandelaar-2', 'behandelaar-3', 'teamleider-1']) {
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    }
    sessies.burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    const ov = await overzicht(t.o, als('burger'), {});
    standaardVoorschot = ov.toeslagen.find((x) => x.regeling === 'zorgtoeslag')!.jaarbedrag;
    expect(standaardVoorschot).toBeGreaterThan(0);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  async function zaakInBehandeling(wie = 'behandelaar-1') {
    const z = await maakZaak(
      db,
      { soort: 'uitval-controle', huishoudenId: 1, onderwerp: 'Maatwerk', redenen: ['SCHATTING_WIJKT_AF'] },
      { id: 'systeem', rol: 'systeem' },
      t.o.klok(),
    );
    return claimZaak(t.o, als(wie), z.id, z.versie);
  }

  it('computes the standard outcome on the server, shows it, and logs it for every person concerned', async () => {
    const z = await zaakInBehandeling();
    const s = await standaardUitkomstVoorZaak(t.o, als('behandelaar-1'), z.id, {
      regeling: 'zorgtoeslag',
      jaar: 2026,
    });
    expect(s).toMatchObject({ bedrag: standaardVoorschot, soort: 'voorschot' });
    expect(s.omschrijving).toContain('volgens de wet');
    const personen = personenUitFeiten(await leesDossierFeiten(db, 1));
    expect(personen.length).toBeGreaterThan(1);
    for (const bsn of personen) {
      const log = await verwerkingenVan(db, bsn, SLEUTELS.pseudoniem, { metActor: false });
      expect(log.map((r) => r.naam)).toContain('standaarduitkomst voor maatwerk');
    }
  });

  it('refuses a standard outcome in the request, and compares the requested amount with the law (€ 1,550 → € 25,000 waits)', async () => {
    const z = await zaakInBehandeling();
    const vals = { ...vraag(z.id, 2_500_000), standaardUitkomst: { bedrag: 2_500_000, omschrijving: 'x' } };
    await expect(
      legMaatwerkbesluitVast(t.o, als('behandelaar-1'), vals as MaatwerkVraag),
    ).rejects.toBeInstanceOf(Ongeldig);
    const u = await legMaatwerkbesluitVast(t.o, als('behandelaar-1'), vraag(z.id, 2_500_000));
    expect(u.besluit).toMatchObject({
      status: 'wacht-op-goedkeuring',
      standaardUitkomst: { bedrag: standaardVoorschot },
      verschil: 2_500_000 - standaardVoorschot,
    });
    expect(u.beschikkingId).toBeUndefined();
    const alle = await beschikkingenVan(db, 1);
    expect(geldende(alle, 2026, 'voorschot').get('zorgtoeslag')!.jaarbedrag).toBe(standaardVoorschot);
  });

  it('a level 2 remedy always waits for a team lead, who sees the total effect (cases × amount)', async () => {
    const z = await zaakInBehandeling('behandelaar-2');
    // Two comparable open cases (same reason, other households of the same team).
    for (const huishoudenId of [2, 3])
      await maakZaak(
        db,
        { soort: 'uitval-controle', huishoudenId, onderwerp: 'Idem', redenen: ['SCHATTING_WIJKT_AF'] },
        { id: 'systeem', rol: 'systeem' },
        t.o.klok(),
      );
    const u = await legMaatwerkbesluitVast(
      t.o,
      als('behandelaar-2'),
      vraag(z.id, standaardVoorschot + 10_000, 'vergelijkbaar'),
    );
    expect(u.besluit.status).toBe('wacht-op-goedkeuring'); // € 100 more: within the threshold, still four-eyes
    const lijst = await maatwerkTerGoedkeuring(t.o, als('teamleider-1'), { team: null });
    const mijn = lijst.find((x) => x.besluit.id === u.besluit.id)!;
    expect(mijn.effect.vergelijkbareZaken).toBeGreaterThanOrEqual(2);
    expect(mijn.effect).toMatchObject({
      zaken: mijn.effect.vergelijkbareZaken + 1,
      perZaak: 10_000,
      totaal: (mijn.effect.vergelijkbareZaken + 1) * 10_000,
    });
  });
  it('after a change report the case worker decides again against the standard on the new facts', async () => {
    const z = await zaakInBehandeling('behandelaar-1');
    // € 100 more, this case only: within the threshold, in force at once.
    const u = await legMaatwerkbesluitVast(
      t.o,
      als('behandelaar-1'),
      vraag(z.id, standaardVoorschot + 10_000),
    );
    expect(u.besluit.status).toBe('van-kracht');
    const wijziging = { soort: 'inkomen' as const, persoon: 'aanvrager' as const, bedrag: 45_000 };
    const r = await meldWijziging(t.o, als('burger'), { wijziging, bevestig: true });
    const e = r.effecten.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(e.maatwerk?.besluitId).toBe(u.besluit.id);
    const nieuw = (await zaak(db, r.nieuweZaken[0]!))!;
    const herzien = await claimZaak(t.o, als('behandelaar-3'), nieuw.id, nieuw.versie);
    const s = await standaardUitkomstVoorZaak(t.o, als('behandelaar-3'), herzien.id, {
      regeling: 'zorgtoeslag',
      jaar: 2026,
    });
    // Not the maatwerk amount in force, not the old standard: the law on the facts as known now.
    expect(s.bedrag).toBe(e.maatwerk!.standaardNieuw);
    expect(s.bedrag).toBeLessThan(standaardVoorschot);
    // Keeping the old amount is now a deviation of more than € 500: it waits for a team lead.
    const opnieuw = await legMaatwerkbesluitVast(
      t.o,
      als('behandelaar-3'),
      vraag(herzien.id, standaardVoorschot + 10_000),
    );
    expect(opnieuw.besluit).toMatchObject({
      status: 'wacht-op-goedkeuring',
      standaardUitkomst: { bedrag: s.bedrag },
    });
  });
  it('approval is refused when a reported change moved the standard outcome since recording', async () => {
    const z0 = await maakZaak(
      db,
      { soort: 'uitval-controle', huishoudenId: 2, onderwerp: 'Maatwerk', redenen: ['ANDERS'] },
      { id: 'systeem', rol: 'systeem' },
      t.o.klok(),
    );
    const z = await claimZaak(t.o, als('behandelaar-1'), z0.id, z0.versie);
    const burger2: Context = { sessie: inloggenDigid(t.o, { bsn: t.bsn2 }).sessie, trace: nieuweTrace() };
    const voor = (await overzicht(t.o, burger2, {})).toeslagen.find((x) => x.jaarbedrag > 0)!;
    const u = await legMaatwerkbesluitVast(t.o, als('behandelaar-1'), {
      ...vraag(z.id, voor.jaarbedrag + 200_000),
      regeling: voor.regeling,
    });
    expect(u.besluit.status).toBe('wacht-op-goedkeuring');
    const wijziging = { soort: 'inkomen' as const, persoon: 'aanvrager' as const, bedrag: 45_000 };
    const r = await meldWijziging(t.o, burger2, { wijziging, bevestig: true });
    expect(r.nieuweZaken).toEqual([]); // no maatwerk in force yet: the change applies as always
    const fout = await keurMaatwerkGoed(t.o, als('teamleider-1'), u.besluit.id).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Conflict);
    expect(fout).toMatchObject({ status: 409, code: 'standaard-veranderd' });
    const inKracht = geldende(await beschikkingenVan(db, 2), 2026, 'voorschot').get(voor.regeling)!;
    expect(inKracht.aanleiding).not.toBe('maatwerk');
    expect(
      (await maatwerkTerGoedkeuring(t.o, als('teamleider-1'), { team: null })).map((x) => x.besluit.id),
    ).toContain(u.besluit.id);
  });
});
