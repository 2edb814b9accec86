/**
 * Partner reports that tell (issue 16) end to end in real Chromium on the real services (PGlite in
 * memory): a childcare provider deregisters a child through the service; the parent logs in, finds
 * "Mijn berichten" with one new message, opens it by keyboard — who reported it, from which month
 * the childcare no longer counts, the new amounts, the recovery avoided, the letter, and what to do
 * if it is wrong — and the list then shows it read. A report that contradicts her shows the both
 * values and that nothing changed. Every page passes axe (WCAG 2.1 A/AA) with one h1 and lang nl;
 * screenshots go to test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { inloggenPartner, meldOpvanguren } from '@regelmaat/diensten';
import { maakTestOmgeving, OPVANG_GEZIN, opvangGezin, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_PARTNER, koppelKlant } from '@regelmaat/toegang';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { checkAxe, type E2e, screenshot, startE2e, tabNaar } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
const T = 60_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, undefined, { extra: [opvangGezin()] });
  await koppelKlant(db, DEMO_PARTNER.clientId, OPVANG_GEZIN.id);
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 90_000);
afterAll(async () => {
  await e2e?.close();
  await db?.close();
});

async function meld(body: Record<string, unknown>) {
  const sessie = (
    await inloggenPartner(t.o, { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret })
  ).sessie;
  return meldOpvanguren(
    t.o,
    { sessie, trace: nieuweTrace() },
    {
      kindBsn: OPVANG_GEZIN.kindBsn,
      jaar: 2026,
      soort: 'dagopvang',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      ...body,
    },
  );
}

async function burger(bsn: string): Promise<Page> {
  const page = await e2e.nieuwePagina();
  await page.goto(`${e2e.url}/inloggen`);
  await tabNaar(page, '#veld-bsn');
  await page.keyboard.type(bsn);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/mijn$/);
  return page;
}

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}

describe('Mijn berichten', () => {
  it(
    'a deregistration by the provider: one new message, opened by keyboard, then read',
    async () => {
      const uit = await meld({
        meldingId: 'e2e-1',
        opgesteldOp: '2026-03-15T09:00:00Z',
        einddatum: '2026-04-30',
      });
      expect(uit.uitkomst).toBe('herberekend');

      const page = await burger(OPVANG_GEZIN.ouderBsn);
      await tabNaar(page, 'a[href="/mijn/berichten"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/berichten$/);
      await toegankelijk(page, 'mijn-berichten');
      const rij = page.locator('tr[data-bericht]');
      expect(await rij.count()).toBe(1);
      expect(await rij.getAttribute('data-gelezen')).toBe('nee');
      expect(await rij.textContent()).toContain('Nieuw');

      await tabNaar(page, 'tr[data-bericht] th a');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/berichten\/\d+$/);
      await toegankelijk(page, 'mijn-bericht-uitschrijving');
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain(
        `${DEMO_PARTNER.naam} heeft ons laten weten dat de opvang van uw kind stopt op 30 april 2026.`,
      );
      expect(tekst).toContain('Vanaf mei 2026 telt deze opvang niet meer mee voor uw kinderopvangtoeslag.');
      expect(tekst).toMatch(/Per jaar: eerst €\s[\d.]+, nu €\s[\d.]+\./);
      expect(await page.locator('[data-zin="voorkomen"]').textContent()).toMatch(
        /Omdat wij dit nu weten, hoeft u na het jaar €\s[\d.]+ minder terug te betalen\./,
      );
      expect(tekst).toContain('U krijgt hierover ook een brief.');
      expect(tekst).toContain('Klopt dit niet?');

      await page.goto(`${e2e.url}/mijn/berichten`);
      expect(await page.locator('tr[data-bericht]').getAttribute('data-gelezen')).toBe('ja');
    },
    T,
  );

  it(
    'a report that contradicts her: both values, and that nothing changed',
    async () => {
      const uit = await meld({
        meldingId: 'e2e-2',
        opgesteldOp: '2026-03-15T09:30:00Z',
        uren: [100, 40, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      });
      expect(uit.uitkomst).toBe('afwijking');
      const page = await burger(OPVANG_GEZIN.ouderBsn);
      await page.goto(`${e2e.url}/mijn/berichten`);
      expect(await page.locator('tr[data-bericht]').count()).toBe(2);
      await page.locator('tr[data-bericht][data-gelezen="nee"] th a').click();
      await page.waitForURL(/\/mijn\/berichten\/\d+$/);
      await toegankelijk(page, 'mijn-bericht-afwijking');
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain('februari: u gaf 100 uur door, de opvang 40 uur.');
      expect(tekst).toContain('Wij hebben niets aan uw toeslag veranderd.');
    },
    T,
  );

  it(
    "another household's message is not found",
    async () => {
      const page = await burger(t.bsn1);
      const r = await page.goto(`${e2e.url}/mijn/berichten/1`);
      expect(r?.status()).toBe(404);
      await toegankelijk(page, 'mijn-bericht-niet-gevonden');
    },
    T,
  );
});
