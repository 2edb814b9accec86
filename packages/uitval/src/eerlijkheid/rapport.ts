/**
 * @module
 * The fairness report of one run (docs/uitval/fairness.md): for every selection rule, how often it
 * selected households of each group compared with the whole run, and what review made of its
 * selections. Pure: the rows come from the store, the bounds from `grenzen.ts`.
 */
import { type Ppm, ppm } from '@regelmaat/kernel';
import { type Grenzen, STANDAARD_GRENZEN } from './grenzen';
import {
  DIMENSIES,
  type Dimensie,
  inkomensdecielen,
  LEEFTIJDSBANDEN,
  leeftijdsband,
  ONBEKEND,
  provincie,
  toeslagcombinatie,
} from './groepen';

/** One household of a run, as the store reads it. */
export interface SelectieRij {
  huishoudenId: number;
  /** The household's estimated income for the year in eurocents (applicant and partner), or null. */
  inkomen: number | null;
  /** `alleenstaande`, `alleenstaande-met-kinderen`, `paar`, `paar-met-kinderen`. */
  huishoudtype: string;
  /** The applicant's age on 1 January of the run's year, or null. */
  leeftijdAanvrager: number | null;
  woonplaats: string | null;
  /** The toeslagen with a decision above nil in the run. */
  toeslagen: readonly string[];
  /** The codes of the rules that selected the household in this run (empty: not selected). */
  redenen: readonly string[];
  /** The case that followed the selection is closed. */
  beoordeeld: boolean;
  /** After the selection, a new decision version changed an amount for the household and year. */
  bedragGewijzigd: boolean;
}

export interface GroepCijfers {
  dimensie: Dimensie;
  groep: string;
  huishoudens: number;
  geselecteerd: number;
  aandeel: Ppm;
  /** The group's rate divided by the rule's rate in the whole run; null when the rule selected nobody. */
  verhouding: Ppm | null;
  /** Whether the group is large enough to be judged (`minimaleGroep`, `minimaleSelecties`). */
  beoordeelbaar: boolean;
  beoordeeld: number;
  gewijzigd: number;
}

export type Vlag =
  | {
      soort: 'afwijkend-aandeel';
      dimensie: Dimensie;
      groep: string;
      verhouding: Ppm;
      richting: 'vaker' | 'minder';
    }
  | { soort: 'selectie-zonder-doel'; beoordeeld: number; gewijzigd: number; aandeel: Ppm };

export interface RegelCijfers {
  code: string;
  geselecteerd: number;
  aandeel: Ppm;
  beoordeeld: number;
  gewijzigd: number;
  groepen: GroepCijfers[];
  vlaggen: Vlag[];
}

export interface Eerlijkheidsrapport {
  huishoudens: number;
  regels: RegelCijfers[];
  grenzen: Grenzen;
}

function deel(teller: number, noemer: number): Ppm {
  return ppm(noemer === 0 ? 0 : Math.round((teller * 1_000_000) / noemer));
}

/** The group of each household per dimension. */
function groepenVan(rijen: readonly SelectieRij[]): Map<number, Record<Dimensie, string>> {
  const decielen = inkomensdecielen(rijen);
  const uit = new Map<number, Record<Dimensie, string>>();
  for (const r of rijen)
    uit.set(r.huishoudenId, {
      inkomensdeciel: decielen.get(r.huishoudenId) ?? ONBEKEND,
      huishoudtype: r.huishoudtype || ONBEKEND,
      leeftijd: leeftijdsband(r.leeftijdAanvrager),
      provincie: provincie(r.woonplaats),
      toeslagen: toeslagcombinatie(r.toeslagen),
    });
  return uit;
}

const LEEFTIJD_VOLGORDE: readonly string[] = ['<18', ...LEEFTIJDSBANDEN.map((b) => b.groep)];

/** Groups in a fixed order: deciles and age bands by their order, others by name; unknown last. */
export function groepVolgorde(dimensie: Dimensie, a: string, b: string): number {
  if (a === b) return 0;
  if (a === ONBEKEND) return 1;
  if (b === ONBEKEND) return -1;
  if (dimensie === 'inkomensdeciel') return Number(a.slice(1)) - Number(b.slice(1));
  if (dimensie === 'leeftijd') return LEEFTIJD_VOLGORDE.indexOf(a) - LEEFTIJD_VOLGORDE.indexOf(b);
  return a < b ? -1 : 1;
}

