/**
 * @module
 * Writes households into the columnar layout: one `Situatie` at a time (as the dossier builds it),
 * into growing typed arrays; `klaar` copies them into one buffer of the final size and adds each
 * household's income decile (by the household's toetsingsinkomen: applicant plus toeslagpartner).
 */
import type { Situatie } from '@regelmaat/law';
import {
  type Aantallen,
  INDELING,
  KOLOM_NAMEN,
  type KolomArrays,
  type KolomNaam,
  type Kop,
  kolommenOp,
  lengteVan,
  plaatsing,
  SOORTEN,
} from './indeling';

/** A snapshot in memory: what it is and its columns on one buffer (shared with workers). */
export interface Populatie {
  readonly kop: Kop;
  readonly buffer: ArrayBufferLike;
  readonly kolommen: KolomArrays;
}

class Groeiend {
  waarden: Float64Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array;
  lengte = 0;
  constructor(private readonly soort: keyof typeof SOORTEN) {
    this.waarden = new SOORTEN[soort](1024);
  }
  zet(v: number): void {
    if (this.lengte === this.waarden.length) {
      const groter = new SOORTEN[this.soort](this.waarden.length * 2);
      groter.set(this.waarden);
      this.waarden = groter;
    }
    this.waarden[this.lengte++] = v;
  }
}

function vlag(...bits: boolean[]): number {
  let v = 0;
  bits.forEach((b, i) => {
    if (b) v |= 1 << i;
  });
  return v;
}

/** What the definitive run learns after the advance (eurocents). */
export interface Later {
  readonly aanvrager: number;
  readonly partner?: number;
  /** The household's definitive income of the year before. */
  readonly vorigJaar?: number;
}

/** Collects households; `klaar` gives the snapshot. */
export class KolommenBouwer {
  private readonly k = Object.fromEntries(
    KOLOM_NAMEN.map((n) => [n, new Groeiend(INDELING[n][0])]),
  ) as Record<KolomNaam, Groeiend>;
  private readonly landen = new Map<string, number>();
  private n = 0;
  private aantal = { kind: 0, medebewoner: 0, huur: 0, opvang: 0 };

  constructor(readonly jaar: number) {
    for (const naam of ['kindVan', 'medebewonerVan', 'huurVan', 'opvangVan'] as const) this.k[naam].zet(0);
  }

  private land(code: string): number {
    let i = this.landen.get(code);
    if (i === undefined) {
      i = this.landen.size;
      if (i > 255) throw new RangeError('meer dan 256 woonlanden in één momentopname');
      this.landen.set(code, i);
    }
    return i;
  }

