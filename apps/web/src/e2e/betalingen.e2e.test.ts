/**
 * "Mijn betalingen" end to end in real Chromium on the real services (PGlite in memory), on 15
 * March 2026 with the advance run done and no payment run yet: the citizen reaches the page from
 * the overview by keyboard, sees nothing paid yet and the planned advances April–December each with
 * its date ("rond 20 maart 2026") and amount, adding up to the advance decisions in force; a
 * citizen without toeslagen sees the empty state. axe (WCAG 2.1 A/AA) on both; screenshots in
 * test-results/screenshots/.
 */
import { inloggenDigid, overzicht } from '@regelmaat/diensten';
import type { TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, type E2e, screenshot, tabNaar } from './harness';
import { alsBurger, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
let t: TestOmgeving;
const T = 90_000;

beforeAll(async () => {
  omg = await startOpDiensten();
  ({ e2e, t } = omg);
}, 500_000);
afterAll(async () => {
  await omg?.close();
});

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}

const tekst = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('Mijn betalingen', () => {
  it(
    'shows the planned advances with their dates and amounts; nothing paid yet',
    async () => {
      const page = await alsBurger(e2e, t.bsn1);
      await tabNaar(page, 'a[href="/mijn/betalingen"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/betalingen$/);
      await toegankelijk(page, 'mijn-betalingen');
      const main = await tekst(page);
      expect(main).toContain('Wij hebben u dit jaar nog niets betaald.');
      const gepland = page.locator('tr[data-betaling="gepland"]');
      const ctx = { sessie: inloggenDigid(t.o, { bsn: t.bsn1 }).sessie, trace: nieuweTrace() };
      const o = await overzicht(t.o, ctx, {});
      // April to December of every toeslag with an advance (March was paid around 20 February).
      const metVoorschot = o.toeslagen.filter((x) => x.jaarbedrag > 0);
      expect(await gepland.count()).toBe(metVoorschot.length * 9);
      expect(await gepland.first().textContent()).toContain('rond 20 maart 2026');
      expect(main).toContain('voorschot voor april');
      expect(main).toContain('voorschot voor december');
      expect(main).not.toContain('voorschot voor maart');
    },
    T,
  );

  it(
    'a citizen without toeslagen sees that there are no payments',
    async () => {
      const page = await alsBurger(e2e, '123456782');
      await page.goto(`${e2e.url}/mijn/betalingen`);
      expect(await tekst(page)).toContain(
        'Wij hebben u dit jaar niets betaald en er staan geen betalingen gepland.',
      );
      await toegankelijk(page, 'mijn-betalingen-leeg');
    },
    T,
  );
});
