/**
 * Maatwerk level 2 end to end in real Chromium on the real services (issue 17): a case worker of
 * team uitval decides a deviation "for comparable cases"; the team lead approves it and opens the
 * level-2 page from the case, which lists the case with the same rules (with its reasons) to
 * propose and, below, the case that shares a rule but misses another (not offered, with the rule it
 * misses); the team lead proposes; the proposer cannot review their own proposal; the case's own
 * behandelaar reviews it and it is applied. axe (WCAG 2.1 A/AA, no serious/critical) on every page
 * and a screenshot of each in test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { maakTestOmgeving, type TestOmgeving } from '@regelmaat/diensten/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { checkAxe, type E2e, screenshot, startE2e } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let basis: number;
let gelijk: number;
/** A regeling both households have an advance of (the form and applying need each one's standard outcome). */
let regeling: string;
const T = 180_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db);
  // Two households (not that of the setup's own case) with an advance of the same regeling: the
  // form needs the first one's standard outcome, applying the remedy the second one's.
  const paar = (
    await db.query<{ a: string; b: string; regeling: string }>(
      `SELECT x.huishouden_id AS a, y.huishouden_id AS b, x.regeling FROM beschikking x
         JOIN beschikking y ON y.regeling = x.regeling AND y.jaar = x.jaar AND y.huishouden_id > x.huishouden_id
        WHERE x.jaar = 2026 AND x.status = 'vastgesteld' AND y.status = 'vastgesteld'
          AND NOT EXISTS (SELECT 1 FROM zaak z WHERE z.id = $1 AND z.huishouden_id IN (x.huishouden_id, y.huishouden_id))
        ORDER BY x.huishouden_id, y.huishouden_id, x.regeling LIMIT 1`,
      [t.zaakId],
    )
  ).rows[0]!;
  const systeem = { id: 'systeem', rol: 'systeem' };
  const zaak = async (huishoudenId: number) =>
    (
      await maakZaak(
        db,
        {
          soort: 'uitval-controle',
          huishoudenId,
          onderwerp: 'Inkomen wijkt af, vermogen dicht bij de grens',
          redenen: ['SCHATTING_WIJKT_AF', 'VERMOGEN_RAND'],
        },
        systeem,
        t.o.klok(),
      )
    ).id;
  // The test setup's own case (t.zaakId, household 1) has SCHATTING_WIJKT_AF only: not comparable.
  basis = await zaak(Number(paar.a));
  gelijk = await zaak(Number(paar.b));
  regeling = paar.regeling;
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 240_000);
afterAll(async () => {
  await e2e?.close();
  await db?.close();
});

const tekst = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function bekijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}

async function inloggen(gebruikersnaam: string): Promise<Page> {
  const page = await e2e.nieuwePagina();
  const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === gebruikersnaam)!;
  await page.goto(`${e2e.url}/medewerker/inloggen`);
  await page.fill('#veld-naam', a.gebruikersnaam);
  await page.fill('#veld-wachtwoord', a.wachtwoord);
  await Promise.all([page.waitForURL(/\/werk$/), page.press('#veld-wachtwoord', 'Enter')]);
  return page;
}

async function klik(page: Page, selector: string, url: RegExp) {
  await Promise.all([page.waitForURL(url), page.locator(selector).first().click()]);
}

