/**
 * @module
 * Life events one to two months ahead (issue 16, C8): what the dossier already knows will happen to
 * a household, so it can be told in time what changes and what to report. Found from the facts as
 * known at a moment; the ages come from the law's parameters, never from literals:
 *
 * - a child turning `leeftijd_basisonderwijs` (4: WPO art. 39 lid 1; dagopvang usually stops), the
 *   kindgebonden budget's `leeftijd_verhoging_12` and `leeftijd_verhoging_16` (Wkgb art. 2 lid 3)
 *   and `leeftijdsgrens_kind` (18, Wkgb art. 1);
 * - the applicant or partner reaching `aow_leeftijd` (AOW art. 7a);
 * - a childcare contract or a rent (tenancy) that ends (a fact with its end date);
 * - a toeslagpartner or co-resident moving in or out (a person fact that starts or ends);
 * - a known income change (an income estimate that starts within the window).
 *
 * The window is [peildatum + 1 month, peildatum + 2 months): a daily run finds each event once a
 * day earlier than the last, a monthly run every event of the month after next.
 */
import { type Wetgeving, zoekParameter } from '@regelmaat/law';
import type { Feit, FeitWaarden } from './feit';

export const LEVENSGEBEURTENIS_SOORTEN = [
  'kind-4',
  'kind-12',
  'kind-16',
  'kind-18',
  'opvang-einde',
  'huur-einde',
  'aow',
  'partner-in',
  'partner-uit',
  'inkomen-wijziging',
] as const;
export type LevensgebeurtenisSoort = (typeof LEVENSGEBEURTENIS_SOORTEN)[number];

