/**
 * A decision explains itself with its own law (issue 12, item 3): after a parameter correction the
 * old decision's explanation still adds up to its amount and names its law version, a new decision
 * uses the new value, reproduction uses the decision's own set, and a decision whose set was never
 * kept says so instead of showing steps of today's law.
 */
import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { eurocent, formatCents } from '@regelmaat/kernel';
import { berekenHuishouden, normaliseer, parseHuishouden, type Wetgeving } from '@regelmaat/law';
import { STANDAARDPREMIE_2026, wetgevingMetCorrectie } from '@regelmaat/law/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { beschikkingMetUitleg, reproduceerBeschikking } from './beschikkingen';
import type { Context } from './context';
import type { Omgeving } from './omgeving';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { meldWijziging } from './wijzigingen';

describeEachDatabase('a decision explained with its own law on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let burger: Context['sessie'];
  let medewerker: Context['sessie'];
  let gecorrigeerd: Wetgeving;
  /** The services after the correction: the same database, the corrected law in force. */
  let o2: Omgeving;
  const ctx = (sessie: Context['sessie']): Context => ({ sessie, trace: nieuweTrace() });
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    medewerker = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
    ).sessie;
    gecorrigeerd = wetgevingMetCorrectie(
      t.o.wetgeving,
      'zorgtoeslag',
      STANDAARDPREMIE_2026.van,
      STANDAARDPREMIE_2026.naar,
    );
    o2 = { ...t.o, wetgeving: gecorrigeerd };
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const zorgtoeslagInKracht = async () => {
    const hh = (
      await db.query<{ id: string }>('SELECT huishouden_id AS id FROM beschikking ORDER BY id LIMIT 1')
    ).rows[0]!.id;
    return geldende(await beschikkingenVan(db, Number(hh)), 2026, 'voorschot').get('zorgtoeslag')!;
  };

  it('the run kept its parameter set once, under the version its decisions carry', async () => {
    const sets = await db.query<{ hash: string; inhoud: Record<string, string> }>(
      'SELECT hash, inhoud FROM parameterset',
    );
    expect(sets.rows.map((r) => r.hash)).toEqual([t.o.wetgeving.versie]);
    expect(sets.rows[0]!.inhoud.zorgtoeslag).toBe(t.o.wetgeving.teksten.zorgtoeslag);
    const versies = await db.query<{ v: string }>('SELECT DISTINCT parameter_versie AS v FROM beschikking');
    expect(versies.rows.map((r) => r.v)).toEqual([t.o.wetgeving.versie]);
    // A kept set never changes.
    await expect(db.query("UPDATE parameterset SET inhoud = '{}'")).rejects.toThrow(/verandert niet/);
    await expect(db.query('DELETE FROM parameterset')).rejects.toThrow(/verandert niet/);
  });

  it('after a correction, the old decision still adds up to its amount with its own law and names it', async () => {
    const b = await zorgtoeslagInKracht();
    expect(b.jaarbedrag).toBeGreaterThan(0);
    const u = await beschikkingMetUitleg(o2, ctx(burger), b.id);
    expect(u.berekening?.status).toBe('berekend');
    expect(u.berekening?.jaarbedrag).toBe(b.jaarbedrag);
    expect(u.berekening?.maandbedragen).toEqual(b.maandbedragen);
    // The explanation's last step is the decided amount (eurocents).
    expect(u.berekening?.jaarUitleg?.value).toBe(b.jaarbedrag);
    expect(u.invoerGelijk).toBe(true);
    expect(u.wetsversie).toMatchObject({
      versie: t.o.wetgeving.versie,
      kort: t.o.wetgeving.versie.slice(0, 8),
      status: 'bewaard',
      geldend: false,
    });
    // The 2026 values, and a value of 2025 that still applies (the dates are those of the parameters).
    expect(u.wetsversie.geldtVanaf).toContain('2026-01-01');
    expect(u.wetsversie.geldtVanaf.every((d) => d <= '2026-01-01')).toBe(true);
    expect(u.wetsversie.vastgelegdOp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(u.wetsversie.parameters).toContainEqual({
      pad: 'zorgtoeslag.standaardpremie',
      omschrijving: 'Standaardpremie per persoon per jaar',
      waarde: formatCents(eurocent(211_900)),
      geldtVanaf: '2026-01-01',
      bron: 'Regeling standaardpremie 2026, Stcrt. 2025, 40022, art. 1',
    });
    // With today's (corrected) law the same dossier gives another amount: what the page used to show.
    const feiten = await leesDossierFeiten(db, b.huishoudenId);
    const p = parseHuishouden(
      huishoudenUitFeiten(feiten, { jaar: 2026, bekendOp: b.bekendOp, variant: 'schatting' }).invoer,
    );
    if (!p.ok) throw new Error('dossier');
    const vandaag = berekenHuishouden(normaliseer(p.huishouden), gecorrigeerd).toeslagen.find(
      (x) => x.regeling === 'zorgtoeslag',
    )!;
    expect(vandaag.jaarbedrag).toBeGreaterThan(b.jaarbedrag); // a higher premium, more zorgtoeslag
  });

  it('reproduces the old decision with its own set after the correction', async () => {
    const b = await zorgtoeslagInKracht();
    const r = await reproduceerBeschikking(o2, ctx(medewerker), b.id);
    expect(r.verschillen).toEqual([]);
    expect(r.gelijk).toBe(true);
    expect(r.parameterset).toBe('bewaard');
    expect(r.herberekend.parameterVersie).toBe(t.o.wetgeving.versie);
  });

  it('a new decision uses the new value, keeps the new set and explains itself with it', async () => {
    const oud = await zorgtoeslagInKracht();
    const u = await meldWijziging(o2, ctx(burger), {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 24_000 },
      bevestig: true,
    });
    const nieuw = (await zorgtoeslagInKracht())!;
    expect(u.nieuweBeschikkingen).toContain(nieuw.id);
    expect(nieuw.id).not.toBe(oud.id);
    expect(nieuw.parameterVersie).toBe(gecorrigeerd.versie);
    const sets = await db.query<{ hash: string }>('SELECT hash FROM parameterset');
    expect(sets.rows.map((r) => r.hash).sort()).toEqual([t.o.wetgeving.versie, gecorrigeerd.versie].sort());
    const uitleg = await beschikkingMetUitleg(o2, ctx(burger), nieuw.id);
    expect(uitleg.berekening?.jaarbedrag).toBe(nieuw.jaarbedrag);
    expect(uitleg.wetsversie).toMatchObject({
      versie: gecorrigeerd.versie,
      status: 'bewaard',
      geldend: true,
    });
    expect(uitleg.wetsversie.parameters.find((x) => x.pad === 'zorgtoeslag.standaardpremie')?.waarde).toBe(
      formatCents(eurocent(221_900)),
    );
    // The old decision still says € 2.119, now that the old law is no longer in force anywhere.
    const terug = await beschikkingMetUitleg(o2, ctx(burger), oud.id);
    expect(terug.wetsversie.parameters.find((x) => x.pad === 'zorgtoeslag.standaardpremie')?.waarde).toBe(
      formatCents(eurocent(211_900)),
    );
    expect(terug.berekening?.jaarbedrag).toBe(oud.jaarbedrag);
  });

  it("a decision whose set was never kept says so, and shows no steps of today's law", async () => {
    const b = await zorgtoeslagInKracht();
    // A decision from before migration 019, of a version that was never kept.
    const r = await db.query<{ id: string }>(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, vorige_id)
       SELECT NULL, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, engine_versie,
              '0123456789abcdef', invoer_hash, bekend_op, 'wijziging', id FROM beschikking WHERE id = $1
       RETURNING id`,
      [b.id],
    );
    const id = Number(r.rows[0]!.id);
    const u = await beschikkingMetUitleg(o2, ctx(burger), id);
    expect(u.berekening).toBeUndefined();
    expect(u.wetsversie).toMatchObject({
      versie: '0123456789abcdef',
      kort: '01234567',
      status: 'niet-bewaard',
      geldend: false,
      parameters: [],
    });
    const rep = await reproduceerBeschikking(o2, ctx(medewerker), id);
    expect(rep.parameterset).toBe('niet-bewaard');
    expect(rep.gelijk).toBe(false);
    expect(rep.verschillen).toContainEqual(
      `parameters 0123456789abcdef → ${gecorrigeerd.versie} (de parameterset van de beschikking is niet bewaard: herberekend met de parameters van nu)`,
    );
  });

  it('a kept set this engine cannot load is named as such, with the reason for staff', async () => {
    const b = await zorgtoeslagInKracht();
    // Kept under a version its texts do not give (as if written by hand): refused, not used.
    await db.query(`INSERT INTO parameterset (hash, inhoud) VALUES ('aaaaaaaaaaaaaaaa', $1::jsonb)`, [
      JSON.stringify(t.o.wetgeving.teksten),
    ]);
    const r = await db.query<{ id: string }>(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, vorige_id)
       SELECT NULL, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, engine_versie,
              'aaaaaaaaaaaaaaaa', invoer_hash, bekend_op, 'wijziging', id FROM beschikking WHERE id = $1
       RETURNING id`,
      [b.id],
    );
    const u = await beschikkingMetUitleg(o2, ctx(medewerker), Number(r.rows[0]!.id));
    expect(u.berekening).toBeUndefined();
    expect(u.wetsversie).toMatchObject({
      status: 'onleesbaar',
      reden: `de teksten horen bij parameterversie ${t.o.wetgeving.versie}, niet bij aaaaaaaaaaaaaaaa`,
    });
  });
});
