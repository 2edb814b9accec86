/**
 * @module
 * Kinderopvangtoeslag — Wet kinderopvang (BWBR0017017) and Besluit kinderopvangtoeslag (BWBR0017321).
 *
 * Set per calendar month (Bko art. 2). Per child: hours (at most 230 a month) × the hourly price,
 * but not more than the maximum uurprijs for the type of care (Bko art. 4). The child with the most
 * hours is the first child (tie: the higher costs; Bko art. 3). The percentages for the first and
 * the next children follow from the joint toetsingsinkomen in bijlage I. The monthly total is
 * rounded down to whole euros (Berekening kinderopvangtoeslag 2026).
 * Conditions: arbeidseis for applicant and partner (Wko art. 1.6), registered care (LRK), residence.
 * A year without a table in the parameters is refused with a clear message, never guessed. The 2025
 * table is a reconstruction (parameters.yaml): where it is uncertain (`percentagetabel_onzeker`) and
 * the outcome depends on it, the trace shows the amount under the other reading, and the run opens
 * a case (uitval rule KOT_TABEL_ONZEKER, computed with `andereLezing`).
 */
import { step, type Trace, type ValuesOf } from '@regelmaat/engine';
import { eurocent, formatCents, formatPpm } from '@regelmaat/kernel';
import type { ALGEMEEN_SPEC } from '../algemeen/spec';
import { NietBerekenbaar, type Regeling } from '../regeling';
import { inMaand, overgangen } from '../situatie/maanden';
import type { Situatie } from '../situatie/situatie';
import type { Wetgeving } from '../wetgeving';
import { KINDEROPVANGTOESLAG_SPEC, type KotRij } from './spec';
import { KOT } from './stappen';

export interface KinderopvangtoeslagFeiten {
  arbeidseis: boolean;
  rechtmatigVerblijf: boolean;
  inkomen: number;
  /** Contracts in force this month (parallel arrays, `aantal` used). */
  aantal: number;
  kind: number[];
  soort: number[];
  centiuren: number[];
  uurprijs: number[];
  geregistreerd: boolean[];
}

export type KinderopvangtoeslagParameters = ValuesOf<typeof KINDEROPVANGTOESLAG_SPEC> &
  ValuesOf<typeof ALGEMEEN_SPEC> & {
    /** Compute with the other reading of an uncertain reconstructed table (for KOT_TABEL_ONZEKER). */
    readonly andereLezing?: boolean;
  };

const MAX_KINDEREN = 20;
const urenPerKind = new Float64Array(MAX_KINDEREN);
const kostenPerKind = new Float64Array(MAX_KINDEREN);

