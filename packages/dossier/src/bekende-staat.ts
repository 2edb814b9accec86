/**
 * @module
 * One pass over a household's known facts: who is in it (the `persoon` facts by role), and per
 * person the newest known fact of each kind that matters — a correction supersedes; on a tie of
 * recording times the later fact in the list wins. Rent, childcare, the providers' hours of the
 * year (summed per month) and last year's final income are collected on the way. No closures or
 * intermediate lists per person: this runs for every household of every batch run.
 */
import type { Eurocent } from '@regelmaat/kernel';
import type { Feit, FeitWaarden } from './feit';

/** The newest fact of each kind that matters, for one person. */
export interface PersoonStaat {
  zorgverzekering?: Feit;
  verblijf?: Feit;
  arbeid?: Feit;
  /** These three only of the berekeningsjaar. */
  vermogen?: Feit;
  definitief?: Feit;
  schatting?: Feit;
}

export interface BekendeStaat {
  perPersoon: Map<string, PersoonStaat>;
  /** The last `persoon` fact with each role (aanvrager, toeslagpartner), and all kinderen and medebewoners. */
  aanvrager?: Feit;
  partner?: Feit;
  kinderen: Feit[];
  medebewoners: Feit[];
  huur: Feit[];
  kinderopvang: Feit[];
  /** Provider-reported childcare hours per month of the year, summed; null where none was reported. */
  opvangUrenAanbieder: (number | null)[];
  /** Last year's final household income (eurocents), the first such fact. */
  vorigJaarInkomen?: Eurocent;
}

const nieuwer = (f: Feit, best: Feit | undefined) => !best || f.geregistreerdOp >= best.geregistreerdOp;
const jaarVan = (f: Feit) => (f.waarde as { jaar?: number }).jaar;

/** Collects what the household's facts say for `jaar`; the facts are those known at the moment. */
export function leesBekendeStaat(feiten: readonly Feit[], jaar: number): BekendeStaat {
  const staat: BekendeStaat = {
    perPersoon: new Map(),
    kinderen: [],
    medebewoners: [],
    huur: [],
    kinderopvang: [],
    opvangUrenAanbieder: [null, null, null, null, null, null, null, null, null, null, null, null],
  };
  for (let i = 0; i < feiten.length; i++) {
    const f = feiten[i]!;
    switch (f.soort) {
      case 'persoon': {
        const rol = (f.waarde as FeitWaarden['persoon']).rol;
        if (rol === 'aanvrager') staat.aanvrager = f;
        else if (rol === 'toeslagpartner') staat.partner = f;
        else if (rol === 'kind') staat.kinderen.push(f);
        else if (rol === 'medebewoner') staat.medebewoners.push(f);
        continue;
      }
      case 'huur':
        staat.huur.push(f);
        continue;
      case 'kinderopvang':
        staat.kinderopvang.push(f);
        continue;
      case 'opvanguren_aanbieder':
        if (jaarVan(f) === jaar) {
          const uren = (f.waarde as FeitWaarden['opvanguren_aanbieder']).uren;
          const som = staat.opvangUrenAanbieder;
          for (let m = 0; m < uren.length; m++) som[m] = (som[m] ?? 0) + uren[m]!;
        }
        continue;
      case 'vorig_inkomen':
        if (staat.vorigJaarInkomen === undefined && jaarVan(f) === jaar - 1)
          staat.vorigJaarInkomen = (f.waarde as FeitWaarden['vorig_inkomen']).bedrag;
        continue;
    }
    if (!f.persoonBsn) continue;
    let s = staat.perPersoon.get(f.persoonBsn);
    if (!s) {
      s = {};
      staat.perPersoon.set(f.persoonBsn, s);
    }
    switch (f.soort) {
      case 'zorgverzekering':
        if (nieuwer(f, s.zorgverzekering)) s.zorgverzekering = f;
        break;
      case 'verblijf':
        if (nieuwer(f, s.verblijf)) s.verblijf = f;
        break;
      case 'arbeid':
        if (nieuwer(f, s.arbeid)) s.arbeid = f;
        break;
      case 'vermogen':
        if (jaarVan(f) === jaar && nieuwer(f, s.vermogen)) s.vermogen = f;
        break;
      case 'inkomen_definitief':
        if (jaarVan(f) === jaar && nieuwer(f, s.definitief)) s.definitief = f;
        break;
      case 'inkomen_schatting':
        if (jaarVan(f) === jaar && nieuwer(f, s.schatting)) s.schatting = f;
        break;
    }
  }
  return staat;
}