describe('issue 17: maatwerk level 2', () => {
  it(
    'a level-2 decision lists comparable cases with reasons and a not comparable one with why; proposed and applied per case',
    async () => {
      // The case worker records a deviation for comparable cases; it waits for a team lead.
      const beh = await inloggen('behandelaar-1');
      await beh.goto(`${e2e.url}/werk/zaken/${basis}`);
      await klik(beh, `main form[action="/werk/zaken/${basis}/claim"] button`, /gedaan=geclaimd/);
      await beh.goto(`${e2e.url}/werk/zaken/${basis}/maatwerk?regeling=${regeling}`);
      const standaard = Number(await beh.getAttribute('#standaarduitkomst', 'data-bedrag')) / 100;
      await beh.fill('#veld-afwijking', String(standaard + 60).replace('.', ','));
      await beh.locator('input[name="grondslag"]').first().check();
      await beh.fill(
        '#veld-afweging',
        'De regels samen houden het voorschot te laag; dat geldt ook voor anderen.',
      );
      await beh.fill('#veld-rechtvaardig', 'Ja: het komt door de regels samen.');
      await beh.fill('#veld-samen', 'Ja: vergelijkbare zaken krijgen hetzelfde.');
      await beh.fill('#veld-aanspreekbaar', 'Ja: klein en uitgelegd.');
      await beh.locator('input[name="niveau"][value="vergelijkbaar"]').check();
      await Promise.all([
        beh.waitForLoadState('load'),
        beh.locator('main button[value="vastleggen"]').click(),
      ]);
      await beh.locator('h1', { hasText: 'wacht op goedkeuring' }).waitFor();

      // The team lead approves it and opens the level-2 page from the case.
      const leider = await inloggen('teamleider-1');
      await leider.goto(`${e2e.url}/werk/goedkeuren`);
      const besluitId = Number(await leider.locator('[data-besluit]').first().getAttribute('data-besluit'));
      expect(besluitId).toBeGreaterThan(0);
      await klik(
        leider,
        `form[action="/werk/goedkeuren/${besluitId}"]:has(input[value="goed"]) button`,
        /gedaan=goed/,
      );
      await leider.goto(`${e2e.url}/werk/zaken/${basis}`);
      await klik(leider, `a[href="/werk/maatwerkbesluiten/${besluitId}/vergelijkbaar"]`, /\/vergelijkbaar$/);
      const rij = await tekst(leider, `[data-vergelijkbaar="${gelijk}"]`);
      expect(rij).toContain(`Zaak ${gelijk}`);
      expect(rij).toContain('(SCHATTING_WIJKT_AF)');
      expect(rij).toContain('(VERMOGEN_RAND)');
      expect(rij).not.toContain('ontbreekt');
      expect(await leider.locator('[data-vergelijkbaar]').count()).toBe(1);
      expect(await leider.locator(`[data-vergelijkbaar="${t.zaakId}"]`).count()).toBe(0);
      const niet = await tekst(leider, `[data-niet-vergelijkbaar="${t.zaakId}"]`);
      expect(niet).toContain('Deze regel ontbreekt:');
      expect(niet).toContain('(VERMOGEN_RAND)');
      expect(
        await leider.locator(`[data-niet-vergelijkbaar="${t.zaakId}"] [data-reden-ok="false"]`).count(),
      ).toBe(1);
      expect(await tekst(leider, 'main')).toContain('Niet vergelijkbare open zaken: 1, met de reden');
      await bekijk(leider, 'niveau2-vergelijkbaar');

      // The team lead proposes the remedy for the comparable case, and may not review it.
      await leider.locator(`#zaak-${gelijk}`).check();
      await klik(leider, `main form[action$="/toepassingen"] button`, /gedaan=voorgesteld/);
      expect(await tekst(leider, '[data-toepassing]')).toContain('Voorgesteld, wacht op beoordeling');
      expect(await tekst(leider, '[data-toepassing]')).toContain('een ander beoordeelt het');
      expect(await leider.locator('[data-toepassing] form').count()).toBe(0);
      await bekijk(leider, 'niveau2-voorgesteld');

      // The comparable case's own behandelaar reviews and applies it.
      const b2 = await inloggen('behandelaar-2');
      await b2.goto(`${e2e.url}/werk/zaken/${gelijk}`);
      await klik(b2, `main form[action="/werk/zaken/${gelijk}/claim"] button`, /gedaan=geclaimd/);
      await b2.goto(`${e2e.url}/werk/maatwerkbesluiten/${besluitId}/vergelijkbaar`);
      await b2.locator('[data-toepassing] input[value="toegepast"]').check();
      await b2.locator('[data-toepassing] textarea').fill('Zelfde regels, zelfde situatie.');
      await klik(b2, '[data-toepassing] form button', /gedaan=beoordeeld/);
      const uit = await tekst(b2, '[data-toepassing]');
      expect(uit).toContain('Toegepast');
      expect(uit).toContain('Zelfde regels, zelfde situatie.');
      await bekijk(b2, 'niveau2-toegepast');
    },
    T,
  );
});
