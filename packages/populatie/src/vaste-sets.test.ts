import { isValidBsn } from '@regelmaat/kernel';
import {
  BatchRekenaar,
  Bedragen,
  type HuishoudenInvoer,
  normaliseer,
  parseHuishouden,
  REGELINGEN,
  wetgeving,
  zoekParameter,
} from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import { overlapMaanden } from './datum';
import { definitieveInvoer } from './definitief';
import type { Jaar } from './genereer';
import type { SynthetischHuishouden, UitvalCode } from './huishouden';
import { vasteSet } from './vaste-sets';

const batch = new BatchRekenaar();
const uit = new Bedragen();

/** Sum of the year amounts of all toeslagen that can be computed, in eurocents. */
function jaarTotaal(invoer: HuishoudenInvoer): number {
  const p = parseHuishouden(invoer);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  batch.bereken(normaliseer(p.huishouden), uit);
  let totaal = 0;
  for (let r = 0; r < REGELINGEN.length; r++) if (uit.berekenbaar(r)) totaal += uit.jaarbedrag(r);
  return totaal;
}

function euro(pad: string, jaar: number): number {
  return (zoekParameter(wetgeving(), pad, `${jaar}-01-01`).value as number) / 100;
}

/** The conditions of each exception situation, as the brief defines them. */
const VOORWAARDEN: Record<UitvalCode, (h: SynthetischHuishouden) => boolean> = {
  HOGE_TERUGVORDERING: (h) => jaarTotaal(h.schatting) - jaarTotaal(definitieveInvoer(h)) >= 150_000,
  SCHATTING_WIJKT_AF: (h) => {
    const s = h.schatting.aanvrager.toetsingsinkomen + (h.schatting.toeslagpartner?.toetsingsinkomen ?? 0);
    return h.vorigJaarInkomen !== undefined && s <= 0.7 * h.vorigJaarInkomen;
  },
  OPVANGUREN_VERSCHIL: (h) =>
    (h.schatting.kinderopvang ?? []).some((o, i) => {
      const maanden = overlapMaanden(h.schatting.berekeningsjaar, o.vanaf, o.tot);
      return h.opvangUrenAanbieder[i]!.some((u, m) => maanden[m] && u !== 0 && u !== o.urenPerMaand);
    }),
  PARTNER_CONFLICT: (h) => h.definitiefInkomen.toeslagpartner !== undefined && !h.schatting.toeslagpartner,
  ONTBREKENDE_GEGEVENS: (h) =>
    (h.schatting.kinderopvang ?? []).some(
      (o, i) => o.urenPerMaand > 0 && h.opvangUrenAanbieder[i]!.every((u) => u === 0),
    ),
  VERMOGEN_RAND: (h) => {
    const jaar = h.schatting.berekeningsjaar;
    const partner = h.schatting.toeslagpartner;
    const vermogen = (h.schatting.aanvrager.vermogen ?? 0) + (partner?.vermogen ?? 0);
    const grenzen = partner
      ? [
          'huurtoeslag.vermogensgrens_partners',
          'zorgtoeslag.vermogensgrens_partners',
          'kindgebonden_budget.vermogensgrens_partners',
        ]
      : [
          'huurtoeslag.vermogensgrens_per_persoon',
          'zorgtoeslag.vermogensgrens_alleenstaande',
          'kindgebonden_budget.vermogensgrens_alleenstaande',
        ];
    return grenzen.some((g) => {
      const grens = euro(g, jaar);
      return vermogen <= grens && vermogen >= 0.95 * grens;
    });
  },
};

const CODES = Object.keys(VOORWAARDEN) as UitvalCode[];

describe.each([2026, 2025] as Jaar[])('vasteSet (%i)', (jaar) => {
  const demo = vasteSet('demo', jaar);
  const uitzonderingen = vasteSet('uitzonderingen', jaar);

  it('every household is valid input for the rules engine', () => {
    for (const h of [...demo, ...uitzonderingen]) {
      expect(parseHuishouden(h.schatting).ok).toBe(true);
      expect(parseHuishouden(definitieveInvoer(h)).ok).toBe(true);
      expect(h.schatting.berekeningsjaar).toBe(jaar);
    }
  });

  it('all BSNs are valid and distinct across both sets', () => {
    const bsns = [...demo, ...uitzonderingen].flatMap((h) => [
      h.bsnAanvrager,
      ...(h.bsnPartner ? [h.bsnPartner] : []),
      ...h.bsnKinderen,
      ...h.bsnMedebewoners,
    ]);
    for (const b of bsns) expect(isValidBsn(b)).toBe(true);
    expect(new Set(bsns).size).toBe(bsns.length);
  });

  it('the demo covers every household type', () => {
    expect(new Set(demo.map((h) => h.type))).toEqual(
      new Set(['alleenstaande', 'paar', 'paar-met-kinderen', 'eenoudergezin', 'overig']),
    );
  });

  it('uitzonderingen: every exception situation is triggered by at least one household', () => {
    for (const code of CODES)
      expect(
        uitzonderingen.some((h) => h.verwachteUitval?.includes(code)),
        code,
      ).toBe(true);
    expect(uitzonderingen.some((h) => h.verwachteUitval?.length === 0)).toBe(true);
  });

  it('uitzonderingen: each household meets exactly the conditions of its expected codes', () => {
    for (const h of uitzonderingen) {
      expect(h.verwachteUitval).toBeDefined();
      for (const code of CODES)
        expect(VOORWAARDEN[code](h), `${h.index} ${code}`).toBe(h.verwachteUitval!.includes(code));
    }
  });

  it('is the same on every call', () => {
    expect(vasteSet('uitzonderingen', jaar)).toEqual(uitzonderingen);
  });
});
