/**
 * "Wat moet ik terugbetalen?" end to end in real Chromium on the real services (PGlite in memory),
 * after a settled year (twelve payments, the definitive run): the citizen with a recovery reaches
 * the page from the overview, sees the amount and the last day to pay, opens the letter with the
 * calculation, pays part and then the rest (simulated) until nothing is owed; an amount above what
 * is owed and text that is no amount are refused beside the field; a citizen without a recovery
 * reads that there is nothing to pay. Every page passes axe (WCAG 2.1 A/AA, no serious/critical)
 * with one h1 and lang nl; screenshots in test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { inloggenDigid, terugbetalenVan } from '@regelmaat/diensten';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { euroCenten } from '../opmaak';
import { checkAxe, type E2e, screenshot, startE2e, tabNaar } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let bsns: { metVordering: string; zonderVordering: string };
const T = 60_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db);
  bsns = await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 120_000);
afterAll(async () => {
  await e2e?.close();
  await db?.close();
});

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

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const tekstVan = async (page: Page) => nbsp((await page.locator('main').textContent()) ?? '');

async function betaal(page: Page, bedrag: string) {
  const veld = page.locator('section[data-vordering] input[name="bedrag"]').first();
  await veld.fill(bedrag);
  await veld.press('Enter');
}

describe('Wat moet ik terugbetalen?', () => {
  it(
    'shows what is owed and why, refuses a wrong amount, and payments bring it to zero',
    async () => {
      const ctx = () => ({
        sessie: inloggenDigid(t.o, { bsn: bsns.metVordering }).sessie,
        trace: nieuweTrace(),
      });
      const voor = await terugbetalenVan(t.o, ctx(), {});
      const v = voor.vorderingen[0]!;
      const page = await burger(bsns.metVordering);
      await tabNaar(page, 'a[href="/mijn/terugbetalen"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/terugbetalen$/);
      await toegankelijk(page, 'terugbetalen');
      let tekst = await tekstVan(page);
      expect(tekst).toContain(`U moet nog ${nbsp(euroCenten(voor.open))} terugbetalen.`);
      expect(tekst).toContain(`Daarom vragen wij ${nbsp(euroCenten(v.bedrag))} terug.`);
      expect(tekst).toContain('Wij vragen dit terug');

      // The letter with the calculation.
      const brief = page.locator(
        `section[data-vordering="${v.id}"] a[href="/mijn/brieven/${v.beschikkingId}"]`,
      );
      expect(await brief.count()).toBe(1);

      // More than is owed, and text that is no amount: refused beside the field, nothing booked.
      await betaal(page, String((v.saldo + 100) / 100).replace('.', ','));
      await page.waitForLoadState();
      tekst = await tekstVan(page);
      expect(tekst).toContain('Dit bedrag is hoger dan wat u nog moet terugbetalen.');
      await toegankelijk(page, 'terugbetalen-te-veel');
      await betaal(page, 'veel');
      await page.waitForLoadState();
      expect(await tekstVan(page)).toContain('Vul het bedrag in als bedrag in euro');
      expect((await terugbetalenVan(t.o, ctx(), {})).open).toBe(voor.open);

      // Part, then the rest.
      const deel = Math.floor(v.saldo / 200) * 100;
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      await betaal(page, String(deel / 100));
      await page.waitForURL(/betaald=1$/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('Wij hebben uw betaling ontvangen.');
      expect(tekst).toContain(`Nog te betalen: ${nbsp(euroCenten(v.saldo - deel))}.`);
      await toegankelijk(page, 'terugbetalen-deel-betaald');
      for (const x of (await terugbetalenVan(t.o, ctx(), {})).vorderingen) {
        if (x.saldo === 0) continue;
        await page.goto(`${e2e.url}/mijn/terugbetalen`);
        const veld = page.locator(`section[data-vordering="${x.id}"] input[name="bedrag"]`);
        await veld.fill(euroCenten(x.saldo).replace(/^€\s*/, ''));
        await veld.press('Enter');
        await page.waitForURL(/betaald=1$/);
      }
      tekst = await tekstVan(page);
      expect(tekst).toContain('U hoeft niets meer terug te betalen. U heeft alles betaald.');
      expect(await page.locator('section[data-vordering] input[name="bedrag"]').count()).toBe(0);
      await toegankelijk(page, 'terugbetalen-alles-betaald');
      expect((await terugbetalenVan(t.o, ctx(), {})).open).toBe(0);
    },
    T,
  );

  it(
    'a citizen without a recovery reads that there is nothing to pay back',
    async () => {
      const page = await burger(bsns.zonderVordering);
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      expect(await tekstVan(page)).toContain('U hoeft niets terug te betalen.');
      await toegankelijk(page, 'terugbetalen-niets');
    },
    T,
  );
});
