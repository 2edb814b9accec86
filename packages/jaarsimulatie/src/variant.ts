/**
 * @module
 * One variant of the simulated year through the product's real processes, on one database, with
 * the simulated clock passed to every service and run:
 *
 * - before the year: the applications (the estimates) and the advance run (`voorschot`);
 * - every month, day by day: what becomes known that day is written through the product's own
 *   services at that moment — the citizen's late reports (`meldWijziging`), in `product` also the
 *   provider's report when day care ends (`meldOpvanguren`, the partner feed) and the life-event
 *   run's message with the household's answer (`levensgebeurtenisRun`, `reageerOpLevensgebeurtenis`);
 *   the monthly payment run on the 20th; the staff at the end of every working day (`personeel.ts`);
 * - after the year: the provider's yearly statement, the tax authority's final incomes (Awir art.
 *   19: the definitive decision follows the final income), the definitive run with its settlements
 *   (Awir art. 24, 26, 26a, 26b), and the staff until the cases it opened are done.
 *
 * `basis` runs the payment runs without exception rules (exceptions only at the definitive
 * calculation) and has no partner feed and no life-event contact; `product` has all three.
 */

import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import {
  berichten,
  levensgebeurtenisRun,
  meldOpvanguren,
  meldWijziging,
  type Omgeving,
  reageerOpLevensgebeurtenis,
  STANDAARD_INSTELLINGEN,
  type Wijziging,
  wachtrij,
} from '@regelmaat/diensten';
import type { Feit } from '@regelmaat/dossier';
import { schrijfHuishoudens, wijzigFeiten } from '@regelmaat/dossier-opslag';
import { DienstFout } from '@regelmaat/kernel';
import type { Wetgeving } from '@regelmaat/law';
import { alsDossier, kalender, Rng } from '@regelmaat/populatie';
import { DEMO_PARTNER, koppelKlant, zaaiDemoAccounts } from '@regelmaat/toegang';
import { geenUitval, type RunSoort, standaardUitval, startRun, werk } from '@regelmaat/verwerking';
import { isBlokkerend } from '@regelmaat/zaken';
import { type Aannames, medewerkersPerTeam } from './aannames';
import type { OpvangEindeGebeurtenis, SimHuishouden } from './gebeurtenissen';
import { Invorderingen } from './invordering';
import { Personeel, plusDagen } from './personeel';
import type { Invordering, VariantNaam } from './resultaat';
import { aanbieder, burger, medewerker } from './rollen';
import { logSimulatie } from './verwerkingslog';

export interface VariantOpdracht {
  db: Db;
  wetgeving: Wetgeving;
  jaar: 2026;
  variant: VariantNaam;
  huishoudens: readonly SimHuishouden[];
  aannames: Aannames;
  seed: number;
  pseudoniemSleutel: string;
  /** Called after each simulated month (1–12, then 13 for the settlement after the year). */
  voortgang?: (maand: number, totaal: number) => void;
  /** Called after each simulated month and each step after the year, with the clock then. */
  naStap?: (db: Db, nu: string) => Promise<void>;
}

/** What the month loop counted while it ran (the rest is read from the database afterwards). */
export interface VariantVerloop {
  o: Omgeving;
  personeel: Personeel;
  /** Reports by citizens that were written; refused as already known. */
  meldingen: { burger: number; alBekend: number; partner: number; reacties: number };
  berichten: number;
  /**
   * The cases open right after the definitive run, and how many of them concern a household whose
   * definitive decision went out anyway (not held until the case is decided).
   */
  zakenNaBesluit: { zaken: number; besluitAlVerstuurd: number };
  /** The ledger after the monthly invordering runs that followed the definitive run. */
  invordering: Invordering;
  eindeOp: string;
  /** Seconds of wall time per simulated month (1–12). */
  secondenPerMaand: number[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isWerkdag = (datum: string) => ![0, 6].includes(new Date(`${datum}T00:00:00Z`).getUTCDay());
const dagenVan = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand, 0)).getUTCDate();

/** The household's id in the database (as the loader numbers them). */
const idVan = (h: SimHuishouden) => h.sh.index + 1;

