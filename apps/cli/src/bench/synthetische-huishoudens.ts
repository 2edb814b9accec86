/**
 * @module
 * Synthetic households for the engine benchmark, held in columns (typed arrays, ~60 bytes per
 * household) and read into one reused Situatie at a time, so memory does not grow with objects.
 * Deterministic from a seed. A rough mix, not calibrated: calibration to CBS figures belongs to
 * the population generator (issue 3).
 */
import type { Eurocent } from '@regelmaat/kernel';
import type { OpvangSoort, Situatie } from '@regelmaat/law';

/** The columns hold eurocents; the type says so at this one edge (no cost at run time). */
const CENT0 = 0 as Eurocent;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_KIND = 3;

export interface Kolommen {
  readonly n: number;
  readonly jaar: number;
  geboortejaar: Int16Array;
  geboortemaand: Uint8Array;
  inkomen: Int32Array;
  vermogen: Int32Array;
  partnerInkomen: Int32Array;
  /** 0 no partner, else mask of partner months. */
  partnerMaanden: Uint16Array;
  kinderen: Uint8Array;
  kindGeboortejaar: Int16Array; // n × MAX_KIND
  kindGeboortemaand: Uint8Array;
  kaleHuur: Int32Array; // 0 = no rent
  opvangUren: Int32Array; // centihours, 0 = no childcare
  opvangPrijs: Int32Array;
  opvangSoort: Uint8Array;
}

export function genereer(n: number, jaar: number, seed: number): Kolommen {
  const r = rng(seed);
  const k: Kolommen = {
    n,
    jaar,
    geboortejaar: new Int16Array(n),
    geboortemaand: new Uint8Array(n),
    inkomen: new Int32Array(n),
    vermogen: new Int32Array(n),
    partnerInkomen: new Int32Array(n),
    partnerMaanden: new Uint16Array(n),
    kinderen: new Uint8Array(n),
    kindGeboortejaar: new Int16Array(n * MAX_KIND),
    kindGeboortemaand: new Uint8Array(n * MAX_KIND),
    kaleHuur: new Int32Array(n),
    opvangUren: new Int32Array(n),
    opvangPrijs: new Int32Array(n),
    opvangSoort: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    k.geboortejaar[i] = jaar - 18 - Math.floor(r() * 70);
    k.geboortemaand[i] = 1 + Math.floor(r() * 12);
    // Income: a skewed spread between 0 and ~120k euros, in cents.
    k.inkomen[i] = Math.floor(r() * r() * 120_000) * 100;
    k.vermogen[i] = r() < 0.9 ? Math.floor(r() * 30_000) * 100 : Math.floor(r() * 300_000) * 100;
    const partner = r();
    if (partner < 0.45) {
      k.partnerMaanden[i] = 0xfff;
      k.partnerInkomen[i] = Math.floor(r() * r() * 80_000) * 100;
    } else if (partner < 0.5) {
      // A partner from some month on: a change within the year.
      k.partnerMaanden[i] = (0xfff << Math.floor(r() * 12)) & 0xfff;
      k.partnerInkomen[i] = Math.floor(r() * 50_000) * 100;
    }
    const kinderen = r() < 0.4 ? 1 + Math.floor(r() * MAX_KIND) : 0;
    k.kinderen[i] = kinderen;
    for (let c = 0; c < kinderen; c++) {
      k.kindGeboortejaar[i * MAX_KIND + c] = jaar - Math.floor(r() * 19);
      k.kindGeboortemaand[i * MAX_KIND + c] = 1 + Math.floor(r() * 12);
    }
    if (r() < 0.42) k.kaleHuur[i] = (350 + Math.floor(r() * 700)) * 100;
    if (kinderen > 0 && r() < 0.3) {
      k.opvangUren[i] = (40 + Math.floor(r() * 160)) * 100;
      k.opvangSoort[i] = Math.floor(r() * 3);
      k.opvangPrijs[i] = 800 + Math.floor(r() * 500);
    }
  }
  return k;
}

/** A Situatie whose nested objects are reused for every household. */
export function nieuweSituatie(jaar: number): Situatie {
  const persoon = () => ({
    geboorte: { year: 1980, month: 1, day: 1 },
    inkomen: CENT0,
    vermogen: CENT0,
    verzekering: 1 as const,
    woonland: 'NL',
    rechtmatigVerblijf: true,
    arbeidseis: true,
  });
  return {
    jaar,
    aanvrager: persoon(),
    partner: null,
    partnerMaanden: 0,
    kinderen: [],
    medebewoners: [],
    huur: [],
    opvang: [],
  };
}

const kindPool = Array.from({ length: MAX_KIND }, () => ({
  geboorte: { year: 2020, month: 1, day: 1 },
  kinderbijslag: true,
  thuiswonend: true,
  inkomen: CENT0,
  vermogen: CENT0,
  maanden: 0xfff,
}));
/** Reused lists of 0…MAX_KIND children, so reading a household allocates nothing. */
const kinderenVan = Array.from({ length: MAX_KIND + 1 }, (_, n) => kindPool.slice(0, n));
const partnerPool = {
  geboorte: { year: 1980, month: 6, day: 1 },
  inkomen: CENT0,
  vermogen: CENT0,
  verzekering: 1 as const,
  woonland: 'NL',
  rechtmatigVerblijf: true,
  arbeidseis: true,
};
const huurPool = [{ kaleHuur: CENT0, servicekosten: CENT0, zelfstandig: true, maanden: 0xfff }];
const opvangPool = [
  { kind: 0, soort: 0 as OpvangSoort, centiuren: 0, uurprijs: CENT0, geregistreerd: true, maanden: 0xfff },
];
const geen: never[] = [];

/** Reads household i from the columns into `s` (reusing its objects). */
export function vul(k: Kolommen, i: number, s: Situatie): void {
  const a = s.aanvrager;
  (a.geboorte as { year: number; month: number; day: number }).year = k.geboortejaar[i]!;
  (a.geboorte as { year: number; month: number; day: number }).month = k.geboortemaand[i]!;
  a.inkomen = k.inkomen[i]! as Eurocent;
  a.vermogen = k.vermogen[i]! as Eurocent;
  if (k.partnerMaanden[i]) {
    partnerPool.inkomen = k.partnerInkomen[i]! as Eurocent;
    s.partner = partnerPool;
    s.partnerMaanden = k.partnerMaanden[i]!;
  } else {
    s.partner = null;
    s.partnerMaanden = 0;
  }
  const kinderen = k.kinderen[i]!;
  if (kinderen === 0) s.kinderen = geen;
  else {
    s.kinderen = kinderenVan[kinderen]!;
    for (let c = 0; c < kinderen; c++) {
      const g = kindPool[c]!.geboorte as { year: number; month: number };
      g.year = k.kindGeboortejaar[i * MAX_KIND + c]!;
      g.month = k.kindGeboortemaand[i * MAX_KIND + c]!;
    }
  }
  if (k.kaleHuur[i]) {
    huurPool[0]!.kaleHuur = k.kaleHuur[i]! as Eurocent;
    s.huur = huurPool;
  } else s.huur = geen;
  if (k.opvangUren[i]) {
    const o = opvangPool[0]!;
    o.centiuren = k.opvangUren[i]!;
    o.uurprijs = k.opvangPrijs[i]! as Eurocent;
    o.soort = k.opvangSoort[i] as OpvangSoort;
    o.kind = kinderen - 1;
    s.opvang = opvangPool;
  } else s.opvang = geen;
}
