/**
 * @module
 * A settled year in the server demo (issue 13): a set of households that ran through 2025 — the
 * advance, the twelve monthly payments and the definitive calculation with its settlements
 * (nabetaling, Awir art. 24; terugvordering, art. 26; below the doelmatigheidsgrens, art. 26a; held
 * for a zienswijze at € 1,500 or more, art. 26b) — and carry on into 2026 next to the rest of the
 * population, plus three payment plans on the recoveries (issue 15).
 *
 * How the population spans two years: the simulated calendar stays one year per household set.
 * These households are generated for 2025 at indices after the running year's population (so
 * their BSNs are their own), and their 2025 cycle is run through the product's real runs with the
 * 2025 law **before** the running year's population is loaded: the 2025 runs then see only them
 * (a definitive run looks at every household it finds). For 2026 each adult's estimate of 2025 is
 * carried on as the estimate for 2026, recorded when the 2026 application is (`kalender(2026)`), so
 * the 2026 advance run treats them as every other household. Done once, as part of the first
 * seeding (`zaaiDemo`); skipped when the 2025 definitive run moment has not passed yet.
 */
import type { Db } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import type { Wetgeving } from '@regelmaat/law';
import { alsDossier, genereerHuishouden, kalender } from '@regelmaat/populatie';
import { type RunSoort, standaardUitval, startRun, werk } from '@regelmaat/verwerking';
import { zaaiDemoRegelingen } from '../opdrachten/demo-regelingen';

/** The settled year and how many households ran through it. */
export const VORIG_JAAR = 2025;
export const VORIG_JAAR_HUISHOUDENS = 400;

/**
 * Generates, loads and runs the 2025 households with ids `vanafId` … `vanafId + aantal − 1` (their
 * generator index is id − 1). Returns whether it did anything.
 */
export async function zaaiDemoVorigJaar(
  db: Db,
  w: Wetgeving,
  o: {
    /** The running year (the rest of the demo). */
    jaar: number;
    vanafId: number;
    aantal?: number;
    nu: string;
    pseudoniemSleutel: string;
    melding: (s: string) => void;
  },
): Promise<boolean> {
  const k = kalender(VORIG_JAAR);
  if (o.jaar !== VORIG_JAAR + 1) {
    o.melding(
      `Geen afgerond jaar ${VORIG_JAAR} in de demo: dat hoort alleen bij een demo van ${VORIG_JAAR + 1}.\n`,
    );
    return false;
  }
  if (Date.parse(o.nu) < Date.parse(k.definitieveRunOp)) {
    o.melding(
      `Geen afgerond jaar ${VORIG_JAAR} in de demo: de definitieve berekening kan pas na ${k.definitieveRunOp.slice(0, 10)}.\n`,
    );
    return false;
  }
  const aantal = o.aantal ?? VORIG_JAAR_HUISHOUDENS;
  const start = Date.now();
  const dossiers = Array.from({ length: aantal }, (_, i) => {
    const d = alsDossier(genereerHuishouden(1, o.vanafId - 1 + i, VORIG_JAAR), VORIG_JAAR, o.nu);
    return { ...d, feiten: [...d.feiten, ...doorlopend(d.feiten, o.nu)] };
  });
  await db.transaction((tx) => schrijfHuishoudens(tx, dossiers));
  const uitval = standaardUitval(w);
  const stappen: { soort: RunSoort; maand?: number; bekendOp?: string }[] = [
    { soort: 'voorschot', bekendOp: k.voorschotOp },
    ...Array.from({ length: 12 }, (_, m) => ({ soort: 'betaling' as const, maand: m + 1 })),
    { soort: 'definitief', bekendOp: k.definitieveRunOp },
  ];
  for (const s of stappen) {
    const { run } = await startRun(db, { jaar: VORIG_JAAR, ...s, nu: o.nu, partitiegrootte: 1_000 }, w);
    await werk(db, run, w, uitval, { worker: 'demo', logboek: { sleutel: o.pseudoniemSleutel } });
  }
  await zaaiDemoRegelingen(db, o.nu, o.pseudoniemSleutel);
  o.melding(
    `Afgerond jaar ${VORIG_JAAR}: ${aantal} huishoudens met voorschot, betalingen en definitieve berekening (${((Date.now() - start) / 1000).toFixed(1)} s).\n`,
  );
  return true;
}

/**
 * The 2026 estimates of a household that carries on: each 2025 income estimate and wealth fact as
 * the same amount for 2026, recorded with the 2026 application (nothing recorded after `nu`).
 */
function doorlopend(feiten: readonly Feit[], nu: string): Feit[] {
  const op = kalender(VORIG_JAAR + 1).aanvraagOp;
  if (Date.parse(op) > Date.parse(nu)) return [];
  const uit: Feit[] = [];
  for (const f of feiten) {
    if (f.soort !== 'inkomen_schatting' && f.soort !== 'vermogen') continue;
    const waarde = f.waarde as { jaar: number; bedrag: number };
    if (waarde.jaar !== VORIG_JAAR) continue;
    uit.push({ ...f, waarde: { ...waarde, jaar: VORIG_JAAR + 1 }, geregistreerdOp: op } as Feit);
  }
  return uit;
}

/** Citizens of the settled year to log in as: a recovery to pay, a payment plan, a back-payment. */
export async function vorigJaarVoorbeelden(db: Db): Promise<{ bsn: string; waarom: string }[]> {
  const een = async (sql: string, waarom: string) => {
    const r = await db.query<{ bsn: string }>(sql, [VORIG_JAAR]);
    return r.rows[0] ? [{ bsn: r.rows[0].bsn, waarom }] : [];
  };
  return [
    ...(await een(
      `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN vordering v ON v.huishouden_id = h.id
        WHERE v.jaar = $1 AND NOT EXISTS (SELECT 1 FROM betalingsregeling r WHERE r.huishouden_id = h.id)
          AND EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id AND b.jaar = $1 + 1 AND b.status = 'vastgesteld')
        ORDER BY v.bedrag DESC, h.id LIMIT 1`,
      `moet toeslag over ${VORIG_JAAR} terugbetalen (Wat moet ik terugbetalen?, Mijn brieven)`,
    )),
    ...(await een(
      `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN betalingsregeling r ON r.huishouden_id = h.id
        JOIN vordering v ON v.id = r.vordering_id WHERE v.jaar = $1 ORDER BY r.id LIMIT 1`,
      `betaalt toeslag over ${VORIG_JAAR} terug met een betalingsregeling (Wat moet ik terugbetalen?)`,
    )),
    ...(await een(
      `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN nabetaling n ON n.huishouden_id = h.id
        WHERE n.jaar = $1
          AND EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id AND b.jaar = $1 + 1 AND b.status = 'vastgesteld')
        ORDER BY n.bedrag DESC, h.id LIMIT 1`,
      `krijgt geld bij over ${VORIG_JAAR}: een nabetaling (Mijn brieven)`,
    )),
  ];
}