export async function draaiVariant(v: VariantOpdracht): Promise<VariantVerloop> {
  const { db, wetgeving: w, jaar } = v;
  const k = kalender(jaar);
  let nu = k.aanvraagOp;
  const zetKlok = (iso: string) => {
    if (Date.parse(iso) < Date.parse(nu)) throw new Error(`de gesimuleerde klok loopt terug: ${iso} < ${nu}`);
    nu = iso;
  };
  const o: Omgeving = {
    db,
    wetgeving: w,
    klok: () => nu,
    sleutels: {
      sessie: `jaarsimulatie-${v.seed}-sessiesleutel-niet-gebruikt`,
      pseudoniem: v.pseudoniemSleutel,
    },
    instellingen: STANDAARD_INSTELLINGEN,
  };
  const product = v.variant === 'product';
  const personeel = new Personeel(
    o,
    v.aannames,
    medewerkersPerTeam(v.aannames, v.huishoudens.length),
    zetKlok,
  );
  const verloop: VariantVerloop = {
    o,
    personeel,
    meldingen: { burger: 0, alBekend: 0, partner: 0, reacties: 0 },
    berichten: 0,
    zakenNaBesluit: { zaken: 0, besluitAlVerstuurd: 0 },
    invordering: {
      runs: [],
      vorderingen: 0,
      perGrootte: { klein: 0, middel: 0, groot: 0 },
      openstaand: 0,
      achterstallig: 0,
      afbetaald: 0,
      rente: { aantal: 0, som: 0 },
      verrekening: { aantal: 0, som: 0 },
      herinneringen: 0,
      aanmaningen: 0,
      inRegeling: 0,
      metBegeleider: 0,
    },
    eindeOp: '',
    secondenPerMaand: [],
  };

  // The applications, and the provider's client list (the same in both variants).
  await zaaiDemoAccounts(db);
  await db.transaction((tx) =>
    schrijfHuishoudens(
      tx,
      v.huishoudens.map((h) => alsDossier(h.sh, jaar, nu)),
    ),
  );
  await logSimulatie(o, 'wijziging-melden', 'aanvragen vastleggen', v.huishoudens, nu);
  for (const h of v.huishoudens)
    if (h.gebeurtenissen.some((g) => g.soort === 'opvang-einde'))
      await koppelKlant(db, DEMO_PARTNER.clientId, idVan(h));

  const run = async (soort: RunSoort, opties: { maand?: number; bekendOp?: string }, metUitval: boolean) => {
    const { run } = await startRun(db, { soort, jaar, ...opties, nu, partitiegrootte: 1_000 }, w);
    await werk(db, run, w, metUitval ? standaardUitval(w) : geenUitval, {
      worker: `jaarsimulatie-${v.variant}`,
      // The run's processing log records the simulated moment, not the machine's.
      logboek: { sleutel: v.pseudoniemSleutel, klok: () => new Date(nu) },
    });
  };

  zetKlok(k.voorschotOp);
  await run('voorschot', { bekendOp: k.voorschotOp }, product);

  const gemeld = new Set<string>();
  const reactieRng = new Rng(v.seed, 0, 0x52454143);
  for (let maand = 1; maand <= 12; maand++) {
    const start = performance.now();
    for (let dag = 1; dag <= dagenVan(jaar, maand); dag++) {
      const datum = `${jaar}-${pad2(maand)}-${pad2(dag)}`;
      if (product && dag === 1) {
        zetKlok(`${datum}T06:00:00.000Z`);
        const r = await levensgebeurtenisRun(o, { peildatum: datum });
        verloop.berichten += r.berichten;
      }
      if (product) {
        for (const h of v.huishoudens)
          for (const g of h.gebeurtenissen)
            if (g.soort === 'opvang-einde' && g.datum === datum) {
              zetKlok(`${datum}T09:00:00.000Z`);
              await meldEinde(o, h, g, jaar);
              gemeld.add(sleutel(h, g.kind));
              verloop.meldingen.partner++;
            }
      }
      if (product && dag === 3) {
        zetKlok(`${datum}T11:00:00.000Z`);
        verloop.meldingen.reacties += await beantwoordBerichten(
          o,
          v.huishoudens,
          reactieRng,
          v.aannames,
          gemeld,
        );
      }
      if (dag === 10) {
        zetKlok(`${datum}T12:00:00.000Z`);
        for (const h of v.huishoudens)
          for (const g of h.gebeurtenissen) {
            if (g.meldmaand !== maand) continue;
            const wijziging: Wijziging =
              g.soort === 'inkomen'
                ? { soort: 'inkomen', persoon: 'aanvrager', bedrag: g.bedrag }
                : { soort: 'kinderopvang', kind: g.kind, vanaf: g.datum, urenPerMaand: 0 };
            if (g.soort === 'opvang-einde' && gemeld.has(sleutel(h, g.kind))) {
              verloop.meldingen.alBekend++;
              continue;
            }
            const gelukt = await meld(o, h, wijziging, jaar);
            if (gelukt) verloop.meldingen.burger++;
            else verloop.meldingen.alBekend++;
            if (g.soort === 'opvang-einde') gemeld.add(sleutel(h, g.kind));
          }
      }
      if (isWerkdag(datum)) await personeel.werkdag(datum);
      if (dag === 20) {
        zetKlok(`${datum}T22:00:00.000Z`);
        await run('betaling', { maand, bekendOp: nu }, product);
      }
    }
    verloop.secondenPerMaand.push((performance.now() - start) / 1000);
    await v.naStap?.(db, nu);
    v.voortgang?.(maand, 13);
  }

  // After the year: the provider's yearly statement (only what the feed did not report already).
  // The statement is dated on the calendar's day (aanbiederOp), written at that day's end.
  zetKlok(`${jaar}-12-31T23:00:00.000Z`);
  await jaaropgaven(o, v.huishoudens, jaar, product ? gemeld : new Set());
  await v.naStap?.(db, nu);
  await werkTot(personeel, `${jaar + 1}-05-01`, `${jaar + 1}-01-01`);
  await v.naStap?.(db, nu);
  zetKlok(k.definitiefOp);
  await definitieveInkomens(o, v.huishoudens, jaar);
  await werkTot(personeel, `${jaar + 1}-07-01`, `${jaar + 1}-05-01`);
  await v.naStap?.(db, nu);
  zetKlok(k.definitieveRunOp);
  await run('definitief', { bekendOp: k.definitieveRunOp }, true);
  await v.naStap?.(db, nu);
  verloop.zakenNaBesluit = await zakenBijBesluit(o, v.huishoudens, jaar);
  // The staff go on with the cases; on the 1st of each month the invordering run for the month
  // that ended (interest after the last day to pay, offsets, reminders), through the real service.
  const invordering = new Invorderingen(o);
  for (const [van, tot] of [
    ['07', '08'],
    ['08', '09'],
    ['09', '10'],
  ] as const) {
    await werkTot(personeel, `${jaar + 1}-${tot}-01`, `${jaar + 1}-${van}-01`);
    zetKlok(`${jaar + 1}-${tot}-01T03:00:00.000Z`);
    await invordering.maand(`${jaar + 1}-${van}`);
  }
  verloop.invordering = await invordering.cijfers();
  await v.naStap?.(db, nu);
  verloop.eindeOp = `${jaar + 1}-10-01T06:00:00.000Z`;
  zetKlok(verloop.eindeOp);
  v.voortgang?.(13, 13);
  return verloop;
}

