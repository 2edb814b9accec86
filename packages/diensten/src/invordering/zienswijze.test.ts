/**
 * Issue 15, the zienswijze chain end to end on both databases (Awir art. 26b, 26 lid 2, 13b): a
 * definitive run with the exception rules holds a recovery of € 1,500 or more and writes its
 * zienswijze letter as data; the person responds in the portal; the case worker of team Invordering
 * lowers the recovery through maatwerk, which waits for a team lead (deciding before the approval is
 * refused); after the approval the case worker decides: the held decisions go out, the lower recovery
 * is booked with its letter; the person agrees a personal plan and pays it to zero. Walk-arounds
 * are tried: another citizen, deciding before the term without a response, deciding twice.
 */
import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import { briefDocument, euro as euroTekst, platteTekst, zienswijzeBriefDocument } from '@regelmaat/brieven';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import type { RegelingId } from '@regelmaat/law';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { brief } from '../brieven/brieven';
import type { Context } from '../context';
import { keurMaatwerkGoed, legMaatwerkbesluitVast } from '../maatwerk';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { personenUitFeiten } from '../verwerkingslog';
import { claimZaak } from '../werk';
import { regelingAanvragen } from './regeling';
import { betaalTerug, terugbetalenVan } from './terugbetalen';
import {
  legTelefonischeZienswijzeVast,
  reageerOpZienswijze,
  rondZienswijzeAf,
  zienswijzenVoor,
} from './zienswijze';

