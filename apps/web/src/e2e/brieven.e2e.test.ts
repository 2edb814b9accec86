/**
 * Letters end to end in real Chromium on the real services (PGlite in memory): "Mijn brieven" and a
 * letter page pass axe (WCAG 2.1 A/AA, no serious/critical) with one h1 and lang nl; the PDF link
 * downloads the letter's PDF; another household's letter is a "not found" page; a citizen without
 * letters sees the empty state; a case worker sees the household's letters in the case view and
 * opens one. Screenshots go to test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { brievenVan, claimZaak, inloggenMedewerker, legMaatwerkbesluitVast } from '@regelmaat/diensten';
import type { TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, type E2e, screenshot, tabNaar } from './harness';
import { alsBurger, alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
let db: Db;
let t: TestOmgeving;
const T = 60_000;

beforeAll(async () => {
  omg = await startOpDiensten();
  ({ e2e, db, t } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

const burger = (bsn: string): Promise<Page> => alsBurger(e2e, bsn);

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}

describe('Mijn brieven', () => {
  it(
    'lists the letters by date, opens one as a page and downloads its PDF',
    async () => {
      const page = await burger(t.bsn1);
      await tabNaar(page, 'a[href="/mijn/brieven"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/brieven$/);
      await toegankelijk(page, 'mijn-brieven');
      const rijen = page.locator('tr[data-brief]');
      expect(await rijen.count()).toBeGreaterThan(0);
      expect(await rijen.first().textContent()).toMatch(/Voorschot .* 2026/);

      await tabNaar(page, 'tr[data-brief] th a');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/brieven\/\d+$/);
      await toegankelijk(page, 'mijn-brief');
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain('Bent u het niet eens met dit besluit?');
      expect(tekst).toMatch(/uiterlijk op \d{1,2} \w+ \d{4}|\d{1,2} \w+ \d{4}/);
      expect(await page.locator('main h2').count()).toBeGreaterThan(3);

      const pdfHref = (await page.locator('a[href$="/pdf"]').first().getAttribute('href'))!;
      const r = await page.request.get(e2e.url + pdfHref);
      expect(r.status()).toBe(200);
      expect(r.headers()['content-type']).toBe('application/pdf');
      expect((await r.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    T,
  );

  it(
    "another household's letter is not found, as a letter that does not exist",
    async () => {
      const ctx = {
        sessie: (await inloggenMedewerker(t.o, { gebruikersnaam: 'auditor-1', wachtwoord: 'demo-auditor-1' }))
          .sessie,
        trace: nieuweTrace(),
      };
      const vreemd = (await brievenVan(t.o, ctx, { bsn: t.bsn2 })).brieven[0]!.beschikkingId;
      const page = await burger(t.bsn1);
      for (const pad of [
        `/mijn/brieven/${vreemd}`,
        `/mijn/brieven/${vreemd}/pdf`,
        '/mijn/brieven/99999999',
      ]) {
        const r = await page.goto(e2e.url + pad);
        expect(r?.status(), pad).toBe(404);
        expect(await page.locator('h1').textContent()).not.toMatch(/Voorschot/);
      }
      await toegankelijk(page, 'mijn-brief-niet-gevonden');
    },
    T,
  );

  it(
    'a citizen without letters sees that there are none',
    async () => {
      const page = await burger('123456782');
      await page.goto(`${e2e.url}/mijn/brieven`);
      expect(await page.locator('main').textContent()).toContain(
        'Wij hebben u nog geen brieven over toeslagen gestuurd.',
      );
      await toegankelijk(page, 'mijn-brieven-leeg');
    },
    T,
  );
});

describe('case worker', () => {
  it(
    "sees the household's letters in the case view and opens one",
    async () => {
      const page = await alsMedewerker(e2e, 'behandelaar-1');
      await page.goto(`${e2e.url}/werk/zaken/${t.zaakId}`);
      expect(await page.locator('#brieven tr[data-brief]').count()).toBeGreaterThan(0);
      await checkAxe(page);
      await page.locator('#brieven tr[data-brief] th a').first().click();
      await page.waitForURL(/\/werk\/brieven\/\d+$/);
      await toegankelijk(page, 'werk-brief');
    },
    T,
  );

  it(
    'reads the letter of a maatwerk decision that waits for approval, before it is sent',
    async () => {
      const sessie = (
        await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
      ).sessie;
      const ctx = { sessie, trace: nieuweTrace() };
      const z = await claimZaak(t.o, ctx, t.zaakId, 1).catch(() => undefined);
      expect(z?.id ?? t.zaakId).toBe(t.zaakId);
      const u = await legMaatwerkbesluitVast(t.o, ctx, {
        zaakId: t.zaakId,
        regeling: 'zorgtoeslag',
        jaar: 2026,
        afwijking: { bedrag: 600_000 },
        grondslag: 'awir-13b',
        afweging: 'De gewone berekening pakt voor dit huishouden onevenredig hard uit.',
        vragen: { rechtvaardig: 'ja', samen: 'ja', aanspreekbaar: 'ja' },
        niveau: 'geval',
      });
      expect(u.besluit.status).toBe('wacht-op-goedkeuring');
      const rijenVoor = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM brief')).rows[0]!.n);
      const page = await alsMedewerker(e2e, 'behandelaar-1');
      await page.goto(`${e2e.url}/werk/zaken/${t.zaakId}`);
      await page.locator(`a[href="/werk/maatwerkbesluiten/${u.besluit.id}/brief"]`).click();
      await page.waitForURL(/\/brief$/);
      const tekst = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(tekst).toContain('nog niet verzonden');
      expect(tekst).toContain('De gewone berekening pakt voor dit huishouden onevenredig hard uit.');
      expect(tekst).toMatch(/vast op € 6\.000/);
      await toegankelijk(page, 'werk-maatwerk-brief-voorbeeld');
      const rijenNa = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM brief')).rows[0]!.n);
      expect(rijenNa).toBe(rijenVoor);
    },
    T,
  );
});
