import { normaliseer, parseHuishouden, type Situatie } from '@regelmaat/law';
import { arbitrairHuishouden } from '@regelmaat/law/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feitenUitAanvraag } from './feiten-uit-aanvraag';
import { huishoudenUitFeiten } from './huishouden-uit-feiten';
import { situatieUitInvoer } from './situatie-snel';

// biome-ignore lint/suspicious/noExplicitAny: corruptions write any field of a generated household
type Bederfbaar = Record<string, any>;
const T0 = '2026-01-05T09:00:00Z';
const bsn = (n: number) => String(100000000 + n);

/** The general path: zod, then normaliseer; null when the input is refused. */
function algemeen(invoer: unknown): Situatie | null {
  const p = parseHuishouden(invoer);
  return p.ok ? normaliseer(p.huishouden) : null;
}

/** Corruptions of one field, each of which the input schema refuses. */
const bederf: ((h: Bederfbaar) => void)[] = [
  (h) => {
    h.aanvrager.geboortedatum = '2001-02-30';
  },
  (h) => {
    h.aanvrager.toetsingsinkomen = 1000.005;
  },
  (h) => {
    h.aanvrager.vermogen = -1;
  },
  (h) => {
    h.aanvrager.toetsingsinkomen = 20_000_000;
  },
  (h) => {
    h.aanvrager.woonland = 'nl';
  },
  (h) => {
    h.aanvrager.zorgverzekering = 'ja';
  },
  (h) => {
    h.aanvrager.nationaliteit = 'NL';
  },
  (h) => {
    h.aanvrager.arbeidseis = undefined;
    h.onbekend = undefined;
  },
  (h) => {
    h.berekeningsjaar = 2027;
  },
  (h) => {
    h.aanvrager.rechtmatigVerblijf = 'ja';
  },
  (h) => {
    h.kinderen = [
      ...(h.kinderen ?? []),
      { geboortedatum: '2020-01-01', vanaf: '2026-05-01', tot: '2026-05-01' },
    ];
  },
  (h) => {
    h.huur = [
      { kaleHuur: 700, tot: '2026-07-01' },
      { kaleHuur: 800, vanaf: '2026-06-01' },
    ];
  },
  (h) => {
    h.kinderopvang = [{ kind: (h.kinderen ?? []).length, soort: 'dagopvang', urenPerMaand: 10, uurprijs: 9 }];
  },
  (h) => {
    h.kinderen = [{ geboortedatum: '2022-01-01' }];
    h.kinderopvang = [{ kind: 0, soort: 'dagopvang', urenPerMaand: 745, uurprijs: 9 }];
  },
  (h) => {
    h.kinderen = [{ geboortedatum: '2022-01-01' }];
    h.kinderopvang = [{ kind: 0.5, soort: 'dagopvang', urenPerMaand: 10, uurprijs: 9 }];
  },
  (h) => {
    h.medebewoners = [{ geboortedatum: '1990-01-01' }];
  },
  (h) => {
    h.kinderen = Array.from({ length: 21 }, () => ({ geboortedatum: '2020-01-01' }));
  },
  (h) => {
    h.huur = { kaleHuur: 700 };
  },
];

describe('the Situatie straight from a household input (batch fast path)', () => {
  it('equals normaliseer(parseHuishouden(…)) for generated households', () => {
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => {
        const snel = situatieUitInvoer(h);
        expect(snel).not.toBeNull();
        expect(snel).toEqual(algemeen(h));
      }),
      { numRuns: 500 },
    );
  });

  it('equals the general path for households read back from dossier facts', () => {
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => {
        const personen = {
          aanvrager: bsn(1),
          ...(h.toeslagpartner ? { toeslagpartner: bsn(2) } : {}),
          kinderen: (h.kinderen ?? []).map((_, i) => bsn(10 + i)),
          medebewoners: (h.medebewoners ?? []).map((_, i) => bsn(30 + i)),
        };
        const { invoer } = huishoudenUitFeiten(
          feitenUitAanvraag(h, personen, T0),
          h.berekeningsjaar,
          T0,
          'schatting',
        );
        const snel = situatieUitInvoer(invoer);
        expect(snel).not.toBeNull();
        expect(snel).toEqual(algemeen(invoer));
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what the input schema refuses (it leaves that to the general path)', () => {
    fc.assert(
      fc.property(arbitrairHuishouden, fc.integer({ min: 0, max: bederf.length - 1 }), (h, i) => {
        const kopie = structuredClone(h) as Bederfbaar;
        bederf[i]!(kopie);
        expect(parseHuishouden(kopie).ok).toBe(false);
        expect(situatieUitInvoer(kopie)).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect(situatieUitInvoer(null)).toBeNull();
    expect(situatieUitInvoer([])).toBeNull();
  });
});
