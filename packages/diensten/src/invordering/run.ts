/**
 * @module
 * The monthly invordering run (issue 15): for one month that has ended, every recovery is looked at
 * once — the invorderingsrente over the month's days after the last day to pay is booked (Awir art.
 * 29; none on a recovery with a plan, `RENTE_IN_REGELING`), then an offset against the toeslag paid
 * to the household that month, within the limits of `verrekenbaar` (Awir art. 30; never below the
 * beslagvrije voet; one toeslag is never set off twice across a household's recoveries), and then a
 * reminder letter (data) where `herinneringVoor` says one is due — never an escalation for a plan on
 * track or a household with a personal guide. A plan that is behind goes by `vervalVoor` (migration
 * 042): a reminder naming what is due within two weeks, then — still unpaid at the next run — the
 * plan lapses with a letter and the whole balance is due; with a guide never, the guide gets a task.
 * A plan that lapsed is no plan: collection goes on as without one from the next month.
 *
 * Like the other runs: one run per month (starting it again resumes it), recoveries in partitions
 * of ascending id, each partition in one transaction (its entries, letters, the run's progress and
 * the processing log for every person of each household looked at — activity
 * `invordering-uitvoeren`). Every entry carries a key (`rente:<id>:<maand>`,
 * `verrekening:<id>:<maand>`) and a letter is unique per recovery and month, so a rerun doubles
 * nothing. Time comes from the environment's clock.
 *
 * The household's income for the beslagvrije voet is its income estimate for the year (the facts
 * `inkomen_schatting`, gross) divided by twelve: the net income the rule speaks of is not held.
 * Using gross overstates the room, so this is marked in the docs as needing a net figure.
 */
import { betalingenVan } from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import {
  begeleidingVan,
  boekAf,
  boekRente,
  type HerinneringBrief,
  herinneringenVan,
  herinneringVoor,
  type InvorderingRunCijfers,
  invorderingRunCijfers,
  invorderingRunKlaar,
  invorderingRunVan,
  isGeboekt,
  type Leefsituatie,
  maandBoeking,
  partitieKlaar,
  planTaakBegeleider,
  plusMaanden,
  regelingVan,
  schrijfHerinnering,
  schrijfVerval,
  standVan,
  startInvorderingRunRij,
  termijnenAndereRegelingen,
  VERVAL,
  vergrendelInvorderingRun,
  verrekendInMaand,
  vervalVoor,
  vordering,
  vorderingenNa,
} from '@regelmaat/invordering';
import { Ongeldig } from '@regelmaat/kernel';
import { activiteitId, logVerwerking, nieuweTrace } from '@regelmaat/logboek';
import { type Context, vereis } from '../context';
import { datumVan, type Omgeving } from '../omgeving';
import { personenUitFeiten } from '../verwerkingslog';

const ACTOR = { id: 'invordering', rol: 'systeem' } as const;

const plusDagen = (datum: string, dagen: number): string => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
};

export interface InvorderingOpdracht {
  /** The month (YYYY-MM), one that has ended. */
  maand: string;
  /** Recoveries per partition (default 500). */
  partitiegrootte?: number;
}

export interface InvorderingRapport extends InvorderingRunCijfers {
  runId: number;
  maand: string;
  /** Whether this call started the run (false: it resumed or reread one). */
  nieuw: boolean;
  klaar: boolean;
  vorderingen: number;
}

function controleer(o: Omgeving, opdracht: InvorderingOpdracht): number {
  const velden = [];
  const m = opdracht.maand;
  const huidige = datumVan(o.klok()).slice(0, 7);
  if (typeof m !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(m))
    velden.push({ naam: 'maand', code: 'formaat' as const, reden: 'is geen maand (JJJJ-MM)' });
  else if (m >= huidige)
    velden.push({
      naam: 'maand',
      code: 'te-groot' as const,
      reden: `is nog niet voorbij (vandaag is het ${huidige}): de run boekt alleen een maand die voorbij is`,
    });
  const grootte = opdracht.partitiegrootte ?? 500;
  if (!Number.isInteger(grootte) || grootte < 1 || grootte > 100_000)
    velden.push({
      naam: 'partitiegrootte',
      code: 'te-groot' as const,
      reden: 'moet een geheel getal van 1 tot en met 100.000 zijn',
    });
  if (velden.length > 0) throw new Ongeldig(velden);
  return grootte;
}

/** Income estimate of the household for `jaar` per month (eurocents, gross; see the module). */
function maandinkomen(feiten: readonly Feit[], jaar: number): number {
  let som = 0;
  for (const f of feiten)
    if (f.soort === 'inkomen_schatting' && !f.vervallenOp) {
      const w = f.waarde as { jaar: number; bedrag: number };
      if (w.jaar === jaar) som += w.bedrag;
    }
  return Math.floor(som / 12);
}

