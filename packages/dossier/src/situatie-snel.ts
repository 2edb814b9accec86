/**
 * @module
 * Fast path of the batch runs: the engine's `Situatie` straight from a household input built from
 * dossier facts, without the zod round trip (`parseHuishouden` then `normaliseer`, ≈ 8 µs per
 * household). It checks every rule the input schema checks (huishouden-schema.ts in
 * @regelmaat/law: known keys only, civil dates, euro amounts with at most two decimals and their
 * bounds, enums, list lengths, periods with `tot` after `vanaf`, no overlapping rent, childcare for
 * an existing child) and fills the same defaults. Whenever anything is unusual it returns `null`
 * and the caller takes the general path, which names every problem. So it never accepts what the
 * schema refuses; the property tests (situatie-snel.test.ts) check that what it returns equals
 * `normaliseer(parseHuishouden(…))`.
 *
 * Month masks follow Awir art. 5 lid 1 (a fact counts in a month when it is in force on its first
 * day) and, for childcare, every month a contract overlaps (Besluit kinderopvangtoeslag art. 2),
 * a month covered in part counting the hours of its days (`opvangCentiurenPerMaand`) — the same
 * rules as `packages/law/src/situatie/maanden.ts`.
 */
import { type DateParts, eurosToCents, isEuroAmount, parseCivilDate } from '@regelmaat/kernel';
import {
  type HuishoudenInvoer,
  type HuurFeiten,
  type KindFeiten,
  type MedebewonerFeiten,
  type OpvangFeiten,
  type OpvangSoort,
  opvangCentiurenPerMaand,
  type PersoonFeiten,
  type Situatie,
} from '@regelmaat/law';

const MAX = 10_000_000;

/** First and last day of each month of a year, as civil-date text (compared as strings). */
interface Kalender {
  eerste: string[];
  laatste: string[];
}
const kalenders = new Map<number, Kalender>();
function kalender(jaar: number): Kalender {
  let k = kalenders.get(jaar);
  if (!k) {
    k = { eerste: [], laatste: [] };
    for (let m = 0; m < 12; m++) {
      const mm = String(m + 1).padStart(2, '0');
      const dagen = new Date(Date.UTC(jaar, m + 1, 0)).getUTCDate();
      k.eerste.push(`${jaar}-${mm}-01`);
      k.laatste.push(`${jaar}-${mm}-${String(dagen).padStart(2, '0')}`);
    }
    kalenders.set(jaar, k);
  }
  return k;
}

function maandenOpEersteDag(k: Kalender, vanaf: string | undefined, tot: string | undefined): number {
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    const eerste = k.eerste[m]!;
    if ((vanaf === undefined || vanaf <= eerste) && (tot === undefined || eerste < tot)) mask |= 1 << m;
  }
  return mask;
}

function maandenMetOverlap(k: Kalender, vanaf: string | undefined, tot: string | undefined): number {
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    if ((vanaf === undefined || vanaf <= k.laatste[m]!) && (tot === undefined || k.eerste[m]! < tot))
      mask |= 1 << m;
  }
  return mask;
}

/** Thrown inside this module only: "take the general path". */
class Anders extends Error {}
const ANDERS = new Anders();

function datum(v: unknown): DateParts {
  if (typeof v !== 'string') throw ANDERS;
  const d = parseCivilDate(v);
  if (!d) throw ANDERS;
  return d;
}

function optDatum(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  datum(v);
  return v as string;
}

/** A euro amount in [min, 10 million] with at most two decimals, as eurocents; `standaard` when absent. */
function bedrag(v: unknown, min: number, standaard?: number): number {
  if (v === undefined) {
    if (standaard === undefined) throw ANDERS;
    return standaard;
  }
  if (typeof v !== 'number' || !(v >= min && v <= MAX) || !isEuroAmount(v)) throw ANDERS;
  return eurosToCents(v);
}

function bool(v: unknown, standaard: boolean): boolean {
  if (v === undefined) return standaard;
  if (typeof v !== 'boolean') throw ANDERS;
  return v;
}

function object(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw ANDERS;
  return v as Record<string, unknown>;
}

function lijst(v: unknown, max: number): readonly unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > max) throw ANDERS;
  return v;
}

