/**
 * @module
 * The traced evaluation of one household: amounts per toeslag per month and per year, with an
 * explanation tree for every run of months with the same facts and for the year amount.
 */
import { type ExplanationNode, explain, Trace } from '@regelmaat/engine';
import { type Eurocent, eurocent, formatWholeEuros } from '@regelmaat/kernel';
import { jaarbedrag } from './algemeen/jaarbedrag';
import { JAAR } from './algemeen/stappen';
import { evalueerMaanden, MAAND_DATA, ParameterCache, type Segment, Werkgeheugen } from './evaluatie';
import { NietBerekenbaar, type Regeling } from './regeling';
import type { RegelingId } from './regelingen';
import type { Situatie } from './situatie/situatie';
import { type Wetgeving, wetgeving, zoekParameter } from './wetgeving';

export const ENGINE_VERSIE = '0.1.0';

export interface NietVoldaan {
  readonly id: string;
  readonly label: string;
  readonly uitleg: string;
}

export interface Periode {
  /** First and last month (1 = januari), inclusive. */
  readonly vanMaand: number;
  readonly totEnMetMaand: number;
  /** The formula's outcome in microcents (per year or per month, see `afronding`). */
  readonly uitkomst: number;
  readonly recht: boolean;
  readonly nietVoldaan: readonly NietVoldaan[];
  readonly uitleg: ExplanationNode;
}

export type ToeslagStatus = 'berekend' | 'niet-van-toepassing' | 'niet-berekenbaar';

export interface ToeslagResultaat {
  readonly regeling: RegelingId;
  readonly naam: string;
  readonly status: ToeslagStatus;
  /** Year amount in eurocents (whole euros). */
  readonly jaarbedrag: Eurocent;
  /** Paid per month in eurocents (whole euros), index 0 = januari. */
  readonly maandbedragen: readonly Eurocent[];
  readonly perioden: readonly Periode[];
  readonly jaarUitleg?: ExplanationNode;
  /** Why nothing was computed (status not `berekend`). */
  readonly melding?: { readonly code: string; readonly tekst: string };
  /**
   * What a citizen must know about a computed amount, in plain Dutch (B1): `TABEL_NAGEBOUWD` when a
   * value was rebuilt from secondary sources, `TABEL_ONZEKER` when the amount depends on a value of
   * that rebuilt table that is not certain (with the other amount).
   */
  readonly opmerkingen?: readonly { readonly code: string; readonly tekst: string }[];
}

export interface Berekening {
  readonly berekeningsjaar: number;
  readonly engineVersie: string;
  readonly toeslagen: readonly ToeslagResultaat[];
}

function knopen(n: ExplanationNode, uit: ExplanationNode[] = []): ExplanationNode[] {
  uit.push(n);
  for (const i of n.inputs) knopen(i, uit);
  return uit;
}

/** Display only: an exact amount cut to whole euros, as the law pays it (the note's other reading). */
const euro = (microcent: number) => formatWholeEuros(eurocent(Math.floor(microcent / 100_000_000) * 100));

