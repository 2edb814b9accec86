import { doelregels, type VariantResultaat } from '@regelmaat/jaarsimulatie';
import { describe, expect, it } from 'vitest';
import { GebruiksFout } from '../argumenten';
import { variantenUit } from './jaar';
import { toonJaar } from './jaar-tekst';

const leeg = { aantal: 0, gemiddelde: 0, mediaan: 0, p90: 0 };
function variant(naam: 'basis' | 'product', vanaf1000: number, onderbetaling: number): VariantResultaat {
  const t = (aantal: number) => ({ aantal, som: aantal * 120_000 });
  return {
    variant: naam,
    huishoudens: 100,
    terugvorderingen: {
      alle: t(vanaf1000 + 3),
      vanaf1000: t(vanaf1000),
      vanaf1500: t(0),
      perHuishoudtype: [],
      perInkomensdeciel: [],
    },
    nabetalingen: t(1),
    onderbetaling: { aantal: 1, som: onderbetaling },
    aangehouden: 0,
    tijdTotHulp: { totZaak: leeg, totContact: leeg, totBesluit: leeg },
    perZaaksoort: [],
    medewerkers: 5,
    zakenPerMedewerker: 0,
    contacten: {
      berichten: 0,
      gesprekken: 0,
      brieven: 0,
      perHuishouden: { berichten: 0, gesprekken: 0, brieven: 0 },
    },
    meldingen: { burger: 0, alBekend: 0, partner: 0, reacties: 0 },
    zakenNaBesluit: { zaken: 0, besluitAlVerstuurd: 0 },
    eta: { gemeten: 0, binnen20Procent: 0, aandeel: 0 },
    invordering: {
      runs: ['2027-07', '2027-08', '2027-09'],
      vorderingen: vanaf1000 + 3,
      perGrootte: { klein: 3, middel: vanaf1000, groot: 0 },
      openstaand: (vanaf1000 + 3) * 120_000,
      achterstallig: vanaf1000 + 3,
      afbetaald: 0,
      rente: { aantal: 2, som: 1_234 },
      verrekening: t(0),
      herinneringen: 4,
      aanmaningen: 0,
      inRegeling: 0,
      metBegeleider: 0,
    },
    secondenPerMaand: [1],
  };
}

describe('regelmaat jaar simuleer', () => {
  it('reads the variants, refusing unknown and doubled ones', () => {
    expect(variantenUit(undefined)).toEqual(['basis', 'product']);
    expect(variantenUit('product')).toEqual(['product']);
    expect(() => variantenUit('basis,nieuw')).toThrow(GebruiksFout);
    expect(() => variantenUit('basis,basis')).toThrow(/hooguit één keer/);
  });

  it('passes the goal only with half the large recoveries and no more underpayment', () => {
    const [, gehaald] = doelregels([variant('basis', 10, 5_000), variant('product', 5, 5_000)]);
    expect(gehaald!.gehaald).toBe(true);
    const [, teWeinig] = doelregels([variant('basis', 10, 5_000), variant('product', 6, 5_000)]);
    expect(teWeinig!.gehaald).toBe(false);
    const [, meerOnder] = doelregels([variant('basis', 10, 5_000), variant('product', 2, 5_001)]);
    expect(meerOnder!.gehaald).toBe(false);
    expect(meerOnder!.regel).toContain('onderbetaling hoger');
  });

  it('prints each variant and the goal line', () => {
    const varianten = [variant('basis', 10, 5_000), variant('product', 4, 5_000)];
    const tekst = toonJaar({
      jaar: 2026,
      seed: 1,
      huishoudens: 100,
      database: 'PGlite',
      varianten,
      doel: doelregels(varianten),
    });
    expect(tekst).toContain('Variant basis (100 huishoudens)');
    expect(tekst).toMatch(/waarvan ≥ € 1\.000 +10 \(€\s12\.000,00\)/);
    expect(tekst).toMatch(
      /invordering \(2027-07, 2027-08, 2027-09\) 13 vorderingen, nog open €\s15\.600,00, achterstallig 13/,
    );
    expect(tekst).toContain('herinneringen 4');
    expect(tekst).toContain('product: GEHAALD — terugvorderingen ≥ € 1.000 60 % lager dan basis');
  });
});
