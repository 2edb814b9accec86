/**
 * Issue 17's workspace additions in real Chromium with axe (WCAG 2.1 A/AA, no serious/critical) on
 * the real services: the queue with the household column and the saved filter, suspending and
 * resuming a case on the case page, the team-lead overview and bulk reassignment with the cases
 * waiting for approval, the citizen's contacts on "Mijn vragen en zaken", and the short pages
 * (login, 404, 403) whose header and demo banner keep their own height; the 403's way on leads to
 * the policy analyst's start page, not back to itself. Screenshots in
 * test-results/screenshots/ (werkplek-*).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, screenshot } from './harness';
import { alsBurger, alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let s: E2eOpDiensten;
const T = 120_000;

beforeAll(async () => {
  s = await startOpDiensten();
}, 240_000);
afterAll(async () => {
  await s?.close();
});

const tekst = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function bekijk(page: Page, naam: string) {
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, `werkplek-${naam}`);
}

async function klik(page: Page, selector: string, url: RegExp) {
  await Promise.all([page.waitForURL(url), page.locator(selector).first().click()]);
}

describe('issue 17: the workspace', () => {
  it(
    'a case worker sees the household type, suspends a case with a reason and a date, and resumes it',
    async () => {
      const page = await alsMedewerker(s.e2e, 'behandelaar-1');
      await page.goto(`${s.e2e.url}/werk?lijst=team`);
      expect(await tekst(page, `tr[data-zaak="${s.t.zaakId}"]`)).toContain('Paar');
      await bekijk(page, 'wachtrij');
      const pad = `/werk/zaken/${s.t.zaakId}`;
      await page.goto(`${s.e2e.url}${pad}`);
      await klik(page, `main form[action="${pad}/claim"] button`, /gedaan=geclaimd/);
      await page.fill('#veld-reden', 'Loonstroken opgevraagd bij de burger');
      await page.fill('#veld-tot', '2026-03-29');
      await klik(page, `main form[action="${pad}/opschorten"] button`, /gedaan=opgeschort/);
      expect(await tekst(page, '[data-testid="opschorting"]')).toBe(
        'Sinds 15 maart 2026, tot 29 maart 2026. Reden: Loonstroken opgevraagd bij de burger',
      );
      expect(await tekst(page, 'main')).toContain('12 april 2026 (opgeschort tot 29 maart 2026)');
      await bekijk(page, 'opgeschort');
      await klik(page, `main form[action="${pad}/hervatten"] button`, /gedaan=hervat/);
      expect(await page.locator('[data-testid="opschorting"]').count()).toBe(0);
    },
    T,
  );

  it(
    'a team lead sees the overview per team and the cases waiting for approval',
    async () => {
      const page = await alsMedewerker(s.e2e, 'teamleider-1', { breedte: 1400 });
      await klik(page, 'main a[href="/werk/overzicht"]', /\/werk\/overzicht$/);
      expect(await tekst(page, 'tr[data-regel="uitval/uitval-controle"]')).toContain('Controle na uitval');
      await bekijk(page, 'overzicht');
      await page.goto(`${s.e2e.url}/werk/herverdelen`);
      expect(await tekst(page, 'main')).toContain('Wachten op goedkeuring');
      await bekijk(page, 'herverdelen');
    },
    T,
  );

  it(
    'the citizen sees the contact the case worker logged',
    async () => {
      const beh = await alsMedewerker(s.e2e, 'behandelaar-2');
      const pad = `/werk/zaken/${s.t.zaakId}`;
      await beh.goto(`${s.e2e.url}${pad}`);
      await beh.selectOption('#veld-kanaal', 'telefoon');
      await beh.locator('input[name="richting"][value="uitgaand"]').check();
      await beh.fill('#veld-onderwerp', 'Uw inkomen');
      await beh.fill('#veld-contactUitkomst', 'U stuurt ons uw jaaropgave.');
      await klik(beh, `main form[action="${pad}/contact"] button`, /gedaan=contact/);
      const burger = await alsBurger(s.e2e, s.t.bsn1);
      await burger.goto(`${s.e2e.url}/mijn/zaken`);
      expect(await tekst(burger, 'section[aria-labelledby="contact-kop"]')).toContain(
        'U stuurt ons uw jaaropgave.',
      );
      await bekijk(burger, 'mijn-contacten');
    },
    T,
  );

  it(
    'short pages keep the header and the demo banner at their own height',
    async () => {
      const page = await s.e2e.nieuwePagina();
      for (const [pad, naam] of [
        ['/medewerker/inloggen', 'kort-inloggen'],
        ['/bestaat-niet', 'kort-404'],
      ] as const) {
        await page.goto(`${s.e2e.url}${pad}`);
        const kop = await page.locator('header.rm-header').boundingBox();
        const banner = await page.locator('.rm-banner').boundingBox();
        expect(kop!.height).toBeLessThan(160);
        expect(banner!.height).toBeLessThan(120);
        await bekijk(page, naam);
      }
      // A 403: the policy analyst opens the approvals; the way on leads to their start page, no loop.
      const beleid = await alsMedewerker(s.e2e, 'beleidsmedewerker-1');
      const r = await beleid.goto(`${s.e2e.url}/werk/goedkeuren`);
      expect(r?.status()).toBe(403);
      expect((await beleid.locator('header.rm-header').boundingBox())!.height).toBeLessThan(160);
      expect((await beleid.locator('.rm-banner').boundingBox())!.height).toBeLessThan(120);
      expect(await beleid.locator('h1').textContent()).toContain('U mag dit niet zien');
      await bekijk(beleid, 'kort-403');
      await Promise.all([
        beleid.waitForURL(/\/werk\/signalen$/),
        beleid.locator('main a[href="/werk"]').click(),
      ]);
      expect(await beleid.locator('h1').textContent()).not.toContain('U mag dit niet zien');
    },
    T,
  );
});
