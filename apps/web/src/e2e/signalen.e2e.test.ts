/**
 * Issue 17 end to end in real Chromium on the real services (PGlite in memory): a case worker of
 * team Klantcontact opens a call-back case from the queue and sees the number and preferred time;
 * a level-3 maatwerk decision raises a signal; the team lead routes it; the policy analyst, whose
 * start page is the signal inbox (no 403), answers it seeing the example case under a pseudonym
 * only; the case worker sees the answer. axe (WCAG 2.1 A/AA, no serious/critical) on every page and
 * a screenshot of each in test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { inloggenDigid, vraagTerugbellen } from '@regelmaat/diensten';
import { maakTestOmgeving, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { checkAxe, type E2e, screenshot, startE2e } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let terugbelZaak: number;
let maatwerkZaak: number;
const T = 120_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db);
  const burger = { sessie: inloggenDigid(t.o, { bsn: t.bsn2 }).sessie, trace: nieuweTrace() };
  terugbelZaak = (
    await vraagTerugbellen(t.o, burger, {
      onderwerp: 'Vraag over de opvanguren',
      telefoon: '06 1234 5678',
      voorkeur: 'middag',
    })
  ).id;
  maatwerkZaak = (
    await maakZaak(
      db,
      {
        soort: 'maatwerk-verzoek',
        huishoudenId: 1,
        onderwerp: 'Verzoek om maatwerk',
        redenen: ['SCHATTING_WIJKT_AF'],
      },
      { id: 'systeem', rol: 'systeem' },
      t.o.klok(),
    )
  ).id;
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 90_000);
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
  await Promise.all([page.waitForURL(/\/werk(\/signalen)?$/), page.press('#veld-wachtwoord', 'Enter')]);
  return page;
}

async function klik(page: Page, selector: string, url: RegExp) {
  await Promise.all([page.waitForURL(url), page.locator(selector).first().click()]);
}

describe('issue 17: call-back and signals', () => {
  it(
    'a Klantcontact case worker opens the call-back case from the queue and sees the number',
    async () => {
      const page = await inloggen('behandelaar-4');
      await klik(page, 'main a[href="/werk?lijst=team"]', /lijst=team/);
      expect(await tekst(page, 'main')).toContain('Team: Klantcontact.');
      await bekijk(page, 'kc-werkvoorraad');
      await klik(page, `a[href="/werk/zaken/${terugbelZaak}"]`, new RegExp(`/werk/zaken/${terugbelZaak}$`));
      expect(await tekst(page, '[data-testid="telefoon"]')).toBe('06 1234 5678');
      expect(await tekst(page, '[data-testid="aanpak"]')).toMatch(/Voorkeur\s*middag/);
      expect(await tekst(page, '[data-testid="aanpak"]')).toContain('Bel de burger terug');
      await bekijk(page, 'kc-terugbelzaak');
    },
    T,
  );

  it(
    'level-3 maatwerk raises a signal; the team lead routes it; the policy analyst answers; the case worker sees the answer',
    async () => {
      // A case worker of team maatwerk claims the case and records a structural (level-3) decision.
      const beh = await inloggen('behandelaar-3');
      await beh.goto(`${e2e.url}/werk/zaken/${maatwerkZaak}`);
      await klik(beh, `main form[action="/werk/zaken/${maatwerkZaak}/claim"] button`, /gedaan=geclaimd/);
      await beh.goto(`${e2e.url}/werk/zaken/${maatwerkZaak}/maatwerk?regeling=zorgtoeslag`);
      const standaard = Number(await beh.getAttribute('#standaarduitkomst', 'data-bedrag')) / 100;
      await beh.fill('#veld-afwijking', String(standaard + 100).replace('.', ','));
      await beh.locator('input[name="grondslag"]').first().check();
      await beh.fill(
        '#veld-afweging',
        'De regel pakt voor alle huishoudens met deze situatie onredelijk uit.',
      );
      await beh.fill('#veld-rechtvaardig', 'Nee: de regel raakt wie niets fout deed.');
      await beh.fill('#veld-samen', 'Besproken met de burger.');
      await beh.fill('#veld-aanspreekbaar', 'Vastgelegd met grondslag.');
      await beh.locator('input[name="niveau"][value="structureel"]').check();
      await Promise.all([
        beh.waitForLoadState('load'),
        beh.locator('main button[value="vastleggen"]').click(),
      ]);
      await beh.locator('h1', { hasText: 'wacht op goedkeuring' }).waitFor();
      await beh.goto(`${e2e.url}/werk/signalen`);
      const mijn = beh.locator('#mijn ~ * [data-signaal], section:has(#mijn) [data-signaal]').first();
      const signaalId = Number(await mijn.getAttribute('data-signaal'));
      expect(signaalId).toBeGreaterThan(0);
      expect(await tekst(beh, `section:has(#mijn) [data-signaal="${signaalId}"]`)).toContain(
        'Nieuw, wacht op de teamleider',
      );
      await bekijk(beh, 'signalen-behandelaar');
      await beh.goto(`${e2e.url}/werk/signalen/${signaalId}`);
      expect(await tekst(beh, 'main')).toContain('Automatisch bij maatwerk op niveau 3');
      expect(await tekst(beh, 'main')).toContain(`Zaak ${maatwerkZaak}`);
      await bekijk(beh, 'signaal-behandelaar');

      // The lead of another team does not see it to triage; the lead of team maatwerk routes it.
      const ander = await inloggen('teamleider-1');
      await ander.goto(`${e2e.url}/werk/signalen`);
      expect(await ander.locator(`section:has(#triage) [data-signaal="${signaalId}"]`).count()).toBe(0);
      const leider = await inloggen('teamleider-2');
      await klik(leider, 'header a[href="/werk/signalen"]', /\/werk\/signalen$/);
      await bekijk(leider, 'signalen-teamleider');
      await klik(
        leider,
        `section:has(#triage) a[href="/werk/signalen/${signaalId}"]`,
        /\/werk\/signalen\/\d+$/,
      );
      await bekijk(leider, 'signaal-triage');
      await leider.locator('input[name="besluit"][value="doorzetten"]').check();
      await leider.fill('#veld-toelichting', 'Structureel: raakt een hele groep. Naar beleid.');
      await klik(leider, 'main form[action$="/beoordeling"] button', /gedaan=beoordeeld/);
      expect(await tekst(leider, '[data-testid="signaal-status"]')).toBe('Doorgezet naar beleid');

      // The policy analyst starts at the signal inbox (no 403) and sees the example only by pseudonym.
      const beleid = await inloggen('beleidsmedewerker-1');
      expect(new URL(beleid.url()).pathname).toBe('/werk/signalen');
      expect(await beleid.locator('header a[href="/werk"]').count()).toBe(0);
      await bekijk(beleid, 'signalen-beleid');
      await klik(
        beleid,
        `section:has(#beantwoorden) a[href="/werk/signalen/${signaalId}"]`,
        /\/werk\/signalen\/\d+$/,
      );
      expect(await beleid.locator('main a[href^="/werk/zaken/"]').count()).toBe(0);
      expect(await tekst(beleid, '[data-voorbeeld]')).toMatch(/^V-[0-9a-f]{8}: Verzoek om maatwerk/);
      expect(await tekst(beleid, 'main')).not.toContain(`Zaak ${maatwerkZaak}`);
      await bekijk(beleid, 'signaal-beantwoorden');
      await beleid.locator('input[name="soort"][value="werkinstructie"]').check();
      await beleid.fill('#veld-antwoord', 'Wij maken een werkinstructie: pas in deze situatie maatwerk toe.');
      await klik(beleid, 'main form[action$="/antwoord"] button', /gedaan=beantwoord/);
      expect(await tekst(beleid, '[data-testid="signaal-antwoord"]')).toContain('Een werkinstructie');

      // The case worker sees status and answer; everyone sees the change under its theme.
      await beh.goto(`${e2e.url}/werk/signalen`);
      const rij = await tekst(beh, `section:has(#mijn) [data-signaal="${signaalId}"]`);
      expect(rij).toContain('Beantwoord');
      expect(rij).toContain('Wij maken een werkinstructie');
      await bekijk(beh, 'signalen-beantwoord');
      await beh.goto(`${e2e.url}/werk/signalen/themas`);
      // Totaal 1; nieuw, meer informatie, dubbel, doorgezet 0; beantwoord 1; one example case.
      expect(await beh.locator('[data-thema="zorgtoeslag"] td').allTextContents()).toEqual([
        '1',
        '0',
        '0',
        '0',
        '0',
        '1',
        '1',
      ]);
      expect(await tekst(beh, 'main')).toContain(`Signaal ${signaalId} (Zorgtoeslag), een werkinstructie`);
      await bekijk(beh, 'signalen-themas');
    },
    T,
  );
});
