/**
 * Golden letters of template toeslagbrief v2 (`toeslagbrief-2.golden/`), reviewed by reading them
 * once, and the checks that v2's new sentences are true for the values they state: the settlement
 * as the decision made it (Awir art. 24, 26, 26a, 28) and the payment paragraph when every month is
 * already paid. Version 1's golden letters are unchanged (toeslagbrief-1.test.ts).
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import { datum, euro } from '../document/opmaak';
import type { Brief } from '../model/brief';
import { problemenVan } from '../model/controleer';
import { briefDocument } from '../render/brief';
import { uiterlijkeNabetaling, uiterlijkeTerugbetaling } from '../termijn/betaaltermijnen';
import {
  alleVoorbeelden,
  decemberWijzigingBrief,
  definitieveBriefV2,
  inVersie,
  voorschotBrief,
} from '../testing/voorbeelden';

const n = (s: string) => s.replace(/\u00a0/g, ' ');
const tekst = (b: Brief) => n(platteTekst(briefDocument(b)));

const VOORBEELDEN: Record<string, Brief> = {
  ...Object.fromEntries(Object.entries(alleVoorbeelden()).map(([k, b]) => [k, inVersie(b, 2)])),
  'definitief-nabetaling-v2': definitieveBriefV2(36_000, 26_000),
  'definitief-terugvordering-v2': definitieveBriefV2(24_000, 36_000),
  'definitief-niet-ingevorderd': definitieveBriefV2(32_000, 32_300),
  'wijziging-december': decemberWijzigingBrief(),
};

describe('golden letters (toeslagbrief v2)', () => {
  for (const [naam, b] of Object.entries(VOORBEELDEN)) {
    it(naam, async () => {
      expect(problemenVan(b)).toEqual([]);
      await expect(tekst(b)).toMatchFileSnapshot(`./toeslagbrief-2.golden/${naam}.txt`);
    });
  }
});

describe('the settlement is stated as the decision made it', () => {
  it('a back-payment: the amount per toeslag and the last day we pay it (four weeks)', () => {
    const b = definitieveBriefV2(36_000, 26_000);
    const t = tekst(b);
    for (const x of b.gegevens.toeslagen) {
      const na = x.jaarbedrag - x.afrekening!.alBetaald;
      expect(t).toContain(`U krijgt nog ${n(euro(na))} ${x.naam.toLowerCase()}.`);
      expect(t).toContain(
        `Wij betalen u ${n(euro(na))} ${x.naam.toLowerCase()} uiterlijk op ${datum(uiterlijkeNabetaling(b.briefdatum))}.`,
      );
    }
    expect(t).not.toContain('terugbetalen');
    expect(t).toContain('artikelen 19 en 24');
  });

  it('a recovery: the amount, the total, the last day to pay (six weeks) and its article', () => {
    const b = definitieveBriefV2(24_000, 36_000);
    const t = tekst(b);
    const terug = b.gegevens.toeslagen.map((x) => x.afrekening!.terugTeVorderen!);
    expect(terug.every((x) => x > 12_100)).toBe(true);
    const totaal = terug.reduce((a, c) => a + c, 0);
    expect(t).toContain(`In totaal betaalt u ${n(euro(totaal))} terug.`);
    expect(t).toContain(
      `Betaal ${n(euro(totaal))} uiterlijk op ${datum(uiterlijkeTerugbetaling(b.briefdatum))}.`,
    );
    expect(t).toContain('Dan geldt dat ook voor het bedrag dat u moet terugbetalen.');
    expect(t).toContain('artikelen 19, 26 en 28 lid 1');
    expect(t).not.toContain('aparte brief');
  });

  it('a lowered recovery (Awir art. 26 lid 2) states what was paid too much and what is recovered', () => {
    const b = definitieveBriefV2(24_000, 36_000, (r, teVeel) =>
      r === 'huurtoeslag' ? teVeel - 50_000 : teVeel,
    );
    const huur = b.gegevens.toeslagen.find((x) => x.regeling === 'huurtoeslag')!;
    const teVeel = huur.afrekening!.alBetaald - huur.jaarbedrag;
    const t = tekst(b);
    expect(t).toContain(`U heeft ${n(euro(teVeel))} te veel huurtoeslag gekregen.`);
    expect(t).toContain(`U betaalt ${n(euro(teVeel - 50_000))} terug.`);
  });

  it('a recovery at or below the doelmatigheidsgrens is not collected, and the letter says why', () => {
    const b = definitieveBriefV2(32_000, 32_300);
    const t = tekst(b);
    const teVeel = b.gegevens.toeslagen.filter((x) => x.afrekening!.alBetaald > x.jaarbedrag);
    expect(teVeel.length).toBeGreaterThan(0);
    for (const x of teVeel) {
      expect(x.afrekening!.terugTeVorderen).toBe(0);
      expect(t).toContain(
        `U heeft ${n(euro(x.afrekening!.alBetaald - x.jaarbedrag))} te veel ${x.naam.toLowerCase()} gekregen. Dat is niet meer dan € 121. Daarom hoeft u dit niet terug te betalen.`,
      );
    }
    expect(t).not.toContain('Wanneer moet u terugbetalen?');
    expect(t).not.toContain('Dan geldt dat ook voor het bedrag dat u moet terugbetalen.');
    expect(t).toContain('artikelen 19, 26 en 26a lid 1');
  });
});

describe('nothing left to pay this year', () => {
  it('a December change says what was paid and that the difference is settled after the year', () => {
    const b = decemberWijzigingBrief();
    const t = tekst(b);
    expect(t).not.toContain('Met dit besluit betalen wij niets aan u.');
    for (const x of b.gegevens.toeslagen) {
      const betaald = x.maandbedragen.reduce((a, c) => a + c, 0);
      expect(t).toContain(`Wij hebben u over 2026 al ${n(euro(betaald))} ${x.naam.toLowerCase()} betaald.`);
      const v = x.jaarbedrag - betaald;
      if (v < 0) expect(t).toContain(`Dat is ${n(euro(-v))} meer dan het bedrag voor heel 2026.`);
      if (v > 0) expect(t).toContain(`Voor heel 2026 krijgt u ${n(euro(v))} meer dan wij al betaalden.`);
    }
    expect(t).toContain('Dan hoort u of u het verschil moet terugbetalen.');
  });

  it('a year without any amount still says we pay nothing, and nothing more', () => {
    const b = voorschotBrief({ maxNiveau: 0 });
    const nul = b.gegevens.toeslagen.map((t) => ({
      ...t,
      jaarbedrag: eurocent(0),
      maandbedragen: new Array<Eurocent>(12).fill(eurocent(0)),
    }));
    const t = tekst(inVersie({ ...b, gegevens: { ...b.gegevens, toeslagen: nul, betalingen: [] } }, 2));
    expect(t).toContain('U krijgt geen zorgtoeslag over 2026. Wij betalen u daarom niets.');
    expect(t).not.toContain('definitief');
  });

  it('keeps the letter text short: at most 20 words a sentence (B1), outside the appendix', () => {
    for (const [naam, b] of Object.entries(VOORBEELDEN)) {
      const lang = tekst(b)
        .split('## Bijlage: Berekening')[0]!
        .split('\n')
        .filter((r) => !r.startsWith('|') && !r.startsWith('- '))
        .flatMap((r) => r.split(/(?<=[.!?])\s+/))
        .filter((z) => z.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 20);
      expect(lang, naam).toEqual([]);
    }
  });
});

describe('a definitive letter after a zienswijze (Awir art. 26b) says what was done with the view', () => {
  const met = (zienswijze: NonNullable<Brief['gegevens']['zienswijze']>): Brief => {
    const b = definitieveBriefV2(24_000, 36_000);
    return { ...b, gegevens: { ...b.gegevens, zienswijze } };
  };
  const basis = {
    gereageerd: true,
    reagerenUiterlijk: '2027-05-24',
    uitkomst: 'ongewijzigd' as const,
    motivering: 'De berekening klopt en terugbetalen in 24 maanden is niet onevenredig.',
  };
  it('a response that changes nothing: read and weighed, not changed, and the reason', () => {
    const t = tekst(met(basis));
    expect(problemenVan(met(basis))).toEqual([]);
    expect(t).toContain('Wat deden wij met uw reactie?');
    expect(t).toContain(
      'U heeft gereageerd. Wij hebben uw reactie gelezen en meegewogen. Uw reactie verandert het bedrag niet. Dit is de reden:',
    );
    expect(t).toContain(basis.motivering);
    expect(t).toMatch(/Algemene wet inkomensafhankelijke regelingen: artikelen [^\n]*26b/);
    expect(tekst(definitieveBriefV2(24_000, 36_000))).not.toContain('Wat deden wij met uw reactie?');
  });
  it('no response: the last day it could come, and that none came', () => {
    const t = tekst(met({ ...basis, gereageerd: false }));
    expect(t).toContain(`U kon reageren tot en met ${datum('2027-05-24')}. Wij kregen geen reactie.`);
    expect(t).not.toContain('U heeft gereageerd');
  });
  it('a lower recovery for another toeslag: this one’s amount does not change, the lowering is another decision', () => {
    const t = tekst(met({ ...basis, uitkomst: 'verlaagd' }));
    expect(t).toContain('Daardoor vragen wij voor een andere toeslag minder terug.');
    expect(t).toContain('Voor de toeslag in deze brief verandert het bedrag niet.');
    expect(t).not.toContain(basis.motivering);
  });
});