/** The row of bijlage I whose bounds (inclusive) hold `inkomen` (eurocents). */
export function zoekRij(tabel: readonly KotRij[], inkomen: number): number {
  let lo = 0;
  let hi = tabel.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const tot = tabel[mid]!.tot;
    // Bounds are whole euros: an income of € 56.412,50 is still in the row up to € 56.412.
    if (tot !== null && inkomen >= tot + 100) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The uncertain range of a reconstructed table that holds `inkomen` (eurocents), or undefined. */
export function zoekOnzeker(onzeker: readonly KotRij[] | undefined, inkomen: number): KotRij | undefined {
  if (onzeker === undefined) return undefined;
  for (let i = 0; i < onzeker.length; i++) {
    const r = onzeker[i]!;
    // Bounds are whole euros, inclusive: € 52.520,00 up to and including € 54.221,99.
    if (inkomen >= r.van && inkomen < r.tot! + 100) return r;
  }
  return undefined;
}

function maximumUurprijs(p: KinderopvangtoeslagParameters, soort: number): number {
  return soort === 0
    ? p.maximum_uurprijs_dagopvang
    : soort === 1
      ? p.maximum_uurprijs_buitenschoolse_opvang
      : p.maximum_uurprijs_gastouderopvang;
}

/** The formula: the monthly amount in microcents. */
export function kinderopvangtoeslag(
  f: KinderopvangtoeslagFeiten,
  p: KinderopvangtoeslagParameters,
  t: Trace | null,
): number {
  const arbeid = step(t, KOT.arbeidseis, f.arbeidseis);
  const verblijf = step(t, KOT.verblijf, f.rechtmatigVerblijf);
  let geregistreerd = false;
  for (let i = 0; i < f.aantal; i++) if (f.geregistreerd[i]) geregistreerd = true;
  step(t, KOT.geregistreerd, geregistreerd);
  if (!step(t, KOT.recht, arbeid && verblijf && geregistreerd)) return step(t, KOT.bedrag, 0);

  const tabel = p.percentagetabel;
  if (tabel === undefined) {
    throw new NietBerekenbaar(
      'KOT_TABEL_ONTBREEKT',
      // Shown to citizens (B1): what is missing, what that means for them, and what they can do.
      'Wij kunnen uw kinderopvangtoeslag voor dit jaar nog niet berekenen. Daarvoor is een tabel met percentages nodig (Besluit kinderopvangtoeslag, bijlage I), en die hebben wij voor dit jaar nog niet. Wij gokken geen bedrag. Dienst Toeslagen kan u wel vertellen hoeveel u krijgt.',
    );
  }

  // Hours and costs per child; hours capped at the monthly maximum per child (Wko art. 1.7).
  const cap = p.maximum_uren_per_maand * 100;
  for (let k = 0; k < MAX_KINDEREN; k++) {
    urenPerKind[k] = 0;
    kostenPerKind[k] = 0;
  }
  for (let i = 0; i < f.aantal; i++) {
    if (!f.geregistreerd[i]) continue;
    const k = f.kind[i]!;
    const uren = Math.min(f.centiuren[i]!, cap - urenPerKind[k]!);
    const prijs = Math.min(f.uurprijs[i]!, maximumUurprijs(p, f.soort[i]!));
    urenPerKind[k]! += uren;
    kostenPerKind[k]! += uren * prijs; // centihours × cents = cents × 100
  }
  let eerste = -1;
  let kinderen = 0;
  let totaal = 0;
  for (let k = 0; k < MAX_KINDEREN; k++) {
    if (urenPerKind[k] === 0 && kostenPerKind[k] === 0) continue;
    kinderen++;
    totaal += kostenPerKind[k]!;
    if (
      eerste < 0 ||
      urenPerKind[k]! > urenPerKind[eerste]! ||
      (urenPerKind[k] === urenPerKind[eerste] && kostenPerKind[k]! > kostenPerKind[eerste]!)
    )
      eerste = k;
  }
  step(t, KOT.kinderen, kinderen);
  step(t, KOT.urenEerste, eerste < 0 ? 0 : urenPerKind[eerste]!);
  // × 10^4: cents × 100 → microcents.
  const kostenEerste = step(t, KOT.kostenEerste, eerste < 0 ? 0 : kostenPerKind[eerste]! * 10_000);
  const kostenOverige = step(
    t,
    KOT.kostenOverige,
    (totaal - (eerste < 0 ? 0 : kostenPerKind[eerste]!)) * 10_000,
  );
  const inkomen = step(t, KOT.inkomen, f.inkomen);
  const rij = tabel[zoekRij(tabel, inkomen)]!;
  if (t !== null)
    step(
      t,
      KOT.rij,
      `${formatCents(eurocent(rij.van))} – ${rij.tot === null ? 'en hoger' : formatCents(eurocent(rij.tot))}`,
    );
  const onzeker = zoekOnzeker(p.percentagetabel_onzeker, inkomen);
  const anders = onzeker !== undefined && p.andereLezing === true;
  const pct1 = step(t, KOT.pctEerste, anders ? onzeker.eersteKind : rij.eersteKind);
  const pct2 = step(t, KOT.pctOverige, anders ? onzeker.volgendeKinderen : rij.volgendeKinderen);
  if (t !== null && onzeker !== undefined && !anders) {
    // Only where the uncertain value is used: a percentage that differs for costs that exist.
    const verschil: string[] = [];
    if (onzeker.eersteKind !== pct1 && kostenEerste > 0)
      verschil.push(
        `${formatPpm(onzeker.eersteKind)} voor het eerste kind (in plaats van ${formatPpm(pct1)})`,
      );
    if (onzeker.volgendeKinderen !== pct2 && kostenOverige > 0)
      verschil.push(
        `${formatPpm(onzeker.volgendeKinderen)} voor de andere kinderen (in plaats van ${formatPpm(pct2)})`,
      );
    if (verschil.length > 0) {
      step(t, KOT.andereLezing, verschil.join(' en '));
      step(
        t,
        KOT.bedragAndereLezing,
        (kostenEerste * onzeker.eersteKind + kostenOverige * onzeker.volgendeKinderen) / 1_000_000,
      );
    }
  }
  // microcents × ppm / 10^6 = microcents.
  return step(t, KOT.bedrag, (kostenEerste * pct1 + kostenOverige * pct2) / 1_000_000);
}

export const KINDEROPVANGTOESLAG: Regeling<
  KinderopvangtoeslagFeiten,
  KinderopvangtoeslagParameters,
  'kinderopvangtoeslag',
  typeof KINDEROPVANGTOESLAG_SPEC
> = {
  id: 'kinderopvangtoeslag',
  naam: 'Kinderopvangtoeslag',
  naamInZin: 'kinderopvangtoeslag',
  kort: 'KOT',
  map: new URL('./', import.meta.url),
  spec: KINDEROPVANGTOESLAG_SPEC,
  afronding: 'maand-omlaag',
  uitkomst: KOT.bedrag.id,
  stappen: Object.values(KOT),
  vanToepassing: (s) => s.opvang.length > 0,
  nietVanToepassing:
    'Er is geen kinderopvang opgegeven. Kinderopvangtoeslag is voor ouders die betalen voor geregistreerde kinderopvang.',
  nieuweFeiten: () => ({
    arbeidseis: false,
    rechtmatigVerblijf: false,
    inkomen: 0,
    aantal: 0,
    kind: [],
    soort: [],
    centiuren: [],
    uurprijs: [],
    geregistreerd: [],
  }),
  wijzigingen(s) {
    let mask = overgangen(s.partnerMaanden);
    for (const k of s.kinderen) mask |= overgangen(k.maanden);
    for (const o of s.opvang) {
      mask |= overgangen(o.maanden);
      // A month covered in part counts fewer hours than its neighbours.
      if (o.centiurenPerMaand)
        for (let m = 1; m < 12; m++)
          if (o.centiurenPerMaand[m] !== o.centiurenPerMaand[m - 1]) mask |= 1 << m;
    }
    return mask;
  },
  feiten(s: Situatie, maand: number, out: KinderopvangtoeslagFeiten): void {
    const a = s.aanvrager;
    const partner = s.partner !== null && inMaand(s.partnerMaanden, maand) ? s.partner : null;
    out.arbeidseis = a.arbeidseis && (partner === null || partner.arbeidseis);
    out.rechtmatigVerblijf = a.rechtmatigVerblijf && (partner === null || partner.rechtmatigVerblijf);
    out.inkomen = a.inkomen + (partner ? partner.inkomen : 0);
    let n = 0;
    for (const o of s.opvang) {
      if (!inMaand(o.maanden, maand)) continue;
      const kind = s.kinderen[o.kind];
      // The child must live with the applicant in that month.
      if (!kind?.thuiswonend || !inMaand(kind.maanden | 0, maand)) continue;
      out.kind[n] = o.kind;
      out.soort[n] = o.soort;
      out.centiuren[n] = o.centiurenPerMaand ? o.centiurenPerMaand[maand]! : o.centiuren;
      out.uurprijs[n] = o.uurprijs;
      out.geregistreerd[n] = o.geregistreerd;
      n++;
    }
    out.aantal = n;
  },
  gelijk(a, b, _p) {
    if (
      a.aantal !== b.aantal ||
      a.arbeidseis !== b.arbeidseis ||
      a.rechtmatigVerblijf !== b.rechtmatigVerblijf ||
      a.inkomen !== b.inkomen
    )
      return false;
    for (let i = 0; i < a.aantal; i++) {
      if (
        a.kind[i] !== b.kind[i] ||
        a.soort[i] !== b.soort[i] ||
        a.centiuren[i] !== b.centiuren[i] ||
        a.uurprijs[i] !== b.uurprijs[i] ||
        a.geregistreerd[i] !== b.geregistreerd[i]
      )
        return false;
    }
    return true;
  },
  kopieer(from, to) {
    to.arbeidseis = from.arbeidseis;
    to.rechtmatigVerblijf = from.rechtmatigVerblijf;
    to.inkomen = from.inkomen;
    to.aantal = from.aantal;
    for (let i = 0; i < from.aantal; i++) {
      to.kind[i] = from.kind[i]!;
      to.soort[i] = from.soort[i]!;
      to.centiuren[i] = from.centiuren[i]!;
      to.uurprijs[i] = from.uurprijs[i]!;
      to.geregistreerd[i] = from.geregistreerd[i]!;
    }
  },
  parameters: (w: Wetgeving, datum: string) => ({
    ...w.algemeen.at(datum),
    ...w.kinderopvangtoeslag.at(datum),
  }),
  bereken: kinderopvangtoeslag,
};