/** Only the given keys, as the schema's strict objects (an unknown key is refused even when undefined). */
function alleenSleutels(o: Record<string, unknown>, toegestaan: ReadonlySet<string>): void {
  for (const k in o) if (!toegestaan.has(k)) throw ANDERS;
}

function periode(o: Record<string, unknown>): { vanaf: string | undefined; tot: string | undefined } {
  const vanaf = optDatum(o.vanaf);
  const tot = optDatum(o.tot);
  if (vanaf !== undefined && tot !== undefined && tot <= vanaf) throw ANDERS;
  return { vanaf, tot };
}

const PERSOON = new Set([
  'geboortedatum',
  'toetsingsinkomen',
  'vermogen',
  'zorgverzekering',
  'woonland',
  'rechtmatigVerblijf',
  'arbeidseis',
]);
const PARTNER = new Set([...PERSOON, 'vanaf', 'tot']);
const KIND = new Set([
  'geboortedatum',
  'kinderbijslag',
  'thuiswonend',
  'toetsingsinkomen',
  'vermogen',
  'vanaf',
  'tot',
]);
const MEDEBEWONER = new Set(['geboortedatum', 'toetsingsinkomen', 'vermogen', 'vanaf', 'tot']);
const HUUR = new Set(['kaleHuur', 'servicekosten', 'zelfstandig', 'vanaf', 'tot']);
const OPVANG = new Set(['kind', 'soort', 'urenPerMaand', 'uurprijs', 'geregistreerd', 'vanaf', 'tot']);
const HUISHOUDEN = new Set([
  '$schema',
  'berekeningsjaar',
  'aanvrager',
  'toeslagpartner',
  'kinderen',
  'medebewoners',
  'huur',
  'kinderopvang',
]);
const WOONLAND = /^[A-Z]{2}$/;

function persoon(v: unknown, sleutels: ReadonlySet<string>): PersoonFeiten {
  const p = object(v);
  alleenSleutels(p, sleutels);
  const zv = p.zorgverzekering ?? 'verzekerd';
  const woonland = p.woonland ?? 'NL';
  if (typeof woonland !== 'string' || !WOONLAND.test(woonland)) throw ANDERS;
  return {
    geboorte: datum(p.geboortedatum),
    inkomen: bedrag(p.toetsingsinkomen, -MAX),
    vermogen: bedrag(p.vermogen, 0, 0),
    verzekering: zv === 'verzekerd' ? 1 : zv === 'verdragsgerechtigd' ? 2 : zv === 'geen' ? 0 : fout(),
    woonland,
    rechtmatigVerblijf: bool(p.rechtmatigVerblijf, true),
    arbeidseis: bool(p.arbeidseis, true),
  };
}

/** A birth date of someone born by the end of the year; a later one takes the general path (refused there). */
function geborenIn(k: Kalender, geboortedatum: unknown): string {
  if (typeof geboortedatum !== 'string' || geboortedatum > k.laatste[11]!) throw ANDERS;
  return geboortedatum;
}

/** The later of birth and `vanaf` (as `vanafGeboorte` in @regelmaat/law). */
function vanafGeboorte(geboortedatum: string, vanaf: string | undefined): string {
  return vanaf !== undefined && vanaf > geboortedatum ? vanaf : geboortedatum;
}

function fout(): never {
  throw ANDERS;
}

function opvangSoort(v: unknown): OpvangSoort {
  return v === 'dagopvang' ? 0 : v === 'buitenschoolse-opvang' ? 1 : v === 'gastouderopvang' ? 2 : fout();
}

