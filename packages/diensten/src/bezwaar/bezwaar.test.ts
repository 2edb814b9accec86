/**
 * Issue 14 on the services, on both databases: a citizen objects, gets the receipt at once, is
 * called, the hearing is skipped with a reason, the objection is upheld in part above the approval
 * threshold (a team lead who is not the author approves; nobody else can), a new decision version
 * follows with its own letter, both objection letters are there, and the processing log has every
 * step. And the ways around it: someone else's decision, a second objection, another team.
 */
import { beschikkingenVan, beschikkingVersie } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { zoekHuishouden } from '@regelmaat/dossier-opslag';
import { Conflict, Geweigerd, NietGevonden } from '@regelmaat/kernel';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { bezwaar as leesBezwaarRij, zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { brief } from '../brieven/brieven';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { claimZaak } from '../werk';
import {
  beslisOpBezwaar,
  keurBezwaarBeslissingGoed,
  legBezwaarGesprekVast,
  slaBezwaarHoorzittingOver,
} from './bezwaar-behandelen';
import { dienBezwaarIn } from './bezwaar-indienen';
import { bezwaarBrief, bezwarenVoor } from './bezwaar-lezen';
import { bezwaarBeslissingVoorbeeld } from './bezwaar-voorbeeld';

describeEachDatabase('objection end to end on the services on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2026-03-15T10:00:00.000Z';
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    for (const n of ['behandelaar-1', 'behandelaar-6', 'teamleider-5'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    sessies.burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    sessies.ander = inloggenDigid(t.o, { bsn: t.bsn2 }).sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('runs from objection to a new decision, with both letters and the log', async () => {
    const hh = (await zoekHuishouden(db, t.bsn1))!;
    const alle = await beschikkingenVan(db, hh);
    const zorg = alle.find((b) => b.regeling === 'zorgtoeslag' && b.status === 'vastgesteld')!;
    // The letter is dated the day the run wrote it; the citizen objects three days later.
    const d = new Date(`${zorg.aangemaaktOp.slice(0, 10)}T10:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 3);
    nu = d.toISOString();

    await expect(dienBezwaarIn(t.o, als('ander'), { beschikkingId: zorg.id, gronden: 'x' })).rejects.toThrow(
      NietGevonden,
    );
    const { bezwaar, ontvangstbevestiging } = await dienBezwaarIn(t.o, als('burger'), {
      beschikkingId: zorg.id,
      gronden: 'Mijn inkomen is lager dan u denkt.',
      telefoon: '0612345678',
    });
    // Every decision of the same letter (Awir 37).
    const vanBrief = alle.filter(
      (b) => b.status === 'vastgesteld' && b.aanleiding === 'run' && b.jaar === zorg.jaar,
    );
    expect(bezwaar.beschikkingIds.sort()).toEqual(vanBrief.map((b) => b.id).sort());
    expect(bezwaar).toMatchObject({ tijdig: true, fase: 'ingediend', kanaal: 'portaal' });
    expect(ontvangstbevestiging.soort).toBe('ontvangstbevestiging');
    expect(ontvangstbevestiging.brief.gegevens.beslistermijn).toBe(bezwaar.beslistermijn);
    await expect(
      dienBezwaarIn(t.o, als('burger'), { beschikkingId: vanBrief.at(-1)!.id, gronden: 'Nog een.' }),
    ).rejects.toThrow(Conflict);

    const z = (await zaak(db, bezwaar.zaakId))!;
    expect(z).toMatchObject({ soort: 'bezwaar', team: 'bezwaar', termijn: bezwaar.beslistermijn });
    await expect(claimZaak(t.o, als('behandelaar-1'), z.id, z.versie)).rejects.toThrow(/team bezwaar/);
    await claimZaak(t.o, als('behandelaar-6'), z.id, z.versie);
    // A citizen cannot take a case worker's step.
    await expect(
      legBezwaarGesprekVast(t.o, als('burger'), bezwaar.id, { uitkomst: 'x', ingetrokken: false }),
    ).rejects.toThrow(Geweigerd);
    await legBezwaarGesprekVast(t.o, als('behandelaar-6'), bezwaar.id, {
      uitkomst: 'Uitgelegd hoe het inkomen telt; mevrouw stuurt de jaaropgave.',
      ingetrokken: false,
    });
    await slaBezwaarHoorzittingOver(t.o, als('behandelaar-6'), bezwaar.id, {
      grond: 'afgezien',
      toelichting: 'Mevrouw wil niet gehoord worden (telefoongesprek).',
    });
    // The letter's preview writes nothing but its log record, and says the threshold is passed.
    const brievenVoor = (await db.query('SELECT id FROM bezwaarbrief')).rows.length;
    const voorbeeld = await bezwaarBeslissingVoorbeeld(t.o, als('behandelaar-6'), bezwaar.id, {
      beslissing: 'deels-gegrond',
      motivering: 'Uw inkomen is lager dan wij dachten.',
      regeling: 'zorgtoeslag',
      nieuwJaarbedrag: zorg.jaarbedrag + 100_000,
    });
    expect(voorbeeld).toMatchObject({ bedragVerschil: 100_000, vierOgen: true });
    expect(voorbeeld.html).toContain('Uw inkomen is lager dan wij dachten.');
    expect((await db.query('SELECT id FROM bezwaarbrief')).rows.length).toBe(brievenVoor);
    expect((await leesBezwaarRij(db, bezwaar.id))!.fase).toBe('te-beslissen');
    await expect(bezwaarBeslissingVoorbeeld(t.o, als('burger'), bezwaar.id)).rejects.toThrow(Geweigerd);
    const voorstel = await beslisOpBezwaar(t.o, als('behandelaar-6'), bezwaar.id, {
      beslissing: 'deels-gegrond',
      motivering: 'Uw inkomen is lager dan wij dachten, maar niet zo laag als u schreef.',
      regeling: 'zorgtoeslag',
      nieuwJaarbedrag: zorg.jaarbedrag + 100_000,
    });
    expect(voorstel).toMatchObject({ fase: 'wacht-op-goedkeuring', bedragVerschil: 100_000 });
    await expect(keurBezwaarBeslissingGoed(t.o, als('behandelaar-6'), bezwaar.id)).rejects.toThrow(Geweigerd);
    const beslist = await keurBezwaarBeslissingGoed(t.o, als('teamleider-5'), bezwaar.id);
    expect(beslist).toMatchObject({
      fase: 'beslist',
      beoordelaar: 'm-teamleider-5',
      auteur: 'm-behandelaar-6',
    });
    const nieuw = (await beschikkingVersie(db, beslist.nieuweBeschikkingId!))!;
    expect(nieuw).toMatchObject({
      aanleiding: 'bezwaar',
      bezwaarId: bezwaar.id,
      jaarbedrag: zorg.jaarbedrag + 100_000,
    });

    // The portal: the objection with its steps and both letters; the new decision's own letter.
    const [mijn] = await bezwarenVoor(t.o, als('burger'));
    expect(mijn!.stand.stappen.every((s) => s.gedaan)).toBe(true);
    expect(mijn!.brieven.map((b) => b.soort).sort()).toEqual([
      'beslissing-op-bezwaar',
      'ontvangstbevestiging',
    ]);
    const beslissing = mijn!.brieven.find((b) => b.soort === 'beslissing-op-bezwaar')!;
    const html = (await bezwaarBrief(t.o, als('burger'), beslissing.id, 'html')).html!;
    expect(html).toContain('Uw bezwaar is deels gegrond.');
    expect(html).toContain('Wij hebben geen hoorzitting gehouden.');
    expect(html).toContain('rechtbank');
    await expect(bezwaarBrief(t.o, als('ander'), beslissing.id, 'data')).rejects.toThrow(NietGevonden);
    const nieuweBrief = await brief(t.o, als('burger'), nieuw.id, 'html');
    expect(nieuweBrief.html).toContain('U heeft bezwaar gemaakt.');

    const log = await verwerkingenVan(db, t.bsn1, SLEUTELS.pseudoniem, { metActor: false });
    const namen = log.map((r) => r.naam);
    for (const stap of [
      'bezwaar indienen',
      'bezwaar: gesprek vastleggen',
      'bezwaar: hoorzitting overslaan',
      'bezwaar: beslissen',
      'bezwaar: beslissing goedkeuren',
      'bezwaren bekijken',
    ])
      expect(namen).toContain(stap);
  });
});
