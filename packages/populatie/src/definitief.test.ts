import { parseHuishouden } from '@regelmaat/law';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitieveInvoer } from './definitief';
import { genereerHuishouden, type Jaar } from './genereer';
import { vasteSet } from './vaste-sets';

const uitzonderingen = vasteSet('uitzonderingen');
const met = (code: string) => uitzonderingen.find((h) => h.verwachteUitval?.includes(code))!;

describe('definitieveInvoer', () => {
  it('uses the final incomes of applicant, partner and medebewoners', () => {
    const h = met('HOGE_TERUGVORDERING');
    const d = definitieveInvoer(h);
    expect(d.aanvrager.toetsingsinkomen).toBe(h.definitiefInkomen.aanvrager);
    expect(d.aanvrager.geboortedatum).toBe(h.schatting.aanvrager.geboortedatum);
    expect(h.schatting.aanvrager.toetsingsinkomen).not.toBe(h.definitiefInkomen.aanvrager); // not changed in place
  });

  it('adds a partner known only to the tax authority, with the birth date given', () => {
    const h = met('PARTNER_CONFLICT');
    const d = definitieveInvoer(h);
    expect(d.toeslagpartner).toEqual({
      geboortedatum: h.definitievePartner!.geboortedatum,
      toetsingsinkomen: h.definitiefInkomen.toeslagpartner,
      vermogen: 0,
    });
  });

  it('splits a contract into periods with the hours the provider reported', () => {
    const h = met('OPVANGUREN_VERSCHIL');
    const jaar = h.schatting.berekeningsjaar;
    const d = definitieveInvoer(h);
    expect(d.kinderopvang).toEqual([
      { kind: 0, soort: 'dagopvang', urenPerMaand: 80, uurprijs: 11.1, tot: `${jaar}-04-01` },
      { kind: 0, soort: 'dagopvang', urenPerMaand: 104, uurprijs: 11.1, vanaf: `${jaar}-04-01` },
    ]);
  });

  it('keeps the parent’s hours when the provider reported nothing', () => {
    const h = met('ONTBREKENDE_GEGEVENS');
    expect(definitieveInvoer(h).kinderopvang).toEqual(h.schatting.kinderopvang);
  });

  it('leaves contracts alone when the provider reports the parent’s hours, and is valid input', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom<Jaar>(2025, 2026),
        (seed, i, jaar) => {
          const h = genereerHuishouden(seed, i, jaar);
          const d = definitieveInvoer(h);
          const p = parseHuishouden(d);
          if (!p.ok) throw new Error(JSON.stringify(p.problems));
          (h.schatting.kinderopvang ?? []).forEach((o, c) => {
            const rij = h.opvangUrenAanbieder[c]!;
            if (rij.every((u) => u === 0 || u === o.urenPerMaand)) expect(d.kinderopvang).toContainEqual(o);
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