  /**
   * Adds one household (its Situatie of `jaar`) and its CBS household type (index), with what the
   * definitive run learns later (`later`, eurocents; the estimate's incomes and no last-year income
   * when absent).
   */
  voegToe(s: Situatie, type: number, later?: Later): void {
    if (s.jaar !== this.jaar)
      throw new RangeError(`een huishouden van ${s.jaar} in een momentopname van ${this.jaar}`);
    const k = this.k;
    k.decile.zet(0);
    k.type.zet(type);
    const a = s.aanvrager;
    k.aJaar.zet(a.geboorte.year);
    k.aMaand.zet(a.geboorte.month);
    k.aDag.zet(a.geboorte.day);
    k.aInkomen.zet(a.inkomen);
    k.aVermogen.zet(a.vermogen);
    k.aVerzekering.zet(a.verzekering);
    k.aWoonland.zet(this.land(a.woonland));
    k.aVlaggen.zet(vlag(a.rechtmatigVerblijf, a.arbeidseis));
    const p = s.partner;
    k.pAanwezig.zet(p ? 1 : 0);
    k.pJaar.zet(p?.geboorte.year ?? 0);
    k.pMaand.zet(p?.geboorte.month ?? 0);
    k.pDag.zet(p?.geboorte.day ?? 0);
    k.pInkomen.zet(p?.inkomen ?? 0);
    k.pVermogen.zet(p?.vermogen ?? 0);
    k.pVerzekering.zet(p?.verzekering ?? 0);
    k.pWoonland.zet(p ? this.land(p.woonland) : 0);
    k.pVlaggen.zet(p ? vlag(p.rechtmatigVerblijf, p.arbeidseis) : 0);
    k.partnerMaanden.zet(s.partnerMaanden);
    k.dAInkomen.zet(later?.aanvrager ?? a.inkomen);
    k.dPInkomen.zet(later?.partner ?? p?.inkomen ?? 0);
    k.vInkomen.zet(later?.vorigJaar ?? Number.NaN);
    for (const c of s.kinderen) {
      k.kJaar.zet(c.geboorte.year);
      k.kMaand.zet(c.geboorte.month);
      k.kDag.zet(c.geboorte.day);
      k.kVlaggen.zet(vlag(c.kinderbijslag, c.thuiswonend));
      k.kInkomen.zet(c.inkomen);
      k.kVermogen.zet(c.vermogen);
      k.kMaanden.zet(c.maanden);
    }
    this.aantal.kind += s.kinderen.length;
    k.kindVan.zet(this.aantal.kind);
    for (const m of s.medebewoners) {
      k.mJaar.zet(m.geboorte.year);
      k.mMaand.zet(m.geboorte.month);
      k.mDag.zet(m.geboorte.day);
      k.mInkomen.zet(m.inkomen);
      k.mVermogen.zet(m.vermogen);
      k.mMaanden.zet(m.maanden);
    }
    this.aantal.medebewoner += s.medebewoners.length;
    k.medebewonerVan.zet(this.aantal.medebewoner);
    for (const h of s.huur) {
      k.hKaleHuur.zet(h.kaleHuur);
      k.hServicekosten.zet(h.servicekosten);
      k.hZelfstandig.zet(h.zelfstandig ? 1 : 0);
      k.hMaanden.zet(h.maanden);
    }
    this.aantal.huur += s.huur.length;
    k.huurVan.zet(this.aantal.huur);
    for (const o of s.opvang) {
      k.oKind.zet(o.kind);
      k.oSoort.zet(o.soort);
      k.oCentiuren.zet(o.centiuren);
      k.oUurprijs.zet(o.uurprijs);
      k.oGeregistreerd.zet(o.geregistreerd ? 1 : 0);
      k.oMaanden.zet(o.maanden);
      k.oPerMaandHeeft.zet(o.centiurenPerMaand ? 1 : 0);
      for (let m = 0; m < 12; m++) k.oPerMaand.zet(o.centiurenPerMaand?.[m] ?? 0);
    }
    this.aantal.opvang += s.opvang.length;
    k.opvangVan.zet(this.aantal.opvang);
    this.n++;
  }

  /**
   * The snapshot on one buffer (a SharedArrayBuffer unless `gedeeld` is false), with the income
   * deciles: households ranked by toetsingsinkomen (applicant + partner), rank r in decile
   * ⌊10 r / n⌋ (equal incomes at a boundary may fall on either side; the order is the index).
   */
  klaar(herkomst: { seed: number; van: number; overgeslagen: number }, gedeeld = true): Populatie {
    const aantallen: Aantallen = { huishouden: this.n, ...this.aantal };
    const { bytes } = plaatsing(aantallen);
    const buffer = gedeeld ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    const kolommen = kolommenOp(buffer, aantallen);
    for (const naam of KOLOM_NAMEN) {
      const lengte = lengteVan(INDELING[naam][1], aantallen);
      kolommen[naam].set(this.k[naam].waarden.subarray(0, lengte));
    }
    zetDecielen(kolommen, this.n);
    const woonlanden = [...this.landen.keys()];
    return {
      kop: { versie: 2, jaar: this.jaar, ...herkomst, aantallen, woonlanden },
      buffer,
      kolommen,
    };
  }
}

/** The household's toetsingsinkomen for the deciles (eurocents): applicant plus toeslagpartner. */
export function huishoudinkomen(k: KolomArrays, i: number): number {
  return k.aInkomen[i]! + (k.pAanwezig[i] ? k.pInkomen[i]! : 0);
}

function zetDecielen(k: KolomArrays, n: number): void {
  const volgorde = new Uint32Array(n);
  for (let i = 0; i < n; i++) volgorde[i] = i;
  const inkomen = new Float64Array(n);
  for (let i = 0; i < n; i++) inkomen[i] = huishoudinkomen(k, i);
  volgorde.sort((x, y) => inkomen[x]! - inkomen[y]! || x - y);
  for (let r = 0; r < n; r++) k.decile[volgorde[r]!] = Math.floor((10 * r) / n);
}