/**
 * Every exception case must be opened before the decision it concerns goes out. Right after the
 * definitive run: every open case whose answer decides the amount (`isBlokkerend`: missing data,
 * partner in doubt, a hearing) must have its household's definitive decisions held (`aangehouden`)
 * until it is decided. Counts the open cases, those that concern the decision, and those whose
 * household's decision went out anyway. (The cases the definitive run opens are written in the
 * same transaction as the decisions, so never after them.)
 */
async function zakenBijBesluit(
  o: Omgeving,
  huishoudens: readonly SimHuishouden[],
  jaar: number,
): Promise<VariantVerloop['zakenNaBesluit']> {
  const start = o.klok();
  const open = [];
  let na: Awaited<ReturnType<typeof wachtrij>>['volgende'];
  do {
    const r = await wachtrij(o, medewerker('teamleiding'), {
      status: ['open', 'in-behandeling', 'wacht-op-goedkeuring'],
      limiet: 500,
      ...(na !== undefined ? { na } : {}),
    });
    open.push(...r.zaken);
    na = r.volgende;
  } while (na !== undefined);
  let besluitAlVerstuurd = 0;
  for (const z of open.filter((x) => isBlokkerend(x.soort, x.redenen))) {
    const definitief = geldende(await beschikkingenVan(o.db, z.huishoudenId), jaar, 'definitief');
    if ([...definitief.values()].some((b) => b.status !== 'aangehouden')) besluitAlVerstuurd++;
  }
  const ids = new Set(open.map((z) => z.huishoudenId));
  await logSimulatie(
    o,
    'zaak-behandelen',
    'jaarsimulatie: besluit bij open zaak',
    huishoudens.filter((h) => ids.has(idVan(h))),
    start,
  );
  return { zaken: open.filter((x) => isBlokkerend(x.soort, x.redenen)).length, besluitAlVerstuurd };
}

const sleutel = (h: SimHuishouden, kind: number) => `${idVan(h)}:${kind}`;

/** Every working day from `van` up to (not including) `tot`. */
async function werkTot(p: Personeel, tot: string, van: string): Promise<void> {
  for (let d = van; d < tot; d = plusDagen(d, 1)) if (isWerkdag(d)) await p.werkdag(d);
}

