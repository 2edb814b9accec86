/**
 * @module
 * The web app on the real services for end-to-end tests: an in-memory PGlite database with the
 * services' test environment (two households, a case, demo staff), served by `maakWebServer` with
 * the DigiD simulation, and logging in as a citizen or a staff member the way a person does.
 */
import { type Db, openDb } from '@regelmaat/db';
import type { Omgeving } from '@regelmaat/diensten';
import { maakTestOmgeving, type TestOmgeving } from '@regelmaat/diensten/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import type { Page } from 'playwright-core';
import { maakWebServer } from '../diensten/server';
import { type E2e, startE2e, tabNaar } from './harness';

export interface E2eOpDiensten {
  readonly e2e: E2e;
  readonly db: Db;
  readonly t: TestOmgeving;
  close(): Promise<void>;
}

/** Starts the services' test environment and the web app on it; `omgeving` may adjust what the server uses. */
export async function startOpDiensten(
  omgeving: (o: Omgeving) => Omgeving = (o) => o,
): Promise<E2eOpDiensten> {
  const db = await openDb({ dataDir: 'memory://' });
  const t = await maakTestOmgeving(db);
  const e2e = await startE2e({}, () => maakWebServer(omgeving(t.o), { digidSimulatie: true }));
  return {
    e2e,
    db,
    t,
    async close() {
      await e2e.close();
      await db.close();
    },
  };
}

/** A citizen logs in with the DigiD simulation by keyboard alone and lands on "Mijn toeslagen". */
export async function alsBurger(e2e: E2e, bsn: string): Promise<Page> {
  const page = await e2e.nieuwePagina();
  await page.goto(`${e2e.url}/inloggen`);
  await tabNaar(page, '#veld-bsn');
  await page.keyboard.type(bsn);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/mijn$/);
  return page;
}

/**
 * A demo staff member logs in by keyboard alone (Tab to each field, type, Enter) and lands on their
 * start page: the work queue, for the policy analyst the signal inbox, for the auditor /controle.
 */
export async function alsMedewerker(
  e2e: E2e,
  gebruikersnaam: string,
  opties: { breedte?: number } = {},
): Promise<Page> {
  const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === gebruikersnaam);
  if (!a) throw new Error(`No demo account named ${gebruikersnaam}`);
  const page = await e2e.nieuwePagina(opties);
  await page.goto(`${e2e.url}/medewerker/inloggen`);
  await tabNaar(page, '#veld-naam');
  await page.keyboard.type(a.gebruikersnaam);
  await tabNaar(page, '#veld-wachtwoord');
  await page.keyboard.type(a.wachtwoord);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/(werk(\/signalen)?|controle)$/);
  return page;
}