function leefsituatie(feiten: readonly Feit[]): Leefsituatie {
  return feiten.some(
    (f) => f.soort === 'persoon' && !f.vervallenOp && (f.waarde as { rol: string }).rol === 'toeslagpartner',
  )
    ? 'samen'
    : 'alleen';
}

/** Books one recovery's month; returns the household's people (for the log). */
async function verwerkVordering(
  tx: Sql,
  runId: number,
  maand: string,
  vorderingId: number,
  feitenVan: (huishoudenId: number) => Promise<Feit[]>,
  op: string,
): Promise<string[]> {
  const v = (await vordering(tx, vorderingId))!;
  const feiten = await feitenVan(v.huishoudenId);
  const jaar = Number(maand.slice(0, 4));
  const plan = await regelingVan(tx, v.id);
  // A plan that lapsed is no plan any more: the whole balance is due, collection as without one.
  const actief = plan && plan.vervallenOp === null ? plan : undefined;
  const betaald = await betalingenVan(tx, v.huishoudenId, jaar);
  let toeslag = 0;
  for (const maanden of betaald.values()) toeslag += Math.max(0, maanden[Number(maand.slice(5, 7)) - 1] ?? 0);
  toeslag = Math.max(0, toeslag - (await verrekendInMaand(tx, v.huishoudenId, maand)));
  const b = maandBoeking({
    maand,
    saldo: v.saldo,
    betalenUiterlijk: v.betalenUiterlijk,
    inRegeling: actief !== undefined,
    toeslag,
    inkomen: maandinkomen(feiten, jaar),
    leefsituatie: leefsituatie(feiten),
    inAndereRegelingen: actief ? 0 : await termijnenAndereRegelingen(tx, v.huishoudenId, v.id),
  });
  if (b.rente.bedrag > 0)
    await boekRente(tx, {
      vorderingId: v.id,
      huishoudenId: v.huishoudenId,
      bedrag: b.rente.bedrag,
      datum: b.datum,
      op,
      sleutel: `rente:${v.id}:${maand}`,
      omschrijving: `Invorderingsrente ${b.rente.dagen} dagen tegen ${b.rente.tarief / 100}% (Awir art. 29)`,
    });
  const verrekenSleutel = `verrekening:${v.id}:${maand}`;
  if (b.verrekening.bedrag > 0 && !(await isGeboekt(tx, verrekenSleutel)))
    await boekAf(tx, {
      vorderingId: v.id,
      soort: 'verrekening',
      bedrag: b.verrekening.bedrag,
      datum: b.datum,
      op,
      omschrijving: `Verrekend met de toeslag van ${maand} (Awir art. 30)`,
      sleutel: verrekenSleutel,
    });
  const saldo = (await vordering(tx, v.id))!.saldo;
  const alle = await herinneringenVan(tx, v.id);
  const eerder = alle.filter((h) => h.maand < maand);
  const peildag = `${plusMaanden(maand, 1)}-01`;
  const begeleiding = await begeleidingVan(tx, v.huishoudenId);
  const vandaag = datumVan(op);
  const brief = (extra: Partial<HerinneringBrief> & Pick<HerinneringBrief, 'reden'>, dagen = 14) => ({
    regeling: v.regeling,
    jaar: v.jaar,
    saldo,
    betalenUiterlijk: v.betalenUiterlijk,
    nieuweTermijn: plusDagen(vandaag, dagen),
    ...extra,
  });
  if (actief) {
    const stand = standVan(actief, peildag);
    // The latest missed-term reminder of this plan from an earlier month that named an amount.
    const h = eerder
      .filter(
        (x) =>
          x.brief.reden === 'termijn-regeling-gemist' &&
          x.brief.verschuldigd !== undefined &&
          x.verstuurdOp >= actief.aangegaanOp,
      )
      .at(-1);
    const besluit = vervalVoor({
      stand,
      betaaldSinds: actief.betaaldSinds,
      maandbedrag: actief.maandbedrag,
      metBegeleider: begeleiding !== undefined,
      herinnering: h
        ? { verschuldigd: h.brief.verschuldigd!, nieuweTermijn: h.brief.nieuweTermijn }
        : undefined,
      peildag,
    });
    if (besluit.stap === 'herinnering' || besluit.stap === 'begeleider')
      await schrijfHerinnering(tx, {
        vorderingId: v.id,
        huishoudenId: v.huishoudenId,
        runId,
        maand,
        soort: 'herinnering',
        brief: brief(
          {
            reden: 'termijn-regeling-gemist',
            achterstand: stand.achterstand,
            verschuldigd: besluit.verschuldigd,
          },
          VERVAL.termijnDagen,
        ),
        op,
      });
    if (besluit.stap === 'begeleider')
      await planTaakBegeleider(tx, {
        begeleidingId: begeleiding!.id,
        regelingId: actief.id,
        maand,
        geplandOp: plusDagen(vandaag, 7),
      });
    if (besluit.stap === 'vervalt')
      await schrijfVerval(tx, {
        regelingId: actief.id,
        vorderingId: v.id,
        huishoudenId: v.huishoudenId,
        runId,
        maand,
        brief: {
          regeling: v.regeling,
          jaar: v.jaar,
          verschuldigd: h!.brief.verschuldigd!,
          gemist: besluit.gemist,
          herinneringTermijn: h!.brief.nieuweTermijn,
          saldo,
          betalenUiterlijk: plusDagen(vandaag, VERVAL.termijnDagen),
        },
        op,
      });
    return personenUitFeiten(feiten);
  }
  const besluit = herinneringVoor({
    saldo,
    betalenUiterlijk: v.betalenUiterlijk,
    peildag: b.datum,
    regelingAchterstand: null,
    metBegeleider: begeleiding !== undefined,
    eerder: eerder.map((x) => x.soort),
  });
  if (besluit.soort !== null)
    await schrijfHerinnering(tx, {
      vorderingId: v.id,
      huishoudenId: v.huishoudenId,
      runId,
      maand,
      soort: besluit.soort,
      brief: brief({ reden: besluit.reden }),
      op,
    });
  return personenUitFeiten(feiten);
}