/** A citizen's report, confirmed; false when the product already knew it (nothing to change). */
async function meld(o: Omgeving, h: SimHuishouden, wijziging: Wijziging, jaar: number): Promise<boolean> {
  try {
    await meldWijziging(o, burger(o, h.sh.bsnAanvrager), { jaar, wijziging, bevestig: true });
    return true;
  } catch (e) {
    if (e instanceof DienstFout && (e.status === 409 || e.status === 400)) return false;
    throw e;
  }
}

/** The provider reports that day care ends (Awir art. 38 lid 4 onder e), with the hours so far. */
async function meldEinde(
  o: Omgeving,
  h: SimHuishouden,
  g: OpvangEindeGebeurtenis,
  jaar: number,
): Promise<void> {
  const contract = h.sh.schatting.kinderopvang![g.contract]!;
  await meldOpvanguren(o, aanbieder(DEMO_PARTNER.clientId), {
    meldingId: `jaarsim-${idVan(h)}-${g.kind}-einde`,
    kindBsn: h.sh.bsnKinderen[g.kind]!,
    jaar,
    soort: 'dagopvang',
    uren: h.sh.opvangUrenAanbieder[g.contract] ?? new Array<number>(12).fill(0),
    ...(contract.uurprijs !== undefined ? { uurprijs: contract.uurprijs } : {}),
    einddatum: plusDagen(g.datum, -1),
  });
}

/**
 * The households answer the life-event messages about a child turning 4 with day care (the assumed
 * share reports the change filled in; the others do nothing). Returns how many answered.
 */
async function beantwoordBerichten(
  o: Omgeving,
  huishoudens: readonly SimHuishouden[],
  r: Rng,
  a: Aannames,
  gemeld: Set<string>,
): Promise<number> {
  let n = 0;
  for (const h of huishoudens) {
    const einde = h.gebeurtenissen.filter((g): g is OpvangEindeGebeurtenis => g.soort === 'opvang-einde');
    if (einde.length === 0) continue;
    const ctx = () => burger(o, h.sh.bsnAanvrager);
    const lijst = await berichten(o, ctx(), {});
    for (const b of lijst.berichten) {
      if (
        b.soort !== 'levensgebeurtenis' ||
        b.gegevens.gebeurtenis !== 'kind-4' ||
        b.gegevens.opvang !== 'dagopvang'
      )
        continue;
      const g = einde.find((x) => h.sh.bsnKinderen[x.kind] && !gemeld.has(sleutel(h, x.kind)));
      if (!g || !r.kans(a.reactiekans.waarde)) continue;
      const antwoord = await reageerOpLevensgebeurtenis(o, ctx(), b.id, 'wijziging');
      n++;
      const wijziging: Wijziging = antwoord.wijziging ?? {
        soort: 'kinderopvang',
        kind: g.kind,
        vanaf: g.datum,
        urenPerMaand: 0,
      };
      await meld(o, h, wijziging, Number(g.datum.slice(0, 4)));
      gemeld.add(sleutel(h, g.kind));
    }
  }
  return n;
}

/** The provider's statement of the year's hours per contract, on the calendar's day for it. */
async function jaaropgaven(
  o: Omgeving,
  huishoudens: readonly SimHuishouden[],
  jaar: number,
  alGemeld: ReadonlySet<string>,
): Promise<void> {
  const op = o.klok();
  await o.db.transaction(async (tx) => {
    for (const h of huishoudens) {
      const feiten = alsDossier(h.sh, jaar, op).feiten.filter(
        (f) =>
          f.soort === 'opvanguren_aanbieder' &&
          !alGemeld.has(sleutel(h, h.sh.bsnKinderen.indexOf(f.persoonBsn ?? ''))),
      );
      if (feiten.length > 0) await wijzigFeiten(tx, idVan(h), feiten, [], op);
    }
  });
  const metOpvang = huishoudens.filter((h) => (h.sh.schatting.kinderopvang ?? []).length > 0);
  await logSimulatie(o, 'partner-feit-melden', 'jaaropgave kinderopvang vastleggen', metOpvang, op);
}

/** The tax authority's final incomes (and a partner only it knows), recorded on their day. */
async function definitieveInkomens(
  o: Omgeving,
  huishoudens: readonly SimHuishouden[],
  jaar: number,
): Promise<void> {
  const op = o.klok();
  const vanBelastingdienst = (f: Feit) => f.bron === 'belastingdienst' && f.geregistreerdOp === op;
  await o.db.transaction(async (tx) => {
    for (const h of huishoudens) {
      const feiten = alsDossier(h.sh, jaar, op).feiten.filter(vanBelastingdienst);
      if (feiten.length > 0) await wijzigFeiten(tx, idVan(h), feiten, [], op);
    }
  });
  await logSimulatie(o, 'definitief-vaststellen', 'definitieve inkomens vastleggen', huishoudens, op);
}