function bouw(invoer: unknown): Situatie {
  const h = object(invoer);
  alleenSleutels(h, HUISHOUDEN);
  if (h.$schema !== undefined && typeof h.$schema !== 'string') throw ANDERS;
  const jaar = h.berekeningsjaar;
  if (jaar !== 2025 && jaar !== 2026) throw ANDERS;
  const k = kalender(jaar);
  const aanvrager = persoon(h.aanvrager, PERSOON);
  geborenIn(k, (h.aanvrager as Record<string, unknown>).geboortedatum);
  let partner: PersoonFeiten | null = null;
  let partnerMaanden = 0;
  if (h.toeslagpartner !== undefined) {
    partner = persoon(h.toeslagpartner, PARTNER);
    geborenIn(k, (h.toeslagpartner as Record<string, unknown>).geboortedatum);
    const p = periode(h.toeslagpartner as Record<string, unknown>);
    partnerMaanden = maandenOpEersteDag(k, p.vanaf, p.tot);
  }
  const kinderen: KindFeiten[] = [];
  for (const v of lijst(h.kinderen, 20)) {
    const o = object(v);
    alleenSleutels(o, KIND);
    const p = periode(o);
    const geboren = geborenIn(k, o.geboortedatum);
    kinderen.push({
      geboorte: datum(o.geboortedatum),
      kinderbijslag: bool(o.kinderbijslag, true),
      thuiswonend: bool(o.thuiswonend, true),
      inkomen: bedrag(o.toetsingsinkomen, -MAX, 0),
      vermogen: bedrag(o.vermogen, 0, 0),
      maanden: maandenOpEersteDag(k, vanafGeboorte(geboren, p.vanaf), p.tot),
    });
  }
  const medebewoners: MedebewonerFeiten[] = [];
  for (const v of lijst(h.medebewoners, 20)) {
    const o = object(v);
    alleenSleutels(o, MEDEBEWONER);
    const p = periode(o);
    const geboren = geborenIn(k, o.geboortedatum);
    medebewoners.push({
      geboorte: datum(o.geboortedatum),
      inkomen: bedrag(o.toetsingsinkomen, -MAX),
      vermogen: bedrag(o.vermogen, 0, 0),
      maanden: maandenOpEersteDag(k, vanafGeboorte(geboren, p.vanaf), p.tot),
    });
  }
  const huur: HuurFeiten[] = [];
  const huurPerioden: { vanaf: string; tot: string }[] = [];
  for (const v of lijst(h.huur, 24)) {
    const o = object(v);
    alleenSleutels(o, HUUR);
    const p = periode(o);
    huurPerioden.push({ vanaf: p.vanaf ?? '0000-01-01', tot: p.tot ?? '9999-12-31' });
    huur.push({
      kaleHuur: bedrag(o.kaleHuur, 0),
      servicekosten: bedrag(o.servicekosten, 0, 0),
      zelfstandig: bool(o.zelfstandig, true),
      maanden: maandenOpEersteDag(k, p.vanaf, p.tot),
    });
  }
  if (huurPerioden.length > 1) {
    // One rented home at a time (the schema's overlap rule).
    huurPerioden.sort((a, b) => (a.vanaf < b.vanaf ? -1 : 1));
    for (let j = 1; j < huurPerioden.length; j++)
      if (huurPerioden[j]!.vanaf < huurPerioden[j - 1]!.tot) throw ANDERS;
  }
  const opvang: OpvangFeiten[] = [];
  for (const v of lijst(h.kinderopvang, 60)) {
    const o = object(v);
    alleenSleutels(o, OPVANG);
    const p = periode(o);
    const kind = o.kind;
    if (typeof kind !== 'number' || !Number.isInteger(kind) || kind < 0 || kind >= kinderen.length)
      throw ANDERS;
    const uren = o.urenPerMaand;
    if (typeof uren !== 'number' || !(uren >= 0 && uren <= 744) || !isEuroAmount(uren)) throw ANDERS;
    const centiuren = Math.round(uren * 100);
    const perMaand = opvangCentiurenPerMaand(jaar, centiuren, p.vanaf, p.tot);
    opvang.push({
      kind,
      soort: opvangSoort(o.soort),
      centiuren,
      ...(perMaand ? { centiurenPerMaand: perMaand } : {}),
      uurprijs: bedrag(o.uurprijs, 0),
      geregistreerd: bool(o.geregistreerd, true),
      maanden: maandenMetOverlap(k, p.vanaf, p.tot),
    });
  }
  return { jaar, aanvrager, partner, partnerMaanden, kinderen, medebewoners, huur, opvang };
}

/**
 * The `Situatie` of a household input, or `null` when the input is not plainly valid: then use
 * `parseHuishouden` (which names the problems) and `normaliseer`.
 */
export function situatieUitInvoer(invoer: HuishoudenInvoer | unknown): Situatie | null {
  try {
    return bouw(invoer);
  } catch (e) {
    if (e === ANDERS) return null;
    throw e;
  }
}
