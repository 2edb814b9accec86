/**
 * Test setup shared by the API and the web app: a database with the demo accounts, six households
 * with advance decisions for 2026, an open uitval case for household 1, household 2 as a client of
 * both demo childcare partners, household 3 as a tenant of the demo corporation and its applicant
 * insured with the demo insurer, and an Omgeving with a fixed clock and the DigiD simulation on.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '@regelmaat/db';
import { type NieuwHuishouden, schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden, testBsn, testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { legHuurcontractVast, legVerzekerdeVast } from '@regelmaat/partner-opslag';
import {
  DEMO_PARTNER,
  DEMO_PARTNER_2,
  DEMO_VERHUURDER,
  DEMO_ZORGVERZEKERAAR,
  koppelKlant,
  zaaiDemoAccounts,
} from '@regelmaat/toegang';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { maakZaak } from '@regelmaat/zaken';
import { type Omgeving, STANDAARD_INSTELLINGEN } from '../omgeving';
import { Simulaties } from '../simulaties';

export const NU = '2026-03-15T10:00:00.000Z';
export const SLEUTELS = {
  sessie: 'test-sessiesleutel-van-minstens-32-bytes-lang',
  pseudoniem: 'test-pseudoniemsleutel-van-minstens-32-bytes',
};

export interface TestOmgeving {
  o: Omgeving;
  /** Applicant of household 1 (partner, advance decisions, an open case) and of household 2. */
  bsn1: string;
  bsn2: string;
  /** The child of household 2 (a client of the demo partner). */
  kindBsn2: string;
  /** Id of the open uitval case of household 1. */
  zaakId: number;
}

/** The household of {@link opvangGezin}: id, the parent and the child. */
export const OPVANG_GEZIN = { id: 50, ouderBsn: testBsn(500), kindBsn: testBsn(502) } as const;

/**
 * A single parent (income € 28,000) with a child born 15 June 2023 in day care, 100 hours a month
 * at € 10 an hour, as she applied on 1 December 2025 — for partner reports (issue 16). Pass it to
 * {@link maakTestOmgeving} as an extra household so the advance run gives her an advance too.
 */
export function opvangGezin(): NieuwHuishouden {
  return alsNieuwHuishouden({
    id: OPVANG_GEZIN.id,
    invoer: {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1992-04-10', toetsingsinkomen: 28_000 },
      kinderen: [{ geboortedatum: '2023-06-15' }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10 }],
    },
    definitief: { aanvrager: 28_000 },
  });
}

export async function maakTestOmgeving(
  db: Db,
  klok: () => string = () => NU,
  opties: { extra?: readonly NieuwHuishouden[] } = {},
): Promise<TestOmgeving> {
  const w = wetgeving();
  await zaaiDemoAccounts(db);
  const dossiers = testDossiers(6);
  await db.transaction((tx) => schrijfHuishoudens(tx, [...dossiers, ...(opties.extra ?? [])]));
  const { run } = await startRun(db, { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z' }, w);
  await werk(db, run, w, geenUitval, { worker: 'test', logboek: { sleutel: SLEUTELS.pseudoniem } });
  const zaak = await maakZaak(
    db,
    {
      soort: 'uitval-controle',
      huishoudenId: dossiers[0]!.id,
      onderwerp: 'Inkomen wijkt af',
      redenen: ['SCHATTING_WIJKT_AF'],
      prioriteit: 2,
    },
    { id: 'systeem', rol: 'systeem' },
    NU,
  );
  await koppelKlant(db, DEMO_PARTNER.clientId, dossiers[1]!.id);
  // Household 2 is a client of the second demo provider too (two providers, one child: a conflict).
  await koppelKlant(db, DEMO_PARTNER_2.clientId, dossiers[1]!.id);
  // Household 3 (rent € 620) rents from the demo corporation; its applicant is insured with the demo insurer.
  await legHuurcontractVast(db, DEMO_VERHUURDER.clientId, dossiers[2]!.id, NU);
  await legVerzekerdeVast(db, DEMO_ZORGVERZEKERAAR.clientId, dossiers[2]!.bsnAanvrager, NU);
  const o: Omgeving = {
    db,
    wetgeving: w,
    klok,
    sleutels: SLEUTELS,
    instellingen: { ...STANDAARD_INSTELLINGEN, digidSimulatie: true, goedkeuringsdrempel: 50_000 },
    // Small and in this thread: a run of 300 synthetic households (the snapshot kept in tmp).
    simulaties: new Simulaties({
      huishoudens: 300,
      seed: 1,
      momentopnamePad: join(tmpdir(), 'regelmaat-test-simulatie-2026-s1-n300.kolommen'),
    }),
  };
  return {
    o,
    bsn1: dossiers[0]!.bsnAanvrager,
    bsn2: dossiers[1]!.bsnAanvrager,
    kindBsn2: testBsn(dossiers[1]!.id * 10 + 2),
    zaakId: zaak.id,
  };
}

/**
 * A lighter setup for front-end tests that need the services but no dossier: the demo accounts
 * only, with the same fixed clock, keys and settings (DigiD simulation on).
 */
export async function maakKaleTestOmgeving(db: Db, klok: () => string = () => NU): Promise<Omgeving> {
  await zaaiDemoAccounts(db);
  return {
    db,
    wetgeving: wetgeving(),
    klok,
    sleutels: SLEUTELS,
    instellingen: { ...STANDAARD_INSTELLINGEN, digidSimulatie: true, goedkeuringsdrempel: 50_000 },
  };
}

export { rekenJaarAf } from './afgerekend-jaar';
export { huurderGezin, koppelHuurders, koppelVerzekerden } from './huurder';
export { VIERDE_VERJAARDAG, vierdeVerjaardagGezin } from './vierde-verjaardag';