/**
 * The report over `rijen` for the rules `regelcodes` (every rule is reported, also one that selected
 * nobody; a code found in the rows but not listed is added after them).
 */
export function eerlijkheidsrapport(
  rijen: readonly SelectieRij[],
  regelcodes: readonly string[],
  grenzen: Grenzen = STANDAARD_GRENZEN,
): Eerlijkheidsrapport {
  const groepen = groepenVan(rijen);
  const codes = [...regelcodes];
  for (const r of rijen) for (const c of r.redenen) if (!codes.includes(c)) codes.push(c);

  // Households per group (the same for every rule).
  const perGroep = new Map<string, number>();
  for (const g of groepen.values())
    for (const d of DIMENSIES)
      perGroep.set(`${d}\u0000${g[d]}`, (perGroep.get(`${d}\u0000${g[d]}`) ?? 0) + 1);

  const n = rijen.length;
  const regels = codes.map((code): RegelCijfers => {
    const tel = new Map<string, { geselecteerd: number; beoordeeld: number; gewijzigd: number }>();
    let geselecteerd = 0;
    let beoordeeld = 0;
    let gewijzigd = 0;
    for (const r of rijen) {
      if (!r.redenen.includes(code)) continue;
      geselecteerd++;
      if (r.beoordeeld) beoordeeld++;
      if (r.beoordeeld && r.bedragGewijzigd) gewijzigd++;
      const g = groepen.get(r.huishoudenId) as Record<Dimensie, string>;
      for (const d of DIMENSIES) {
        const k = `${d}\u0000${g[d]}`;
        const t = tel.get(k) ?? { geselecteerd: 0, beoordeeld: 0, gewijzigd: 0 };
        t.geselecteerd++;
        if (r.beoordeeld) t.beoordeeld++;
        if (r.beoordeeld && r.bedragGewijzigd) t.gewijzigd++;
        tel.set(k, t);
      }
    }
    const aandeel = deel(geselecteerd, n);
    const regelGroepen: GroepCijfers[] = [];
    const vlaggen: Vlag[] = [];
    for (const d of DIMENSIES) {
      const namen = [...perGroep.keys()]
        .filter((k) => k.startsWith(`${d}\u0000`))
        .map((k) => k.slice(d.length + 1))
        .sort((a, b) => groepVolgorde(d, a, b));
      for (const groep of namen) {
        const k = `${d}\u0000${groep}`;
        const huishoudens = perGroep.get(k) ?? 0;
        const t = tel.get(k) ?? { geselecteerd: 0, beoordeeld: 0, gewijzigd: 0 };
        const verhouding =
          geselecteerd === 0
            ? null
            : ppm(Math.round((t.geselecteerd * n * 1_000_000) / (huishoudens * geselecteerd)));
        const beoordeelbaar =
          groep !== ONBEKEND &&
          huishoudens >= grenzen.minimaleGroep &&
          geselecteerd >= grenzen.minimaleSelecties;
        regelGroepen.push({
          dimensie: d,
          groep,
          huishoudens,
          geselecteerd: t.geselecteerd,
          aandeel: deel(t.geselecteerd, huishoudens),
          verhouding,
          beoordeelbaar,
          beoordeeld: t.beoordeeld,
          gewijzigd: t.gewijzigd,
        });
        if (
          beoordeelbaar &&
          verhouding !== null &&
          (verhouding < grenzen.ondergrens || verhouding > grenzen.bovengrens)
        )
          vlaggen.push({
            soort: 'afwijkend-aandeel',
            dimensie: d,
            groep,
            verhouding,
            richting: verhouding > grenzen.bovengrens ? 'vaker' : 'minder',
          });
      }
    }
    const doel = deel(gewijzigd, beoordeeld);
    if (beoordeeld >= grenzen.minimaalBeoordeeld && doel < grenzen.minimaalDoelAandeel)
      vlaggen.push({ soort: 'selectie-zonder-doel', beoordeeld, gewijzigd, aandeel: doel });
    return { code, geselecteerd, aandeel, beoordeeld, gewijzigd, groepen: regelGroepen, vlaggen };
  });
  return { huishoudens: n, regels, grenzen };
}
