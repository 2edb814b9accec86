/**
 * Comparable decisions: the score, the warning on a departing choice (pure), and the search on
 * the database (same regeling, approved only, best first).
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { keurGoed, legMaatwerkVast } from './maatwerk';
import type { Maatwerkbesluit } from './maatwerk-invoer';
import { ANNA, maakHuishoudens, maatwerkInvoer, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import { claim } from './toewijzing';
import {
  afwijkingVanVergelijkbaar,
  type VergelijkbaarBesluit,
  vergelijkbareBesluiten,
  vergelijkingsscore,
} from './vergelijkbaar';

function vergelijkbaar(id: number, standaard: number, afwijking: number, s = 0.8): VergelijkbaarBesluit {
  return {
    besluit: {
      id,
      standaardUitkomst: { bedrag: standaard, omschrijving: '' },
      afwijking: { bedrag: afwijking },
    } as Maatwerkbesluit,
    score: s,
    gedeeldeRedenen: [],
    zelfdeHuishoudtype: true,
    bedragVerschil: 0,
  };
}

describe('score', () => {
  const besluit = (redenen: string[], bedrag: number, huishoudtype: Maatwerkbesluit['huishoudtype']) => ({
    redenen,
    standaardUitkomst: { bedrag, omschrijving: '' },
    huishoudtype,
  });

  it('weighs reasons, amount and household type', () => {
    const vraag = { redenen: ['A', 'B'], bedrag: 100_000, huishoudtype: 'paar' };
    expect(vergelijkingsscore(vraag, besluit(['A', 'B'], 100_000, 'paar'))).toEqual({
      score: 1,
      gedeeldeRedenen: ['A', 'B'],
      zelfdeHuishoudtype: true,
      bedragVerschil: 0,
    });
    // Half the reasons shared (1 of 3 distinct → 1/3), amount half (0.5), other household: 0.5/3 + 0.15.
    expect(vergelijkingsscore(vraag, besluit(['B', 'C'], 50_000, 'alleenstaande')).score).toBe(0.317);
    expect(vergelijkingsscore(vraag, besluit([], 0, 'overig')).score).toBe(0);
  });

  it('stays between 0 and 1 and is highest for an identical situation', () => {
    const reden = fc.constantFrom('A', 'B', 'C', 'D');
    fc.assert(
      fc.property(
        fc.array(reden),
        fc.nat(10_000_000),
        fc.array(reden),
        fc.nat(10_000_000),
        (r1, a1, r2, a2) => {
          const s = vergelijkingsscore(
            { redenen: r1, bedrag: a1, huishoudtype: 'paar' },
            besluit(r2, a2, 'paar'),
          ).score;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          if (r1.length > 0)
            expect(
              vergelijkingsscore({ redenen: r1, bedrag: a1, huishoudtype: 'paar' }, besluit(r1, a1, 'paar'))
                .score,
            ).toBe(1);
        },
      ),
    );
  });
});

describe('afwijkingVanVergelijkbaar', () => {
  const eerdere = [
    vergelijkbaar(1, 200_000, 50_000),
    vergelijkbaar(2, 100_000, 30_000),
    vergelijkbaar(3, 300_000, 60_000),
  ];

  it('is silent when the choice is in line with comparable decisions, or there are none', () => {
    expect(
      afwijkingVanVergelijkbaar({ standaardBedrag: 240_000, afwijkingBedrag: 60_000 }, eerdere),
    ).toBeUndefined();
    expect(afwijkingVanVergelijkbaar({ standaardBedrag: 240_000, afwijkingBedrag: 0 }, [])).toBeUndefined();
    // Weakly comparable decisions do not count.
    expect(
      afwijkingVanVergelijkbaar({ standaardBedrag: 240_000, afwijkingBedrag: 240_000 }, [
        vergelijkbaar(4, 100_000, 0, 0.3),
      ]),
    ).toBeUndefined();
  });

  it('warns, in Dutch, when the choice departs from them', () => {
    const w = afwijkingVanVergelijkbaar({ standaardBedrag: 240_000, afwijkingBedrag: 240_000 }, eerdere);
    expect(w).toEqual({
      code: 'AFWIJKEND_VAN_VERGELIJKBAAR',
      melding: expect.stringContaining('wijkt af van 3 vergelijkbare besluiten (mediaan: 75% lager)'),
      besluitIds: [1, 2, 3],
      mediaanAfwijking: -0.75,
    });
    expect(w!.melding).toContain('Uw keuze (gelijk dan de standaarduitkomst)');
    // The other direction is always a departure.
    expect(
      afwijkingVanVergelijkbaar({ standaardBedrag: 100_000, afwijkingBedrag: 150_000 }, eerdere)?.melding,
    ).toContain('50% hoger');
  });
});

describeEachDatabase('comparable decisions on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  /** A recorded decision; approved by a team lead when it needs four-eyes, unless `goedkeuren` is false. */
  async function besluit(
    wijzig: Parameters<typeof maatwerkInvoer>[1],
    goedkeuren = true,
  ): Promise<Maatwerkbesluit> {
    const z = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'Maatwerk' },
      ANNA,
      NU,
    );
    waarde(await uitkomst(claim(db, z.id, z.versie, ANNA, NU)));
    const b = waarde(await uitkomst(legMaatwerkVast(db, maatwerkInvoer(z.id, wijzig), ANNA, NU)));
    return b.status === 'wacht-op-goedkeuring' && goedkeuren
      ? waarde(await uitkomst(keurGoed(db, b.id, TEAMLEIDER, NU)))
      : b;
  }

  it('finds approved decisions for the same regeling, best first', async () => {
    const gelijk = await besluit({ redenen: ['HOGE_TERUGVORDERING'], huishoudtype: 'paar' });
    const deels = await besluit({
      redenen: ['HOGE_TERUGVORDERING', 'PARTNER_CONFLICT'],
      huishoudtype: 'alleenstaande',
    });
    await besluit({ redenen: ['HOGE_TERUGVORDERING'], huishoudtype: 'paar', regeling: 'zorgtoeslag' });
    await besluit({ redenen: ['KIND_WORDT_18'], huishoudtype: 'alleenstaande' }); // nothing in common
    await besluit({ redenen: ['HOGE_TERUGVORDERING'], huishoudtype: 'paar' }, false); // waiting for approval
    const r = await vergelijkbareBesluiten(db, {
      regeling: 'huurtoeslag',
      redenen: ['HOGE_TERUGVORDERING'],
      bedrag: 240_000,
      huishoudtype: 'paar',
    });
    expect(r.map((v) => [v.besluit.id, v.score])).toEqual([
      [gelijk.id, 1],
      [deels.id, 0.55],
    ]);
    expect(r[1]).toMatchObject({
      gedeeldeRedenen: ['HOGE_TERUGVORDERING'],
      zelfdeHuishoudtype: false,
      bedragVerschil: 0,
    });
    const een = await vergelijkbareBesluiten(db, {
      regeling: 'huurtoeslag',
      redenen: ['HOGE_TERUGVORDERING'],
      bedrag: 240_000,
      huishoudtype: 'paar',
      limiet: 1,
    });
    expect(een.map((v) => v.besluit.id)).toEqual([gelijk.id]);
  });
});