describeEachDatabase('the zienswijze chain on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2027-05-10T09:00:00.000Z';
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  let zaken: { id: number; huishoudenId: number; bsn: string }[] = [];

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem, 6, true);
    for (const n of ['behandelaar-5', 'teamleider-4', 'behandelaar-1'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    const r = await db.query<{ id: string; huishouden_id: string; bsn: string }>(
      `SELECT z.id, z.huishouden_id, h.bsn_aanvrager AS bsn FROM zaak z JOIN huishouden h ON h.id = z.huishouden_id
        WHERE z.soort = 'hoorzitting-terugvordering' ORDER BY z.id`,
    );
    zaken = r.rows.map((x) => ({ id: Number(x.id), huishoudenId: Number(x.huishouden_id), bsn: x.bsn }));
  }, 240_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the run holds a recovery of € 1,500 or more in team Invordering, books nothing for it, and writes its letter as data', async () => {
    expect(zaken.length).toBeGreaterThan(0);
    console.log(`zienswijze chain: ${zaken.length} hearing case(s) among 6 households`);
    for (const z of zaken) {
      expect((await zaak(db, z.id))!.team).toBe('invordering');
      const v = await db.query('SELECT 1 FROM vordering WHERE huishouden_id = $1', [z.huishoudenId]);
      expect(v.rows).toHaveLength(0);
      const [w] = await zienswijzenVoor(t.o, burger(z.bsn), {});
      expect(w!.terugTeVorderen).toBeGreaterThanOrEqual(150_000);
      expect(w!.berekening.reduce((s, r) => s + r.terug, 0)).toBe(w!.terugTeVorderen);
      const tekst = platteTekst(zienswijzeBriefDocument(w!.brief));
      expect(tekst).toContain('Wij willen in totaal');
      expect(tekst).toContain('Dit is nog geen besluit.');
      expect(tekst).toContain('artikel 26b');
      // 14 days, a cited parameter marked as needing confirmation.
      expect(w!.reagerenUiterlijk > w!.briefdatum).toBe(true);
    }
  });

  it('another citizen cannot read or answer the zienswijze; deciding before the term without a response is refused', async () => {
    const z = zaken[0]!;
    const [w] = await zienswijzenVoor(t.o, burger(z.bsn), {});
    const ander = t.bsn2 === z.bsn ? t.bsn1 : t.bsn2;
    const eigen = await zienswijzenVoor(t.o, burger(ander), {});
    expect(eigen.every((x) => x.id !== w!.id)).toBe(true);
    await expect(reageerOpZienswijze(t.o, burger(ander), w!.id, 'Niet van mij')).rejects.toMatchObject({
      code: 'niet-gevonden',
    });
    // An empty or too long response is refused on the server (400), before anything is written.
    for (const tekst of ['  ', 'x'.repeat(4001)])
      await expect(reageerOpZienswijze(t.o, burger(z.bsn), w!.id, tekst)).rejects.toMatchObject({
        code: 'ongeldige-invoer',
      });
    expect((await zienswijzenVoor(t.o, burger(z.bsn), {}))[0]!.reacties).toHaveLength(0);
    const c = await claimZaak(t.o, als('behandelaar-5'), z.id, (await zaak(db, z.id))!.versie);
    nu = `${w!.briefdatum}T12:00:00.000Z`;
    await expect(
      rondZienswijzeAf(t.o, als('behandelaar-5'), z.id, { versie: c.versie, motivering: 'Geen reactie' }),
    ).rejects.toMatchObject({ code: 'niet-toegestaan' });
  });

  it('response → maatwerk (four-eyes) lowers the recovery → recovery letter → personal plan → paid to zero', async () => {
    const z = zaken[0]!;
    const [w] = await zienswijzenVoor(t.o, burger(z.bsn), {});
    nu = `${w!.briefdatum}T15:00:00.000Z`;
    const na = await reageerOpZienswijze(
      t.o,
      burger(z.bsn),
      w!.id,
      'Mijn inkomen steeg door een eenmalige uitbetaling. Alles in één keer terugbetalen lukt mij niet.',
    );
    expect(na.reacties).toHaveLength(1);
    const telefoon = await legTelefonischeZienswijzeVast(
      t.o,
      als('behandelaar-5'),
      z.id,
      'Belde na: heeft twee kinderen en vaste lasten.',
    );
    expect(telefoon.reacties.map((r) => r.kanaal)).toEqual(['portaal', 'telefoon']);
    // The biggest recovery of the letter is lowered by maatwerk: the year amount goes up by € 800.
    const grootste = [...w!.berekening].sort((a, b) => b.terug - a.terug)[0]!;
    const m = await legMaatwerkbesluitVast(t.o, als('behandelaar-5'), {
      zaakId: z.id,
      regeling: grootste.regeling as RegelingId,
      jaar: 2026,
      afwijking: { bedrag: grootste.jaarbedrag + 80_000 },
      grondslag: 'awir-26-2',
      afweging: 'Eenmalige uitbetaling; volledig terugvorderen is onevenredig (zienswijze gewogen).',
      vragen: { rechtvaardig: 'Ja.', samen: 'Besproken met de burger.', aanspreekbaar: 'Vastgelegd.' },
      niveau: 'geval',
    });
    expect(m.besluit.status).toBe('wacht-op-goedkeuring');
    const wacht = (await zaak(db, z.id))!;
    await expect(
      rondZienswijzeAf(t.o, als('behandelaar-5'), z.id, { versie: wacht.versie, motivering: 'Verlaagd' }),
    ).rejects.toMatchObject({ code: 'niet-toegestaan' });
    expect(
      (await db.query('SELECT 1 FROM vordering WHERE huishouden_id = $1', [z.huishoudenId])).rows,
    ).toHaveLength(0);
    await keurMaatwerkGoed(t.o, als('teamleider-4'), m.besluit.id);
    const zk = (await zaak(db, z.id))!;
    const besluit = await rondZienswijzeAf(t.o, als('behandelaar-5'), z.id, {
      versie: zk.versie,
      motivering:
        'Zienswijze gewogen: eenmalige uitbetaling, € 800 minder teruggevorderd (Awir art. 26 lid 2).',
    });
    expect(besluit.uitkomst).toBe('verlaagd');
    expect((await zaak(db, z.id))!.status).toBe('afgerond');
    await expect(
      rondZienswijzeAf(t.o, als('behandelaar-5'), z.id, { versie: zk.versie + 1, motivering: 'Nog eens' }),
    ).rejects.toMatchObject({ code: 'niet-toegestaan' });
    await expect(reageerOpZienswijze(t.o, burger(z.bsn), w!.id, 'Nog iets')).rejects.toMatchObject({
      code: 'niet-toegestaan',
    });
    // No decision of the year is held any more; the recovery is the lower one.
    const inKracht = geldende(await beschikkingenVan(db, z.huishoudenId), 2026, 'definitief');
    expect([...inKracht.values()].every((b) => b.status === 'vastgesteld')).toBe(true);
    expect(inKracht.get(grootste.regeling as never)!.aanleiding).toBe('maatwerk');
    const tb = await terugbetalenVan(t.o, burger(z.bsn), {});
    const lager = tb.vorderingen.find((v) => v.regeling === grootste.regeling)!;
    expect(lager.bedrag).toBe(grootste.terug - 80_000);
    expect(tb.open).toBe(w!.terugTeVorderen - 80_000);
    // The letter of the decision in force (maatwerk) states the year amount set by maatwerk.
    const b = await brief(t.o, burger(z.bsn), inKracht.get(grootste.regeling as never)!.id);
    expect(platteTekst(briefDocument(b.opgeslagen.brief))).toContain(
      `vast op ${euroTekst(grootste.jaarbedrag + 80_000)}`,
    );
    // A personal plan, then payments to zero.
    for (const v of tb.vorderingen.filter((x) => x.saldo > 0)) {
      const r = await regelingAanvragen(t.o, burger(z.bsn), v.id, {
        soort: 'persoonlijk',
        draagkracht: {
          leefsituatie: 'alleen',
          inkomen: 250_000,
          woonlasten: 60_000,
          zorgkosten: 12_000,
          overigeLasten: 0,
        },
      });
      expect(r.maandbedrag).toBeGreaterThan(0);
      let saldo = v.saldo;
      while (saldo > 0) {
        const bedrag = Math.min(saldo, r.maandbedrag > 0 ? r.maandbedrag : saldo);
        await betaalTerug(t.o, burger(z.bsn), { vorderingId: v.id, bedrag });
        saldo -= bedrag;
      }
    }
    expect((await terugbetalenVan(t.o, burger(z.bsn), {})).open).toBe(0);
    // Every person of the household has the zienswijze steps in their log.
    for (const bsn of personenUitFeiten(await leesDossierFeiten(db, z.huishoudenId))) {
      const namen = (await verwerkingenVan(db, bsn, SLEUTELS.pseudoniem, { metActor: false })).map(
        (r) => r.naam,
      );
      expect(namen).toEqual(
        expect.arrayContaining(['zienswijze tonen', 'zienswijze geven', 'zienswijze afronden']),
      );
    }
  });
});
