/**
 * Cases end to end on the database: opening, the work queue with its filters and cursor, claim,
 * release, reassignment and closing with their refusals and history.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Ongeldig } from '@regelmaat/kernel';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { ANNA, BART, BURGER, maakHuishoudens, maakMedewerkers, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import { claim, geefVrij, herverdeel, sluitZaak } from './toewijzing';
import type { Zaak } from './typen';
import { werkvoorraad } from './werkvoorraad';
import { historie, zaak } from './zaak-rij';

describeEachDatabase('cases on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2, 3, 4, 5]);
    await maakMedewerkers(db, [ANNA, BART, TEAMLEIDER]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const nieuw = (huishoudenId = 1, soort: Zaak['soort'] = 'maatwerk-verzoek', nu = NU) =>
    maakZaak(db, { soort, huishoudenId, onderwerp: 'Verzoek om lagere terugvordering' }, ANNA, nu);

  it('opens a case in its team queue with a due date from the service norm and a history row', async () => {
    const z = await maakZaak(
      db,
      {
        soort: 'maatwerk-verzoek',
        huishoudenId: 1,
        onderwerp: ' Verzoek ',
        redenen: ['HOGE_TERUGVORDERING'],
        regeling: 'huurtoeslag',
        jaar: 2026,
      },
      ANNA,
      NU,
    );
    expect(z).toMatchObject({
      soort: 'maatwerk-verzoek',
      status: 'open',
      team: 'maatwerk',
      behandelaar: null,
      versie: 1,
      termijn: '2026-04-27', // 2026-03-02 + 56 days
      teLaat: false,
      onderwerp: 'Verzoek',
      runId: null,
      prioriteit: 3,
      regeling: 'huurtoeslag',
      jaar: 2026,
      aangemaaktOp: NU,
    });
    expect(await zaak(db, z.id)).toEqual({ ...z, teLaat: undefined });
    const h = await historie(db, z.id);
    expect(h.map((r) => [r.actie, r.actor, r.versie, r.tijdstip])).toEqual([['aangemaakt', 'anna', 1, NU]]);
  });

  it('refuses to open a case with bad input, naming every problem', async () => {
    const fout = await maakZaak(
      db,
      { soort: 'klacht' as Zaak['soort'], huishoudenId: 1, onderwerp: ' ', prioriteit: 7 },
      ANNA,
      NU,
    ).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Ongeldig);
    expect((fout as Ongeldig).message).toMatch(/onbekend zaaktype "klacht".*onderwerp ontbreekt.*prioriteit/);
    await expect(nieuw(999)).rejects.toThrow('huishouden 999 bestaat niet');
  });

  it('claims once: a second claimer hears who has it; stale versions and closed cases are refused', async () => {
    const z = await nieuw();
    const a = waarde(await uitkomst(claim(db, z.id, z.versie, ANNA, NU)));
    expect(a).toMatchObject({ status: 'in-behandeling', behandelaar: 'anna', versie: 2 });
    const b = await uitkomst(claim(db, z.id, z.versie, BART, NU));
    expect(b).toEqual({ ok: false, code: 'al-geclaimd', melding: expect.stringContaining('anna') });
    expect(await uitkomst(claim(db, 999_999, 1, BART, NU))).toMatchObject({
      ok: false,
      code: 'niet-gevonden',
    });
    expect(await uitkomst(claim(db, z.id, 2, BURGER, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    // Release with an old version: refused; with the current one: back in the queue.
    expect(await uitkomst(geefVrij(db, z.id, 1, ANNA, NU))).toMatchObject({
      ok: false,
      code: 'versie-verouderd',
    });
    expect(await uitkomst(geefVrij(db, z.id, 2, BART, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const vrij = waarde(await uitkomst(geefVrij(db, z.id, 2, ANNA, NU)));
    expect(vrij).toMatchObject({ status: 'open', behandelaar: null, versie: 3 });
    expect(await uitkomst(claim(db, z.id, 2, BART, NU))).toMatchObject({
      ok: false,
      code: 'versie-verouderd',
    });
    const bart = waarde(await uitkomst(claim(db, z.id, 3, BART, NU)));
    expect(await uitkomst(sluitZaak(db, z.id, bart.versie, ' ', BART, NU))).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    expect(await uitkomst(sluitZaak(db, z.id, bart.versie, 'klaar', ANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
      melding: expect.stringContaining('bart'),
    });
    const dicht = waarde(
      await uitkomst(
        sluitZaak(db, z.id, bart.versie, 'Terugvordering verlaagd', BART, '2026-03-05T10:00:00Z'),
      ),
    );
    expect(dicht).toMatchObject({
      status: 'afgerond',
      afgerondOp: '2026-03-05T10:00:00.000Z',
      uitkomst: 'Terugvordering verlaagd',
      versie: 5,
    });
    expect(await uitkomst(claim(db, z.id, dicht.versie, ANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(await uitkomst(geefVrij(db, z.id, dicht.versie, BART, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const h = await historie(db, z.id);
    expect(h.map((r) => [r.actie, r.actor, r.versie])).toEqual([
      ['aangemaakt', 'anna', 1],
      ['geclaimd', 'anna', 2],
      ['vrijgegeven', 'anna', 3],
      ['geclaimd', 'bart', 4],
      ['afgerond', 'bart', 5],
    ]);
  });

  it('limits a team member to their own team', async () => {
    const z = await nieuw(2, 'contactverzoek');
    expect(z.team).toBe('klantcontact');
    expect(await uitkomst(claim(db, z.id, 1, ANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
      melding: expect.stringContaining('klantcontact'),
    });
    expect(
      await uitkomst(claim(db, z.id, 1, { id: 'kees', rol: 'behandelaar', team: 'klantcontact' }, NU)),
    ).toMatchObject({ ok: true });
  });

  it('reassigns in bulk with an outcome per case, only by a team lead', async () => {
    const z1 = await nieuw(3);
    const z2 = await nieuw(3);
    const z3 = await nieuw(3);
    waarde(await uitkomst(claim(db, z2.id, 1, ANNA, NU)));
    const z3claim = waarde(await uitkomst(claim(db, z3.id, 1, ANNA, NU)));
    waarde(await uitkomst(sluitZaak(db, z3.id, z3claim.versie, 'dubbel', ANNA, NU)));
    expect(await herverdeel(db, [z1.id], 'bart', ANNA, NU)).toEqual([
      { zaakId: z1.id, ok: false, code: 'niet-toegestaan', melding: 'Alleen een teamleider mag dit doen.' },
    ]);
    const uit = await herverdeel(db, [z1.id, z2.id, z3.id, 999_999, z1.id], 'bart', TEAMLEIDER, NU);
    expect(uit.map((u) => [u.zaakId, u.ok, u.code])).toEqual([
      [z1.id, true, undefined],
      [z2.id, true, undefined],
      [z3.id, false, 'niet-toegestaan'],
      [999_999, false, 'niet-gevonden'],
    ]);
    expect(await zaak(db, z1.id)).toMatchObject({ status: 'in-behandeling', behandelaar: 'bart', versie: 2 });
    expect(await zaak(db, z2.id)).toMatchObject({ status: 'in-behandeling', behandelaar: 'bart', versie: 3 });
    expect((await historie(db, z2.id)).at(-1)).toMatchObject({
      actie: 'herverdeeld',
      actor: 'tess',
      details: { van: 'anna', naar: 'bart' },
    });
    // To the queue; again to the queue changes nothing and writes no history.
    const terug = await herverdeel(db, [z1.id], null, TEAMLEIDER, NU);
    expect(terug[0]).toMatchObject({ ok: true, zaak: { status: 'open', behandelaar: null, versie: 3 } });
    const nogmaals = await herverdeel(db, [z1.id], null, TEAMLEIDER, NU);
    expect(nogmaals[0]).toMatchObject({ ok: true, zaak: { versie: 3 } });
    expect(await historie(db, z1.id)).toHaveLength(3);
  });

  it('reassigns only to an active case worker or team lead of the case’s own team', async () => {
    await maakMedewerkers(db, [
      { id: 'auditor-x', rol: 'auditor', team: 'maatwerk' },
      { id: 'beleid-x', rol: 'beleidsmedewerker', team: 'maatwerk' },
      { id: 'uitval-x', rol: 'behandelaar', team: 'uitval' },
    ]);
    await maakMedewerkers(db, [{ id: 'oud-x', rol: 'behandelaar', team: 'maatwerk' }], false);
    const z = await nieuw(3);
    const voor = await historie(db, z.id);
    // Before: any string was accepted, and the case vanished from every queue.
    for (const naar of ['auditor-x', 'beleid-x', 'oud-x', 'bestaat-niet', 'ANNA', BURGER.id]) {
      const [u] = await herverdeel(db, [z.id], naar, TEAMLEIDER, NU);
      expect(u, naar).toMatchObject({ ok: false, code: 'ongeldige-invoer' });
      expect(u!.melding).toContain('geen actieve behandelaar of teamleider');
    }
    const [anderTeam] = await herverdeel(db, [z.id], 'uitval-x', TEAMLEIDER, NU);
    expect(anderTeam).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    expect(anderTeam!.melding).toContain('werkt niet in team maatwerk');
    expect(await zaak(db, z.id)).toMatchObject({ status: 'open', behandelaar: null, versie: z.versie });
    expect(await historie(db, z.id)).toEqual(voor);
    // A team lead without a team reaches every team's cases, but still only that team's staff.
    const zonderTeam = { id: 'tl-x', rol: 'teamleider' } as const;
    expect((await herverdeel(db, [z.id], 'uitval-x', zonderTeam, NU))[0]).toMatchObject({ ok: false });
    expect((await herverdeel(db, [z.id], 'bart', zonderTeam, NU))[0]).toMatchObject({ ok: true });
  });

  it('lists the work queue with filters and a keyset cursor', async () => {
    const team = 'invoer-test';
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const z = await maakZaak(
        db,
        { soort: 'hoorzitting-terugvordering', huishoudenId: 4, onderwerp: `Zienswijze ${i}`, team },
        ANNA,
        i < 2 ? '2026-01-05T08:00:00Z' : NU,
      );
      ids.push(z.id);
    }
    waarde(await uitkomst(claim(db, ids[1]!, 1, { id: 'anna', rol: 'behandelaar' }, NU)));
    const vandaag = '2026-03-10'; // the first two (due 2026-02-02) are late
    const alle = await werkvoorraad(db, { team }, vandaag);
    expect(alle.zaken.map((z) => z.id)).toEqual(ids);
    expect(alle.volgende).toBeUndefined();
    const wachtrij = await werkvoorraad(db, { team, behandelaar: null }, vandaag);
    expect(wachtrij.zaken.map((z) => z.id)).toEqual([ids[0], ids[2], ids[3], ids[4]]);
    expect((await werkvoorraad(db, { team, behandelaar: 'anna' }, vandaag)).zaken.map((z) => z.id)).toEqual([
      ids[1],
    ]);
    const laat = await werkvoorraad(db, { team, teLaat: true }, vandaag);
    expect(laat.zaken.map((z) => [z.id, z.teLaat])).toEqual([
      [ids[0], true],
      [ids[1], true],
    ]);
    expect((await werkvoorraad(db, { team, teLaat: false }, vandaag)).zaken).toHaveLength(3);
    expect(
      (await werkvoorraad(db, { team, status: ['in-behandeling'] }, vandaag)).zaken.map((z) => z.id),
    ).toEqual([ids[1]]);
    expect((await werkvoorraad(db, { team, soort: 'contactverzoek' }, vandaag)).zaken).toHaveLength(0);
    expect((await werkvoorraad(db, { huishoudenId: 4 }, vandaag)).zaken).toHaveLength(5);
    // Pages of two: every case once, in order.
    const gezien: number[] = [];
    let na: number | undefined;
    let paginas = 0;
    do {
      const p = await werkvoorraad(db, { team, limiet: 2, ...(na === undefined ? {} : { na }) }, vandaag);
      gezien.push(...p.zaken.map((z) => z.id));
      na = p.volgende;
      paginas++;
    } while (na !== undefined);
    expect(gezien).toEqual(ids);
    expect(paginas).toBe(3);
  });
});
