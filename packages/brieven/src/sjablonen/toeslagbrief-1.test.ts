/**
 * Golden letters: the full text of every kind of letter from template toeslagbrief v1, one file per
 * kind in `toeslagbrief-1.golden/`. They were reviewed by reading them once; a change shows up as a
 * diff to review again (`npx vitest run -u packages/brieven/src/sjablonen` rewrites them after that).
 * Beside them, checks that the sentences are true for the values they state.
 */
import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import { euro } from '../document/opmaak';
import { briefDocument } from '../render/brief';
import { alleVoorbeelden, definitieveBrief, voorschotBrief, wijzigingBrief } from '../testing/voorbeelden';

const VOORBEELDEN = alleVoorbeelden();
const tekst = (naam: string) => platteTekst(briefDocument(VOORBEELDEN[naam]!)).replace(/\u00a0/g, ' ');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('golden letters (toeslagbrief v1)', () => {
  for (const naam of Object.keys(VOORBEELDEN)) {
    it(naam, async () => {
      await expect(tekst(naam)).toMatchFileSnapshot(`./toeslagbrief-1.golden/${naam}.txt`);
    });
  }
});

describe('the sentences are true for their values', () => {
  it('a back-payment states the difference and the date we pay it', () => {
    const b = definitieveBrief(36_000, 26_000);
    const t = tekst('definitief-nabetaling');
    for (const x of b.gegevens.toeslagen) {
      const verschil = x.jaarbedrag - x.afrekening!.alBetaald;
      expect(verschil).toBeGreaterThan(0);
      expect(t).toContain(`U krijgt nog ${nbsp(euro(verschil))} `);
    }
    expect(t).toContain('Wij betalen dit op 10 juli 2026.');
    expect(t).not.toContain('terugbetalen');
  });

  it('a recovery states each amount, the total, and that one objection covers both', () => {
    const b = definitieveBrief(24_000, 36_000);
    const t = tekst('definitief-terugvordering');
    const terug = b.gegevens.toeslagen.map((x) => x.afrekening!.alBetaald - x.jaarbedrag);
    for (const [i, x] of b.gegevens.toeslagen.entries())
      expect(t).toContain(`U heeft ${nbsp(euro(terug[i]!))} te veel ${x.naam.toLowerCase()} gekregen.`);
    expect(t).toContain(`In totaal betaalt u ${nbsp(euro(terug.reduce((a, c) => a + c, 0)))} terug.`);
    expect(t).toContain('Dan geldt dat ook voor het bedrag dat u moet terugbetalen.');
    expect(t).toContain('Algemene wet inkomensafhankelijke regelingen: artikelen 19 en 26');
    expect(t).toContain('Algemene wet inkomensafhankelijke regelingen: artikelen 35 en 37');
  });

  it('a change names the first month that changes and the new monthly amount', () => {
    const b = wijzigingBrief();
    const t = tekst('wijziging');
    const zorg = b.gegevens.toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(zorg.maandbedragen[2]).toBe(zorg.vorig!.maandbedragen[2]);
    expect(zorg.maandbedragen[3]).not.toBe(zorg.vorig!.maandbedragen[3]);
    expect(t).toContain(`Vanaf april krijgt u ${nbsp(euro(zorg.maandbedragen[3]!))} per maand zorgtoeslag.`);
    expect(t).toContain('U heeft een nieuw inkomen doorgegeven: € 31.000 in plaats van € 26.000.');
  });

  it('every letter cites the kind of decision and the objection articles', () => {
    expect(tekst('voorschot')).toContain('Algemene wet inkomensafhankelijke regelingen: artikel 16 lid 1');
    expect(tekst('wijziging')).toContain('Algemene wet inkomensafhankelijke regelingen: artikel 16 lid 5');
    expect(tekst('maatwerk')).toContain('Algemene wet inkomensafhankelijke regelingen: artikel 13b');
    for (const naam of Object.keys(VOORBEELDEN)) {
      expect(tekst(naam)).toContain('Algemene wet bestuursrecht: artikelen 6:5, 6:7 en 6:9');
      expect(tekst(naam)).toContain('Algemene termijnenwet: artikel 1');
    }
  });

  it('keeps the letter text short: at most 20 words a sentence (B1), outside the appendix', () => {
    for (const naam of Object.keys(VOORBEELDEN)) {
      const brief = tekst(naam).split('## Bijlage: Berekening')[0]!;
      const lang = brief
        .split('\n')
        .filter((r) => !r.startsWith('|') && !r.startsWith('- '))
        .flatMap((r) => r.split(/(?<=[.!?])\s+/))
        .filter((z) => z.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 20);
      expect(lang, naam).toEqual([]);
    }
  });
});

describe('the period', () => {
  it('states the period the decision covers, per toeslag when they differ', () => {
    expect(tekst('voorschot')).toContain(
      'Dit besluit gaat over de periode van 1 januari 2026 tot en met 31 december 2026.',
    );
    const b = voorschotBrief({ maxNiveau: 0 });
    const t = b.gegevens.toeslagen.map((x, i) =>
      i === 1 ? { ...x, periode: { van: '2026-04-01', totEnMet: '2026-12-31' } } : x,
    );
    const anders = platteTekst(briefDocument({ ...b, gegevens: { ...b.gegevens, toeslagen: t } }));
    expect(anders).toContain('huurtoeslag van 1 april 2026 tot en met 31 december 2026;');
  });
});

describe('amounts of nil', () => {
  it('says no advance is given for a toeslag of € 0, and none at all when all are € 0', () => {
    const b = voorschotBrief({ maxNiveau: 0 });
    const nul = b.gegevens.toeslagen.map((t, i) =>
      i === 0 ? { ...t, jaarbedrag: eurocent(0), maandbedragen: new Array(12).fill(eurocent(0)) } : t,
    );
    const een = platteTekst(briefDocument({ ...b, gegevens: { ...b.gegevens, toeslagen: nul } }));
    expect(een).toContain('U krijgt een voorschot voor huurtoeslag en kindgebonden budget.');
    expect(een).toContain("U krijgt geen zorgtoeslag. In de bijlage 'Berekening' leest u waarom.");
    const alles = b.gegevens.toeslagen.map((t) => ({
      ...t,
      jaarbedrag: eurocent(0),
      maandbedragen: new Array(12).fill(eurocent(0)),
    }));
    const geen = platteTekst(
      briefDocument({ ...b, gegevens: { ...b.gegevens, toeslagen: alles, betalingen: [] } }),
    );
    expect(geen).toContain('U krijgt geen voorschot voor 2026.');
    expect(geen).toContain('Met dit besluit betalen wij niets aan u.');
  });

  it('says a toeslag stops when the new monthly amounts are € 0', () => {
    const b = wijzigingBrief({ maxNiveau: 0 });
    const t = b.gegevens.toeslagen.map((x) =>
      x.regeling === 'zorgtoeslag'
        ? { ...x, maandbedragen: x.maandbedragen.map((m, i) => (i < 3 ? m : eurocent(0))) }
        : x,
    );
    const tekst = platteTekst(briefDocument({ ...b, gegevens: { ...b.gegevens, toeslagen: t } }));
    expect(tekst).toContain('Vanaf april krijgt u geen zorgtoeslag meer.');
  });
});
