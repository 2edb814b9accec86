import { eurosToCents } from '@regelmaat/kernel';
import { berekenHuishouden, normaliseer, parseHuishouden, REGELINGEN, wetgeving } from '@regelmaat/law';
import { arbitrairHuishouden } from '@regelmaat/law/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feit, feitenUitAanvraag } from './feiten-uit-aanvraag';
import { HuishoudenRekenaar, problemenAlsTekst } from './huishouden-rekenaar';
import { snapshotHash } from './snapshot-hash';

const bsn = (n: number) => String(100000000 + n);
const T0 = '2025-11-01T00:00:00.000Z';
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

describe('HuishoudenRekenaar: from facts known at a moment to the outcome', () => {
  const w = wetgeving();
  const rekenaar = new HuishoudenRekenaar(w);

  it('computes what the input computes, explains the same amounts, and hashes its snapshot', () => {
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => {
        const feiten = feitenUitAanvraag(h, personen(h), T0);
        const u = rekenaar.bereken(feiten, {
          jaar: h.berekeningsjaar,
          variant: 'schatting',
          bekendOp: T0,
          uitleg: true,
        });
        if (!u.ok) throw new Error(problemenAlsTekst(u.problemen).join('; '));
        expect(u.invoerHash).toBe(snapshotHash(u.dossier.invoer));
        expect(u.parameterVersie).toBe(w.versie);
        const p = parseHuishouden(h);
        if (!p.ok) throw new Error('generated household refused');
        const verwacht = berekenHuishouden(normaliseer(p.huishouden), w);
        REGELINGEN.forEach((_, r) => {
          const t = verwacht.toeslagen[r]!;
          expect(u.bedragen.jaarbedrag(r)).toBe(t.status === 'niet-berekenbaar' ? -1 : t.jaarbedrag);
          expect([...u.bedragen.maandbedragen(r)]).toEqual([...t.maandbedragen]);
          expect(u.berekening.toeslagen[r]!.jaarbedrag).toBe(t.jaarbedrag);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('explains only when asked (the runs never build explanation trees)', () => {
    const h = { berekeningsjaar: 2026, aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 20000 } };
    const u = rekenaar.bereken(feitenUitAanvraag(h, personen(h), T0), { jaar: 2026, variant: 'schatting' });
    expect(u.ok).toBe(true);
    expect('berekening' in u).toBe(false);
  });

  it('computes nothing for a dossier that breaks a rule of the input, and says why', () => {
    const h = {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 20000 },
      huur: [{ kaleHuur: 700 }],
    };
    const feiten = [
      ...feitenUitAanvraag(h, personen(h), T0),
      {
        ...feit(
          'huur',
          { kaleHuur: eurosToCents(650), servicekosten: eurosToCents(0), zelfstandig: true },
          'burger',
          T0,
        ),
        geldigVanaf: '2026-03-01',
      },
    ];
    const u = rekenaar.bereken(feiten, { jaar: 2026, variant: 'schatting', uitleg: true });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(problemenAlsTekst(u.problemen)).toEqual([
      'huur[1].vanaf: overlapt met huur 0: er kan maar één huurwoning tegelijk zijn',
    ]);
    // The snapshot is still there to show and hash.
    expect(u.invoerHash).toBe(snapshotHash(u.dossier.invoer));
  });
});
