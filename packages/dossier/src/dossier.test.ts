import { eurosToCents } from '@regelmaat/kernel';
import { type Berekening, berekenHuishouden, normaliseer, parseHuishouden } from '@regelmaat/law';
import { arbitrairHuishouden } from '@regelmaat/law/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bekendOp, type Feit } from './feit';
import { feit, feitenUitAanvraag } from './feiten-uit-aanvraag';
import { huishoudenUitFeiten } from './huishouden-uit-feiten';
import { snapshotHash } from './snapshot-hash';

const bsn = (n: number) => String(100000000 + n);
const personen = (h: {
  berekeningsjaar: number;
  toeslagpartner?: unknown;
  kinderen?: unknown[];
  medebewoners?: unknown[];
}) => ({
  aanvrager: bsn(1),
  ...(h.toeslagpartner ? { toeslagpartner: bsn(2) } : {}),
  kinderen: (h.kinderen ?? []).map((_, i) => bsn(10 + i)),
  medebewoners: (h.medebewoners ?? []).map((_, i) => bsn(30 + i)),
});
const T0 = '2026-01-05T09:00:00Z';

function bedragen(b: Berekening) {
  return b.toeslagen.map((t) => [t.jaarbedrag, ...t.maandbedragen]);
}

function reken(invoer: unknown) {
  const p = parseHuishouden(invoer);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return bedragen(berekenHuishouden(normaliseer(p.huishouden)));
}

describe('dossier facts ↔ household input', () => {
  it('a household stored as facts and read back computes the same amounts', () => {
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => {
        const feiten = feitenUitAanvraag(h, personen(h), T0);
        const terug = huishoudenUitFeiten(feiten, {
          jaar: h.berekeningsjaar,
          variant: 'schatting',
          bekendOp: T0,
        });
        expect(terug.ontbrekend).toEqual([]);
        expect(terug.problemen).toEqual([]);
        // The engine's situation, built from the facts directly, computes what the input computes.
        expect(bedragen(berekenHuishouden(terug.situatie!))).toEqual(reken(h));
        // And the input snapshot stored with a decision reads back as the same household.
        expect(reken(terug.invoer)).toEqual(reken(h));
      }),
      { numRuns: 200 },
    );
  });

  it('uses the final income in the definitive variant and reports what is missing', () => {
    const h = {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 19000 },
      toeslagpartner: { geboortedatum: '1990-01-01', toetsingsinkomen: 1000 },
    };
    const feiten: Feit[] = [
      ...feitenUitAanvraag(h, personen(h), T0),
      feit(
        'inkomen_definitief',
        { jaar: 2026, bedrag: eurosToCents(24000) },
        'belastingdienst',
        '2027-06-01T00:00:00Z',
        bsn(1),
      ),
    ];
    const def = huishoudenUitFeiten(feiten, {
      jaar: 2026,
      variant: 'definitief',
      bekendOp: '2027-07-01T00:00:00Z',
    });
    expect(def.invoer.aanvrager.toetsingsinkomen).toBe(24000);
    expect(def.invoer.toeslagpartner?.toetsingsinkomen).toBe(1000);
    expect(def.ontbrekend).toEqual([`inkomen_definitief:${bsn(2)}`]);
  });

  it('recomputes as known at a moment: a later correction does not change the earlier view', () => {
    const h = { berekeningsjaar: 2026, aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 19000 } };
    const oud = feitenUitAanvraag(h, personen(h), T0);
    const correctie = feit(
      'inkomen_schatting',
      { jaar: 2026, bedrag: eurosToCents(30000) },
      'burger',
      '2026-03-10T12:00:00Z',
      bsn(1),
    );
    const vervangen = oud.map((f) =>
      f.soort === 'inkomen_schatting' ? { ...f, vervallenOp: correctie.geregistreerdOp } : f,
    );
    const alle = [...vervangen, correctie];
    expect(
      huishoudenUitFeiten(alle, { jaar: 2026, variant: 'schatting', bekendOp: '2026-02-01T00:00:00Z' }).invoer
        .aanvrager.toetsingsinkomen,
    ).toBe(19000);
    expect(
      huishoudenUitFeiten(alle, { jaar: 2026, variant: 'schatting', bekendOp: '2026-04-01T00:00:00Z' }).invoer
        .aanvrager.toetsingsinkomen,
    ).toBe(30000);
    expect(bekendOp(alle, '2026-01-01T00:00:00Z')).toEqual([]);
  });

  it('sums provider-reported childcare hours per month and keeps months without a report empty', () => {
    const h = {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 40000 },
      kinderen: [{ geboortedatum: '2023-01-01' }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang' as const, urenPerMaand: 80, uurprijs: 10 }],
    };
    const uren = [80, 80, 80, 80, 80, 80, 0, 0, 0, 0, 0, 0];
    const feiten = [
      ...feitenUitAanvraag(h, personen(h), T0),
      feit('opvanguren_aanbieder', { jaar: 2026, soort: 'dagopvang', uren }, 'aanbieder', T0, bsn(10)),
    ];
    expect(
      huishoudenUitFeiten(feiten, { jaar: 2026, variant: 'schatting', bekendOp: T0 }).opvangUrenAanbieder,
    ).toEqual(uren);
    expect(
      huishoudenUitFeiten(feitenUitAanvraag(h, personen(h), T0), {
        jaar: 2026,
        variant: 'schatting',
        bekendOp: T0,
      }).opvangUrenAanbieder,
    ).toEqual(new Array(12).fill(null));
  });

  it('hashes snapshots independently of key order', () => {
    expect(snapshotHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      snapshotHash({ b: [1, { d: 3, c: 2 }], a: 1 }),
    );
    expect(snapshotHash({ a: 1 })).not.toBe(snapshotHash({ a: 2 }));
  });
});
