/**
 * @module
 * Reads household i of a snapshot into one reused `Situatie`: the objects and lists are kept and
 * refilled, so reading allocates nothing once the pools have grown to the largest household. The
 * Situatie is valid until the next `lees`.
 */
import type { Eurocent } from '@regelmaat/kernel';
import type {
  HuurFeiten,
  KindFeiten,
  MedebewonerFeiten,
  OpvangFeiten,
  OpvangSoort,
  PersoonFeiten,
  Situatie,
  Verzekering,
} from '@regelmaat/law';
import type { KolomArrays, Kop } from './indeling';

type Datum = { year: number; month: number; day: number };

function persoon(): PersoonFeiten {
  return {
    geboorte: { year: 0, month: 1, day: 1 },
    inkomen: 0 as Eurocent,
    vermogen: 0 as Eurocent,
    verzekering: 0,
    woonland: 'NL',
    rechtmatigVerblijf: true,
    arbeidseis: true,
  };
}

function zetDatum(d: unknown, year: number, month: number, day: number): void {
  const x = d as Datum;
  x.year = year;
  x.month = month;
  x.day = day;
}

/** Grows a pool to `n` objects made by `maak`, then sets `lijst` to its first n. */
function vulLijst<T>(pool: T[], lijst: T[], n: number, maak: () => T): void {
  while (pool.length < n) pool.push(maak());
  lijst.length = 0;
  for (let i = 0; i < n; i++) lijst.push(pool[i]!);
}

export class SituatieLezer {
  readonly situatie: Situatie;
  private readonly partner = persoon();
  private readonly kinderen: KindFeiten[] = [];
  private readonly medebewoners: MedebewonerFeiten[] = [];
  private readonly huur: HuurFeiten[] = [];
  private readonly opvang: OpvangFeiten[] = [];
  private readonly kindPool: KindFeiten[] = [];
  private readonly medebewonerPool: MedebewonerFeiten[] = [];
  private readonly huurPool: HuurFeiten[] = [];
  private readonly opvangPool: OpvangFeiten[] = [];
  private readonly perMaandPool: number[][] = [];

  constructor(
    private readonly k: KolomArrays,
    private readonly kop: Kop,
  ) {
    this.situatie = {
      jaar: kop.jaar,
      aanvrager: persoon(),
      partner: null,
      partnerMaanden: 0,
      kinderen: this.kinderen,
      medebewoners: this.medebewoners,
      huur: this.huur,
      opvang: this.opvang,
    };
  }

  /** Household i as the engine's input (the same object each time). */
  /**
   * Household i as the definitive run sees it (for the workload): the Situatie of `lees` with the
   * tax authority's final incomes of the applicant and the toeslagpartner. Medebewoners keep their
   * estimated income, childcare keeps the parent's hours and a partner only the final data know is
   * not added: the snapshot does not hold those.
   */
  leesDefinitief(i: number): Situatie {
    const s = this.lees(i);
    s.aanvrager.inkomen = this.k.dAInkomen[i]! as Eurocent;
    if (s.partner) s.partner.inkomen = this.k.dPInkomen[i]! as Eurocent;
    return s;
  }

