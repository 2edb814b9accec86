/**
 * Issue 10, item 12, on the citizen's pages: with a maatwerk decision in force, the change preview
 * tells the truth (the amount stays for now, what the standard rule would give, a case worker
 * decides), and after confirming the overview says the same instead of "here are the new amounts".
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import {
  claimZaak,
  inloggenDigid,
  inloggenMedewerker,
  keurMaatwerkGoed,
  legMaatwerkbesluitVast,
  overzicht,
} from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import { expect, it } from 'vitest';
import { euro } from '../opmaak';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const s = (x: string) => x.replace(/\u00a0/g, ' ');

describeEachDatabase('a change with maatwerk in force, on the citizen pages, on $naam', ({ open }) => {
  const w = webOpDatabase(open);

  it('the preview says the maatwerk amount stays and a case worker decides; the overview says so too', async () => {
    const als = async (n: string) => ({
      sessie: (await inloggenMedewerker(w.t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie,
      trace: nieuweTrace(),
    });
    const burgerCtx = { sessie: inloggenDigid(w.t.o, { bsn: w.t.bsn1 }).sessie, trace: nieuweTrace() };
    const standaard = (await overzicht(w.t.o, burgerCtx, {})).toeslagen.find(
      (x) => x.regeling === 'zorgtoeslag',
    )!.jaarbedrag;
    const maatwerkBedrag = standaard + 200_000;
    await claimZaak(w.t.o, await als('behandelaar-1'), w.t.zaakId, 1);
    const u = await legMaatwerkbesluitVast(w.t.o, await als('behandelaar-1'), {
      zaakId: w.t.zaakId,
      regeling: 'zorgtoeslag',
      jaar: 2026,
      afwijking: { bedrag: maatwerkBedrag },
      grondslag: 'awir-13b',
      afweging: 'Hoge zorgkosten.',
      vragen: { rechtvaardig: 'Ja.', samen: 'Besproken.', aanspreekbaar: 'Vastgelegd.' },
      niveau: 'geval',
    });
    await keurMaatwerkGoed(w.t.o, await als('teamleider-1'), u.besluit.id);

    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    const preview = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '45.000',
      stap: 'voorbeeld',
    });
    expect(preview.statusCode).toBe(200);
    const kaart = preview.body.slice(preview.body.indexOf('data-regeling="zorgtoeslag"'));
    expect(kaart).toContain('speciaal voor u heeft genomen. Dat bedrag blijft voorlopig hetzelfde.');
    expect(kaart).toContain('Een medewerker bekijkt uw wijziging');
    expect(s(kaart)).toContain(s(`nu ${euro(maatwerkBedrag)}, straks ${euro(maatwerkBedrag)}`));
    expect(kaart.slice(0, kaart.indexOf('</section>'))).not.toContain('terugbetalen');

    const ok = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '45.000',
      stap: 'bevestig',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/mijn?gewijzigd=2');
    const ov = await b.get('/mijn?gewijzigd=2');
    expect(ov.body).toContain('Een medewerker bekijkt uw wijziging. Tot dan blijft dat bedrag hetzelfde.');
    expect(ov.body).not.toContain('Hieronder ziet u de nieuwe bedragen.');
    const zt = ov.body.slice(ov.body.indexOf('data-regeling="zorgtoeslag"'));
    expect(zt).toContain(`<span data-testid="jaarbedrag">${s(euro(maatwerkBedrag))}</span>`);
  });
});
