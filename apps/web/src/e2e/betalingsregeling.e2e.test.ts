/**
 * Payment plans end to end in real Chromium on the real services (PGlite in memory), after a settled
 * year: the citizen with a recovery sees the ways to pay with the standard plan's preview, opens the
 * personal plan, is told beside each field what is missing, enters income and fixed costs, sees the
 * preview (what they can miss, what is left to live on, the monthly amount and months) and only then
 * agrees it with one button; the page then shows the plan and its standing, and payments of each
 * term bring the balance to zero. Another household's recovery is not found. Every page passes axe
 * (WCAG 2.1 A/AA) with one h1 and lang nl; screenshots in test-results/screenshots/ and /tmp.
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
import { alsMedewerker } from './op-diensten';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let bsns: { metVordering: string; zonderVordering: string };
const T = 90_000;
const NU = '2027-01-20T10:00:00.000Z';

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, () => NU);
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
  await page.screenshot({ path: `/tmp/invordering-${naam}.png`, fullPage: true });
}

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const tekstVan = async (page: Page) => nbsp((await page.locator('main').textContent()) ?? '');

describe('Betalingsregeling', () => {
  it(
    'the citizen previews a personal plan, agrees it, and pays it term by term to zero',
    async () => {
      const ctx = () => ({
        sessie: inloggenDigid(t.o, { bsn: bsns.metVordering }).sessie,
        trace: nieuweTrace(),
      });
      const v = (await terugbetalenVan(t.o, ctx(), {})).vorderingen[0]!;
      const page = await burger(bsns.metVordering);
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      let tekst = await tekstVan(page);
      expect(tekst).toContain('Hoe kunt u betalen?');
      if (v.standaard) {
        expect(tekst).toContain(
          `U betaalt ${v.standaard.termijnen.length} keer. Elke maand ${nbsp(euroCenten(v.standaard.maandbedrag))}.`,
        );
        expect(tekst).toContain('U begint in februari 2027.');
      }
      await toegankelijk(page, 'regeling-opties');

      await page.click(`a[href="/mijn/terugbetalen/${v.id}/persoonlijk"]`);
      await page.waitForURL(/\/persoonlijk$/);
      await toegankelijk(page, 'regeling-formulier');
      // Nothing filled in: every field says what is missing; nothing is agreed.
      await page.click('button[value="bekijk"]');
      await page.waitForLoadState();
      tekst = await tekstVan(page);
      expect(tekst).toContain('Woont u alleen of samen?');
      expect(tekst).toContain('Vul wat u per maand krijgt in');
      await toegankelijk(page, 'regeling-fouten');

      await page.check('#veld-leefsituatie');
      await page.fill('#veld-inkomen', '1.800');
      await page.fill('#veld-woonlasten', '400');
      await page.fill('#veld-zorgkosten', '120');
      await page.fill('#veld-overigeLasten', '0');
      await page.click('button[value="bekijk"]');
      await page.waitForSelector('[data-voorbeeld]');
      tekst = await tekstVan(page);
      const capaciteit = 180_000 - 40_000 - 12_000 - 115_600;
      expect(tekst).toContain(`U kunt ${nbsp(euroCenten(capaciteit))} per maand missen.`);
      expect(tekst).toContain(`Wij laten u elke maand ${nbsp(euroCenten(115_600))} om van te leven.`);
      expect(tekst).toContain('U begint in februari 2027.');
      await toegankelijk(page, 'regeling-voorbeeld');
      expect((await terugbetalenVan(t.o, ctx(), {})).vorderingen[0]!.betalingsregeling).toBeNull();

      await page.click('button[value="akkoord"]');
      await page.waitForURL(/regeling=1$/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('U heeft een betalingsregeling.');
      expect(tekst).toContain('U betaalt met een betalingsregeling');
      await toegankelijk(page, 'regeling-gekozen');
      const r = (await terugbetalenVan(t.o, ctx(), {})).vorderingen[0]!.betalingsregeling!;
      expect(r).toMatchObject({ soort: 'persoonlijk', maandbedrag: Math.min(capaciteit, v.saldo) });

      // Each term paid (simulated), until the plan is done.
      let saldo = v.saldo;
      for (let i = 0; i < r.termijnen; i++) {
        const bedrag = Math.min(r.maandbedrag, saldo - r.rest);
        await page.goto(`${e2e.url}/mijn/terugbetalen`);
        const veld = page.locator(`section[data-vordering="${v.id}"] input[name="bedrag"]`);
        await veld.fill(euroCenten(bedrag).replace(/^€\s*/, ''));
        await veld.press('Enter');
        await page.waitForURL(/betaald=1$/);
        saldo -= bedrag;
      }
      tekst = await tekstVan(page);
      expect(tekst).toContain('U heeft alles van de regeling betaald.');
      await toegankelijk(page, 'regeling-klaar');
      expect((await terugbetalenVan(t.o, ctx(), {})).vorderingen[0]!.saldo).toBe(r.rest);
    },
    T,
  );

  it(
    'another household’s recovery has no plan page (not found)',
    async () => {
      const v = (
        await terugbetalenVan(
          t.o,
          { sessie: inloggenDigid(t.o, { bsn: bsns.metVordering }).sessie, trace: nieuweTrace() },
          {},
        )
      ).vorderingen[0]!;
      const page = await burger(bsns.zonderVordering);
      const antwoord = await page.goto(`${e2e.url}/mijn/terugbetalen/${v.id}/persoonlijk`);
      expect(antwoord?.status()).toBe(404);
    },
    T,
  );

  it(
    'the team lead sees the counts and the household’s ledger and plan; the read is logged',
    async () => {
      const page = await alsMedewerker(e2e, 'teamleider-4');
      await page.goto(`${e2e.url}/werk/invordering`);
      let tekst = await tekstVan(page);
      expect(tekst).toContain('Cijfers van het team');
      expect(await page.locator('[data-cijfers] tr').count()).toBeGreaterThan(5);
      await toegankelijk(page, 'werk-invordering');
      await page.fill('#veld-bsn', bsns.metVordering);
      await page.press('#veld-bsn', 'Enter');
      await page.waitForURL(/bsn=/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('Betalingsregeling (persoonlijk)');
      expect(tekst).toContain('Grootboek van');
      await toegankelijk(page, 'werk-invordering-huishouden');
      const log = await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM verwerking WHERE name = 'terugvordering bekijken'",
      );
      expect(Number(log.rows[0]!.n)).toBeGreaterThan(0);
    },
    T,
  );

  it(
    'a case worker on the phone previews and records a personal plan for the person',
    async () => {
      // A recovery of the second household, booked by hand as the definitive run would.
      await db.query(
        `WITH b AS (SELECT b.id, b.huishouden_id, b.regeling, b.jaar FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
                     WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1),
              v AS (INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
                    SELECT id, huishouden_id, regeling, jaar, 160000, DATE '2026-12-01', DATE '2027-01-12', $2 FROM b RETURNING id, huishouden_id)
         INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op)
         SELECT id, huishouden_id, 'vordering', 160000, DATE '2026-12-01', $2 FROM v`,
        [bsns.zonderVordering, NU],
      );
      const page = await alsMedewerker(e2e, 'behandelaar-4');
      await page.goto(`${e2e.url}/werk/invordering?bsn=${bsns.zonderVordering}`);
      await page.check('#veld-leefsituatie');
      await page.fill('#veld-inkomen', '2.400');
      await page.fill('#veld-woonlasten', '750');
      await page.fill('#veld-zorgkosten', '150');
      await page.fill('#veld-overigeLasten', '100');
      await page.click('button[value="bekijk"]');
      await page.waitForLoadState();
      let tekst = await tekstVan(page);
      const capaciteit = 240_000 - 75_000 - 15_000 - 10_000 - 115_600;
      expect(tekst).toContain(`capaciteit ${nbsp(euroCenten(capaciteit))} per maand`);
      await toegankelijk(page, 'werk-invordering-telefoon');
      await page.click('button[value="vastleggen"]');
      await page.waitForURL(/vastgelegd=1/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('De betalingsregeling is vastgelegd.');
      expect(tekst).toContain('door medewerker:m-behandelaar-4');
      await toegankelijk(page, 'werk-invordering-vastgelegd');
    },
    T,
  );
});