/** The citizen's notes on a computed amount: a rebuilt table, and an amount that depends on it. */
function opmerkingen(
  perioden: readonly Periode[],
  maandbedragen: readonly Eurocent[],
  jaar: number,
): { code: string; tekst: string }[] {
  const uit: { code: string; tekst: string }[] = [];
  const alle = perioden.map((p) => knopen(p.uitleg));
  if (alle.some((k) => k.some((n) => n.gereconstrueerd === true)))
    uit.push({
      code: 'TABEL_NAGEBOUWD',
      tekst:
        `De officiële tabel voor ${jaar} konden wij niet lezen. Wij rekenen met een tabel die is nagebouwd ` +
        'uit andere openbare bronnen. Daarom kan het bedrag anders zijn dan het bedrag dat u van Dienst ' +
        'Toeslagen krijgt.',
    });
  perioden.forEach((p, i) => {
    const ander = alle[i]!.find((n) => n.id.endsWith('.bedrag_andere_lezing'));
    if (!ander || typeof ander.value !== 'number') return;
    const wanneer =
      perioden.length === 1
        ? 'per maand'
        : `per maand in ${maandNaam(p.vanMaand)} tot en met ${maandNaam(p.totEnMetMaand)}`;
    uit.push({
      code: 'TABEL_ONZEKER',
      tekst:
        `Voor uw inkomen is niet zeker welk percentage in de officiële tabel staat. Wij rekenen met ` +
        `${formatWholeEuros(maandbedragen[p.vanMaand - 1]!)} ${wanneer}. Met het andere mogelijke percentage is het ${euro(ander.value)}. ` +
        'Als u deze toeslag krijgt, zoekt een medewerker van Dienst Toeslagen uit welk bedrag klopt.',
    });
  });
  return uit;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const maandNaam = (maand: number) => MAANDEN[maand - 1]!;

function berekenToeslag(
  r: Regeling<unknown, unknown, RegelingId>,
  s: Situatie,
  w: Wetgeving,
  params: ParameterCache,
): ToeslagResultaat {
  const nul = new Array<Eurocent>(12).fill(eurocent(0));
  if (!r.vanToepassing(s)) {
    return {
      regeling: r.id,
      naam: r.naam,
      status: 'niet-van-toepassing',
      jaarbedrag: eurocent(0),
      maandbedragen: nul,
      perioden: [],
      melding: { code: 'NIET_VAN_TOEPASSING', tekst: r.nietVanToepassing },
    };
  }
  const g = new Werkgeheugen(r);
  const segmenten: Segment[] = [];
  try {
    evalueerMaanden(g, s, params, segmenten);
  } catch (e) {
    if (!(e instanceof NietBerekenbaar)) throw e;
    return {
      regeling: r.id,
      naam: r.naam,
      status: 'niet-berekenbaar',
      jaarbedrag: eurocent(0),
      maandbedragen: nul,
      perioden: [],
      melding: { code: e.code, tekst: e.message },
    };
  }
  const lookup = (datum: string) => (path: string) => zoekParameter(w, path, datum);
  const perioden = segmenten.map((seg): Periode => {
    const trace = seg.trace!;
    const failed = trace.failedConditions();
    const uitleg = explain(trace, r.uitkomst, lookup(seg.datum), seg.datum);
    return {
      vanMaand: seg.van + 1,
      totEnMetMaand: seg.tot + 1,
      uitkomst: seg.waarde,
      recht: failed.length === 0,
      nietVoldaan: failed.map((d) => {
        const { label, uitleg } = explain(trace, d.id, lookup(seg.datum), seg.datum);
        return { id: d.id, label, uitleg };
      }),
      uitleg,
    };
  });
  const jaarTrace = new Trace();
  const datum = s.jaar + MAAND_DATA[0]!;
  const minimum = w.algemeen.at(datum).minimum_tegemoetkoming;
  const maandbedragen = new Array<Eurocent>(12).fill(eurocent(0));
  const jaar = jaarbedrag(g.waarden, r.afronding, minimum, jaarTrace, maandbedragen);
  const notities = opmerkingen(perioden, maandbedragen, s.jaar);
  return {
    regeling: r.id,
    naam: r.naam,
    status: 'berekend',
    jaarbedrag: jaar,
    maandbedragen,
    perioden,
    jaarUitleg: explain(jaarTrace, JAAR.jaarbedrag.id, lookup(datum), datum),
    ...(notities.length > 0 ? { opmerkingen: notities } : {}),
  };
}

/** Computes and explains every regeling of `w` (the four toeslagen) for one household. */
export function berekenHuishouden(s: Situatie, w: Wetgeving = wetgeving()): Berekening {
  const params = new ParameterCache(w);
  return {
    berekeningsjaar: s.jaar,
    engineVersie: ENGINE_VERSIE,
    toeslagen: w.regelingen.map((r) => berekenToeslag(r, s, w, params)),
  };
}
