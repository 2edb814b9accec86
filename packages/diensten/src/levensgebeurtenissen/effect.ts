/**
 * @module
 * What a life event will change, computed by the engine (issue 16, C8):
 *
 * - per toeslag the entitlement in the month before the event's month and in the month after it,
 *   from the household's facts as known now (an age the law counts per month, a contract that ends:
 *   the engine already knows); only toeslagen whose amount differs are kept;
 * - when the event asks the household to report something the dossier cannot know (a child turning
 *   the school age in dagopvang: the dagopvang usually stops), the change to report, filled in, and
 *   its effect on the advance as a confirmed change would have it (`voorschot-herzien.ts`): the
 *   year amount now and after, the next month, the recovery that reporting in time avoids.
 *
 * Nothing is written here.
 */
import type { Sql } from '@regelmaat/db';
import { HuishoudenRekenaar, huishoudenUitFeiten, type Levensgebeurtenis } from '@regelmaat/dossier';
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { DienstFout } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import type { Omgeving } from '../omgeving';
import { herzieningVan, type WijzigingsEffect } from '../voorschot-herzien';
import { alsFeiten, type Wijziging } from '../wijzigingen';

export interface MaandVergelijking {
  regeling: RegelingId;
  naam: string;
  voor: { jaar: number; maand: number; bedrag: number };
  na: { jaar: number; maand: number; bedrag: number };
}

export interface GebeurtenisEffect {
  /**
   * Whether the engine could compute the effect: false when a month compared, or the year of a
   * change to report, lies in a year the law has no values for (the message then says so, and never
   * that nothing changes).
   */
  berekend: boolean;
  /** Why not: a year without law values, or a dossier the engine cannot read with the change. */
  nietBerekend?: 'jaar' | 'dossier';
  maanden: MaandVergelijking[];
  /** The change the household is asked to report, filled in; absent when nothing needs reporting. */
  wijziging?: Wijziging;
  /** Its effect on the advances in force (only toeslagen it changes). */
  effecten?: WijzigingsEffect[];
}

/** The years the law has values for (the engine computes nothing else). */
const JAREN = new Set([2025, 2026]);

const buurmaand = (jaar: number, maand: number, stap: 1 | -1) => {
  const m = maand + stap;
  return m < 1 ? { jaar: jaar - 1, maand: 12 } : m > 12 ? { jaar: jaar + 1, maand: 1 } : { jaar, maand: m };
};

/** Per toeslag the monthly entitlements of `jaar` (eurocents), or undefined if not computable. */
function maandbedragen(
  r: HuishoudenRekenaar,
  feiten: readonly DossierFeit[],
  jaar: number,
  op: string,
): Map<RegelingId, number[]> | undefined {
  if (!JAREN.has(jaar)) return undefined;
  const u = r.bereken(feiten, { jaar, variant: 'schatting', bekendOp: op });
  if (!u.ok) return undefined;
  const uit = new Map<RegelingId, number[]>();
  REGELINGEN.forEach((reg, i) => {
    if (u.bedragen.berekenbaar(i))
      uit.set(
        reg.id,
        Array.from(u.bedragen.maandbedragen(i), (x) => Math.max(0, x)),
      );
  });
  return uit;
}

