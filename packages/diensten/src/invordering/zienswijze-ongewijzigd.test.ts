/**
 * Issue 15, the "recovery unchanged" path of the zienswijze chain on both databases (Awir art. 26b,
 * Awb 3:46): a definitive run holds a recovery of € 1,500 or more; the person responds in the
 * portal; the case worker weighs it and decides without maatwerk — the view does not change the
 * amount. The held decisions go out at the original amount (aanleiding 'zienswijze'), the recovery is
 * booked at that amount, and the decision's letter says that the view was considered and why it did
 * not change the amount, citing art. 26b. The processing log has each step for every person.
 */
import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import { briefDocument, euro, platteTekst } from '@regelmaat/brieven';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { brief } from '../brieven/brieven';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { personenUitFeiten } from '../verwerkingslog';
import { claimZaak } from '../werk';
import { terugbetalenVan } from './terugbetalen';
import { reageerOpZienswijze, rondZienswijzeAf, zienswijzenVoor } from './zienswijze';

const MOTIVERING =
  'Uw inkomen over 2026 was hoger dan u had doorgegeven. Dat staat vast in de gegevens van de Belastingdienst. Terugbetalen in 24 maanden kan met een betalingsregeling, dus volledig terugvragen is niet onevenredig.';

describeEachDatabase('the zienswijze chain, recovery unchanged, on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2027-05-10T09:00:00.000Z';
  let joris: Context['sessie'];
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  let z: { id: number; huishoudenId: number; bsn: string };

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem, 6, true);
    joris = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-5', wachtwoord: 'demo-behandelaar-5' })
    ).sessie;
    const r = await db.query<{ id: string; huishouden_id: string; bsn: string }>(
      `SELECT z.id, z.huishouden_id, h.bsn_aanvrager AS bsn FROM zaak z JOIN huishouden h ON h.id = z.huishouden_id
        WHERE z.soort = 'hoorzitting-terugvordering' ORDER BY z.id LIMIT 1`,
    );
    const x = r.rows[0]!;
    z = { id: Number(x.id), huishoudenId: Number(x.huishouden_id), bsn: x.bsn };
  }, 240_000);
  afterAll(async () => {
    await db?.close();
  });

  it('response → weighed, no maatwerk → the held decisions go out at the original amount, with a letter that says why', async () => {
    const [w] = await zienswijzenVoor(t.o, burger(z.bsn), {});
    expect(w!.terugTeVorderen).toBeGreaterThanOrEqual(150_000);
    nu = `${w!.briefdatum}T15:00:00.000Z`;
    await reageerOpZienswijze(
      t.o,
      burger(z.bsn),
      w!.id,
      'Ik wist niet dat mijn inkomen zo hoog zou worden. Moet ik echt alles terugbetalen?',
    );
    const ctx = (): Context => ({ sessie: joris, trace: nieuweTrace() });
    const c = await claimZaak(t.o, ctx(), z.id, (await zaak(db, z.id))!.versie);
    nu = `${w!.briefdatum}T16:00:00.000Z`;
    const besluit = await rondZienswijzeAf(t.o, ctx(), z.id, { versie: c.versie, motivering: MOTIVERING });
    expect(besluit.uitkomst).toBe('ongewijzigd');
    expect(besluit.zienswijze.afronding).toMatchObject({ uitkomst: 'ongewijzigd', motivering: MOTIVERING });
    expect((await zaak(db, z.id))!.status).toBe('afgerond');
    const toeslagen = new Set(w!.berekening.map((r) => r.regeling));
    expect(besluit.vrijgegeven).toHaveLength(toeslagen.size);
    // Each held decision went out unchanged: the year amount and the recovery of the zienswijze letter.
    const inKracht = geldende(await beschikkingenVan(db, z.huishoudenId), 2026, 'definitief');
    const tb = await terugbetalenVan(t.o, burger(z.bsn), {});
    for (const r of w!.berekening) {
      const b = inKracht.get(r.regeling as never)!;
      expect(b).toMatchObject({ status: 'vastgesteld', aanleiding: 'zienswijze', jaarbedrag: r.jaarbedrag });
      expect(besluit.vrijgegeven).toContain(b.id);
      if (r.terug > 0) expect(tb.vorderingen.find((v) => v.beschikkingId === b.id)!.bedrag).toBe(r.terug);
    }
    expect(tb.open).toBe(w!.terugTeVorderen);
    expect(tb.voorgenomen).toBe(0);
    // The letter of each: the view was read and weighed, it does not change the amount, and why.
    for (const r of w!.berekening.filter((x) => x.terug > 0)) {
      const b = inKracht.get(r.regeling as never)!;
      const tekst = platteTekst(briefDocument((await brief(t.o, burger(z.bsn), b.id)).opgeslagen.brief));
      expect(tekst).toContain('Wat deden wij met uw reactie?');
      expect(tekst).toContain('U heeft gereageerd. Wij hebben uw reactie gelezen en meegewogen.');
      expect(tekst).toContain('Uw reactie verandert het bedrag niet. Dit is de reden:');
      expect(tekst.replace(/\s+/g, ' ')).toContain(MOTIVERING);
      expect(tekst).toContain(`u betaalt ${euro(r.terug)} terug`);
      expect(tekst).toMatch(/Algemene wet inkomensafhankelijke regelingen: artikelen [^\n]*26b/);
      expect(tekst).not.toContain('Wij kregen geen reactie');
    }
  });

  it('logs each step for every person of the household', async () => {
    for (const bsn of personenUitFeiten(await leesDossierFeiten(db, z.huishoudenId))) {
      const namen = (await verwerkingenVan(db, bsn, SLEUTELS.pseudoniem, { metActor: false })).map(
        (r) => r.naam,
      );
      expect(namen).toEqual(
        expect.arrayContaining([
          'zienswijze tonen',
          'zienswijze geven',
          'zienswijze afronden',
          'terugvordering na zienswijze vaststellen',
          'terugvordering bekijken',
          'brief bekijken (data)',
        ]),
      );
    }
  });
});