  /** Household i as the advance run sees it (the estimate). */
  lees(i: number): Situatie {
    const k = this.k;
    const s = this.situatie;
    const a = s.aanvrager;
    zetDatum(a.geboorte, k.aJaar[i]!, k.aMaand[i]!, k.aDag[i]!);
    a.inkomen = k.aInkomen[i]! as Eurocent;
    a.vermogen = k.aVermogen[i]! as Eurocent;
    a.verzekering = k.aVerzekering[i]! as Verzekering;
    a.woonland = this.kop.woonlanden[k.aWoonland[i]!]!;
    a.rechtmatigVerblijf = (k.aVlaggen[i]! & 1) !== 0;
    a.arbeidseis = (k.aVlaggen[i]! & 2) !== 0;
    if (k.pAanwezig[i]) {
      const p = this.partner;
      zetDatum(p.geboorte, k.pJaar[i]!, k.pMaand[i]!, k.pDag[i]!);
      p.inkomen = k.pInkomen[i]! as Eurocent;
      p.vermogen = k.pVermogen[i]! as Eurocent;
      p.verzekering = k.pVerzekering[i]! as Verzekering;
      p.woonland = this.kop.woonlanden[k.pWoonland[i]!]!;
      p.rechtmatigVerblijf = (k.pVlaggen[i]! & 1) !== 0;
      p.arbeidseis = (k.pVlaggen[i]! & 2) !== 0;
      s.partner = p;
    } else s.partner = null;
    s.partnerMaanden = k.partnerMaanden[i]!;

    const kVan = k.kindVan[i]!;
    vulLijst(this.kindPool, this.kinderen, k.kindVan[i + 1]! - kVan, () => ({
      geboorte: { year: 0, month: 1, day: 1 },
      kinderbijslag: true,
      thuiswonend: true,
      inkomen: 0,
      vermogen: 0,
      maanden: 0,
    }));
    for (let c = 0; c < this.kinderen.length; c++) {
      const j = kVan + c;
      const kind = this.kinderen[c]!;
      zetDatum(kind.geboorte, k.kJaar[j]!, k.kMaand[j]!, k.kDag[j]!);
      kind.kinderbijslag = (k.kVlaggen[j]! & 1) !== 0;
      kind.thuiswonend = (k.kVlaggen[j]! & 2) !== 0;
      kind.inkomen = k.kInkomen[j]! as Eurocent;
      kind.vermogen = k.kVermogen[j]! as Eurocent;
      kind.maanden = k.kMaanden[j]!;
    }

    const mVan = k.medebewonerVan[i]!;
    vulLijst(this.medebewonerPool, this.medebewoners, k.medebewonerVan[i + 1]! - mVan, () => ({
      geboorte: { year: 0, month: 1, day: 1 },
      inkomen: 0,
      vermogen: 0,
      maanden: 0,
    }));
    for (let c = 0; c < this.medebewoners.length; c++) {
      const j = mVan + c;
      const m = this.medebewoners[c]!;
      zetDatum(m.geboorte, k.mJaar[j]!, k.mMaand[j]!, k.mDag[j]!);
      m.inkomen = k.mInkomen[j]! as Eurocent;
      m.vermogen = k.mVermogen[j]! as Eurocent;
      m.maanden = k.mMaanden[j]!;
    }

    const hVan = k.huurVan[i]!;
    vulLijst(this.huurPool, this.huur, k.huurVan[i + 1]! - hVan, () => ({
      kaleHuur: 0,
      servicekosten: 0,
      zelfstandig: true,
      maanden: 0,
    }));
    for (let c = 0; c < this.huur.length; c++) {
      const j = hVan + c;
      const h = this.huur[c]!;
      h.kaleHuur = k.hKaleHuur[j]! as Eurocent;
      h.servicekosten = k.hServicekosten[j]! as Eurocent;
      h.zelfstandig = k.hZelfstandig[j] === 1;
      h.maanden = k.hMaanden[j]!;
    }

    const oVan = k.opvangVan[i]!;
    const nOpvang = k.opvangVan[i + 1]! - oVan;
    while (this.perMaandPool.length < nOpvang) this.perMaandPool.push(new Array<number>(12).fill(0));
    vulLijst(this.opvangPool, this.opvang, nOpvang, () => ({
      kind: 0,
      soort: 0,
      centiuren: 0,
      uurprijs: 0,
      geregistreerd: true,
      maanden: 0,
    }));
    for (let c = 0; c < nOpvang; c++) {
      const j = oVan + c;
      const o = this.opvang[c]!;
      o.kind = k.oKind[j]!;
      o.soort = k.oSoort[j]! as OpvangSoort;
      o.centiuren = k.oCentiuren[j]!;
      o.uurprijs = k.oUurprijs[j]! as Eurocent;
      o.geregistreerd = k.oGeregistreerd[j] === 1;
      o.maanden = k.oMaanden[j]!;
      if (k.oPerMaandHeeft[j]) {
        const pm = this.perMaandPool[c]!;
        for (let m = 0; m < 12; m++) pm[m] = k.oPerMaand[j * 12 + m]!;
        o.centiurenPerMaand = pm;
      } else o.centiurenPerMaand = undefined;
    }
    return s;
  }
}