/** The month-before/month-after comparison per toeslag whose amount differs. */
function maandVergelijking(
  o: Omgeving,
  feiten: readonly DossierFeit[],
  e: Levensgebeurtenis,
  op: string,
): { berekend: boolean; maanden: MaandVergelijking[] } {
  const jaar = Number(e.datum.slice(0, 4));
  const maand = Number(e.datum.slice(5, 7));
  const voor = buurmaand(jaar, maand, -1);
  const na = buurmaand(jaar, maand, 1);
  const r = new HuishoudenRekenaar(o.wetgeving);
  const perJaar = new Map<number, Map<RegelingId, number[]> | undefined>();
  const van = (j: number) => {
    if (!perJaar.has(j)) perJaar.set(j, maandbedragen(r, feiten, j, op));
    return perJaar.get(j);
  };
  const uit: MaandVergelijking[] = [];
  if (!van(voor.jaar) || !van(na.jaar)) return { berekend: false, maanden: uit };
  for (const reg of REGELINGEN) {
    const a = van(voor.jaar)?.get(reg.id)?.[voor.maand - 1];
    const b = van(na.jaar)?.get(reg.id)?.[na.maand - 1];
    if (a === undefined || b === undefined || a === b) continue;
    uit.push({
      regeling: reg.id,
      naam: reg.naam,
      voor: { ...voor, bedrag: a },
      na: { ...na, bedrag: b },
    });
  }
  return { berekend: true, maanden: uit };
}

/** Whether both months compared for `e` lie in years the law has values for. */
function jaarBekend(e: Levensgebeurtenis): boolean {
  const jaar = Number(e.datum.slice(0, 4));
  const maand = Number(e.datum.slice(5, 7));
  return JAREN.has(buurmaand(jaar, maand, -1).jaar) && JAREN.has(buurmaand(jaar, maand, 1).jaar);
}

/** The change a household is asked to report for event `e`, if the dossier cannot know it. */
function teMeldenWijziging(
  feiten: readonly DossierFeit[],
  e: Levensgebeurtenis,
  op: string,
): Wijziging | undefined {
  if (e.soort !== 'kind-4' || e.opvang !== 'dagopvang' || !e.persoonBsn) return undefined;
  const jaar = Number(e.datum.slice(0, 4));
  const kind = huishoudenUitFeiten(feiten, { jaar, variant: 'schatting', bekendOp: op }).bsn.kinderen.indexOf(
    e.persoonBsn,
  );
  if (kind < 0) return undefined;
  // The dagopvang stops when the child goes to school: from the birthday on, no hours.
  return { soort: 'kinderopvang', kind, vanaf: e.datum, urenPerMaand: 0 };
}

export async function effectVan(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  feiten: readonly DossierFeit[],
  e: Levensgebeurtenis,
  op: string,
): Promise<GebeurtenisEffect> {
  const { berekend, maanden } = maandVergelijking(o, feiten, e, op);
  const wijziging = teMeldenWijziging(feiten, e, op);
  const jaar = Number(e.datum.slice(0, 4));
  // The months compared lie in years the law knows unless one of them is missing (the year, or a
  // dossier the engine cannot read: both say "cannot compute", never a made-up amount).
  const reden = berekend ? {} : { nietBerekend: jaarBekend(e) ? ('dossier' as const) : ('jaar' as const) };
  if (!wijziging) return { berekend, ...reden, maanden };
  if (!JAREN.has(jaar)) return { berekend: false, nietBerekend: 'jaar', maanden, wijziging };
  const voor = huishoudenUitFeiten(feiten, { jaar, variant: 'schatting', bekendOp: op });
  let h: Awaited<ReturnType<typeof herzieningVan>>;
  try {
    const { nieuw, vervallen } = alsFeiten(wijziging, feiten, jaar, voor.bsn, op);
    const na = [
      ...feiten.map((f) => (vervallen.includes(f.id) ? { ...f, vervallenOp: op } : f)),
      ...nieuw.map((f, i) => ({ ...f, id: -1 - i })),
    ];
    h = await herzieningVan(tx, o, huishoudenId, jaar, na, op);
  } catch (e) {
    // A dossier the engine cannot read with the change (a case for uitval elsewhere) must not stop
    // the run: the message then says the effect cannot be computed, never a made-up amount.
    if (e instanceof DienstFout) return { berekend: false, nietBerekend: 'dossier', maanden, wijziging };
    throw e;
  }
  const effecten = h.effecten.filter(
    (x) => x.maatwerk || x.jaarbedragNieuw !== x.jaarbedragNu || x.voorkomenTerugvordering > 0,
  );
  return { berekend, maanden, wijziging, effecten };
}