export interface Levensgebeurtenis {
  soort: LevensgebeurtenisSoort;
  /** The civil date it happens (the birthday, the first day without the contract, the move). */
  datum: string;
  /** The person it is about (BSN), if any. */
  persoonBsn?: string;
  /** For a child's birthday: the childcare it has on that day (dagopvang usually stops at 4). */
  opvang?: FeitWaarden['kinderopvang']['soort'];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const schrikkeljaar = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;

/** The number of days of month `maand` (1–12) of `jaar`. */
const dagenIn = (jaar: number, maand: number) =>
  maand === 2 ? (schrikkeljaar(jaar) ? 29 : 28) : [4, 6, 9, 11].includes(maand) ? 30 : 31;

/** `datum` plus `maanden` months; a day that month does not have becomes its last day. */
export function plusMaanden(datum: string, maanden: number): string {
  const j = Number(datum.slice(0, 4));
  const m = Number(datum.slice(5, 7)) - 1 + maanden;
  const d = Number(datum.slice(8, 10));
  const jaar = j + Math.floor(m / 12);
  const maand = ((m % 12) + 12) % 12;
  return `${jaar}-${pad2(maand + 1)}-${pad2(Math.min(d, dagenIn(jaar, maand + 1)))}`;
}

/**
 * The day a person born on `geboortedatum` reaches `jaren` years: the same day of the month; born
 * on 29 February, in a year without it, on 1 March (BW 1:2 counts whole years; the day after 28
 * February is when the years are complete).
 */
export function verjaardag(geboortedatum: string, jaren: number): string {
  const jaar = Number(geboortedatum.slice(0, 4)) + jaren;
  const md = geboortedatum.slice(5);
  if (md === '02-29' && !schrikkeljaar(jaar)) return `${jaar}-03-01`;
  return `${jaar}-${md}`;
}

/** The window of dates a run on `peildatum` looks at: [van, tot). */
export function venster(peildatum: string): { van: string; tot: string } {
  return { van: plusMaanden(peildatum, 1), tot: plusMaanden(peildatum, 2) };
}

const getal = (w: Wetgeving, pad: string, datum: string) => zoekParameter(w, pad, datum).value as number;

/** The life events of a household's facts `feiten` in the window of `peildatum`, by date. */
export function vindLevensgebeurtenissen(
  feiten: readonly Feit[],
  peildatum: string,
  w: Wetgeving,
): Levensgebeurtenis[] {
  const { van, tot } = venster(peildatum);
  const inVenster = (d: string | undefined): d is string => d !== undefined && d >= van && d < tot;
  // The law in force at the start of the window names the ages (a parameter from before 2025 is
  // never asked: the parameters start on 2025-01-01).
  const wet = van < '2025-01-01' ? '2025-01-01' : van;
  const kindLeeftijden: [LevensgebeurtenisSoort, number][] = [
    ['kind-4', getal(w, 'algemeen.leeftijd_basisonderwijs', wet)],
    ['kind-12', getal(w, 'kindgebonden_budget.leeftijd_verhoging_12', wet)],
    ['kind-16', getal(w, 'kindgebonden_budget.leeftijd_verhoging_16', wet)],
    ['kind-18', getal(w, 'kindgebonden_budget.leeftijdsgrens_kind', wet)],
  ];
  const aow = getal(w, 'algemeen.aow_leeftijd', wet);
  const geldig = feiten.filter((f) => f.vervallenOp === undefined);
  const uit: Levensgebeurtenis[] = [];
  for (const f of geldig) {
    if (f.soort === 'persoon' && f.persoonBsn) {
      const p = f.waarde as FeitWaarden['persoon'];
      if (p.rol === 'kind') {
        for (const [soort, jaren] of kindLeeftijden) {
          const d = verjaardag(p.geboortedatum, jaren);
          if (!inVenster(d)) continue;
          const opvang = opvangOp(geldig, f.persoonBsn, d);
          uit.push({ soort, datum: d, persoonBsn: f.persoonBsn, ...(opvang ? { opvang } : {}) });
        }
      }
      if (p.rol === 'aanvrager' || p.rol === 'toeslagpartner') {
        const d = verjaardag(p.geboortedatum, aow);
        if (inVenster(d)) uit.push({ soort: 'aow', datum: d, persoonBsn: f.persoonBsn });
      }
      if (p.rol === 'toeslagpartner' || p.rol === 'medebewoner') {
        if (inVenster(f.geldigVanaf))
          uit.push({ soort: 'partner-in', datum: f.geldigVanaf, persoonBsn: f.persoonBsn });
        if (inVenster(f.geldigTot))
          uit.push({ soort: 'partner-uit', datum: f.geldigTot, persoonBsn: f.persoonBsn });
      }
    }
    if (f.soort === 'kinderopvang' && inVenster(f.geldigTot) && !opvangNa(geldig, f)) {
      uit.push({
        soort: 'opvang-einde',
        datum: f.geldigTot,
        ...(f.persoonBsn ? { persoonBsn: f.persoonBsn } : {}),
        opvang: (f.waarde as FeitWaarden['kinderopvang']).soort,
      });
    }
    if (
      f.soort === 'huur' &&
      inVenster(f.geldigTot) &&
      !geldig.some((g) => g.soort === 'huur' && g.geldigVanaf === f.geldigTot)
    )
      uit.push({ soort: 'huur-einde', datum: f.geldigTot });
    if (f.soort === 'inkomen_schatting' && inVenster(f.geldigVanaf))
      uit.push({
        soort: 'inkomen-wijziging',
        datum: f.geldigVanaf,
        ...(f.persoonBsn ? { persoonBsn: f.persoonBsn } : {}),
      });
  }
  return uit.sort((a, b) => a.datum.localeCompare(b.datum) || a.soort.localeCompare(b.soort));
}

const geldtOp = (f: Feit, d: string) =>
  (f.geldigVanaf === undefined || f.geldigVanaf <= d) && (f.geldigTot === undefined || f.geldigTot > d);

/** The childcare of child `bsn` on day `d`, if any. */
function opvangOp(
  feiten: readonly Feit[],
  bsn: string,
  d: string,
): FeitWaarden['kinderopvang']['soort'] | undefined {
  const f = feiten.find((x) => x.soort === 'kinderopvang' && x.persoonBsn === bsn && geldtOp(x, d));
  return (f?.waarde as FeitWaarden['kinderopvang'] | undefined)?.soort;
}

/** Whether the same child's childcare goes on after `f` ends (a changed contract, not an end). */
function opvangNa(feiten: readonly Feit[], f: Feit): boolean {
  return feiten.some(
    (x) =>
      x !== f && x.soort === 'kinderopvang' && x.persoonBsn === f.persoonBsn && x.geldigVanaf === f.geldigTot,
  );
}