export interface InvorderingRunOpties {
  /** Stop after this many partitions (tests use it to stop a run halfway). */
  maxPartities?: number;
}

/** Starts the run for `opdracht.maand`, or resumes it, and works until every recovery is done. */
export async function invorderingRun(
  o: Omgeving,
  opdracht: InvorderingOpdracht,
  opties: InvorderingRunOpties = {},
): Promise<InvorderingRapport> {
  const grootte = controleer(o, opdracht);
  const { id: runId, nieuw } = await startInvorderingRunRij(o.db, {
    maand: opdracht.maand,
    partitiegrootte: grootte,
    op: o.klok(),
  });
  for (let n = 0; opties.maxPartities === undefined || n < opties.maxPartities; n++) {
    const verder = await o.db.transaction(async (tx) => {
      const run = await vergrendelInvorderingRun(tx, runId);
      if (run.klaar) return false;
      const op = o.klok();
      const ids = await vorderingenNa(tx, run.verwerktTotId, run.partitiegrootte);
      if (ids.length === 0) {
        await invorderingRunKlaar(tx, runId, op);
        return false;
      }
      const feiten = new Map<number, Feit[]>();
      const feitenVan = async (h: number) => {
        let f = feiten.get(h);
        if (!f) {
          f = await leesDossierFeiten(tx, h);
          feiten.set(h, f);
        }
        return f;
      };
      const personen: string[] = [];
      for (const { id } of ids)
        personen.push(...(await verwerkVordering(tx, runId, run.maand, id, feitenVan, op)));
      if (personen.length > 0)
        await logVerwerking(tx, {
          trace: nieuweTrace(),
          activiteit: activiteitId('invordering-uitvoeren'),
          naam: `invordering ${run.maand}`,
          betrokkenen: [...new Set(personen)],
          start: op,
          eind: o.klok(),
          actor: ACTOR,
          sleutel: o.sleutels.pseudoniem,
        });
      await partitieKlaar(tx, runId, ids.at(-1)!.id, ids.length);
      return true;
    });
    if (!verder) break;
  }
  return { ...(await invorderingRapport(o.db, opdracht.maand))!, nieuw };
}

/**
 * Starts or resumes the run for a caller of the API: a team lead (`levensgebeurtenissen:starten`,
 * the right for the teams' planned runs). The CLI calls `invorderingRun` itself.
 */
export async function startInvorderingRun(
  o: Omgeving,
  ctx: Context,
  opdracht: InvorderingOpdracht,
): Promise<InvorderingRapport> {
  vereis(ctx, 'levensgebeurtenissen:starten');
  return invorderingRun(o, opdracht);
}

/** The figures of the run for `maand`, or undefined when it was never started. */
export async function invorderingRapport(
  sql: Sql,
  maand: string,
): Promise<Omit<InvorderingRapport, 'nieuw'> | undefined> {
  const run = await invorderingRunVan(sql, maand);
  if (!run) return undefined;
  return {
    runId: run.id,
    maand: run.maand,
    klaar: run.klaar,
    vorderingen: run.vorderingen,
    ...(await invorderingRunCijfers(sql, maand, run.id)),
  };
}

/** The figures of a run for a team lead (`rapportage:lezen`); NietGevonden-free: undefined → 404 in the API. */
export async function invorderingRunStand(
  o: Omgeving,
  ctx: Context,
  maand: string,
): Promise<Omit<InvorderingRapport, 'nieuw'> | undefined> {
  vereis(ctx, 'rapportage:lezen');
  return invorderingRapport(o.db, maand);
}
