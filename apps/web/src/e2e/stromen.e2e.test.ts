/**
 * The two flows of issue 5 end to end in real Chromium, on the real services (PGlite in memory):
 * a citizen logs in with the DigiD simulation, reads why, reports a change and sees the new amount
 * — by keyboard alone; the same core flow without JavaScript; a case worker claims the exception
 * case and records a maatwerk decision, a team lead approves it, and the citizen then sees the new
 * amount. axe (WCAG 2.1 A/AA, no serious/critical) runs on every portal and workspace page, and a
 * screenshot of each is saved to test-results/screenshots/.
 */
import type { TestOmgeving } from '@regelmaat/diensten/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, checkReflow, type E2e, screenshot, tabNaar } from './harness';
import { alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
let t: TestOmgeving;
const T = 60_000;

beforeAll(async () => {
  omg = await startOpDiensten();
  ({ e2e, t } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

const tekst = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const bedrag = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** Page title → path: a title names one page (WCAG 2.4.2); the same page may be seen twice. */
const titels = new Map<string, string>();

async function pagina(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  const titel = await page.title();
  expect(titel).toMatch(/^.+ - Regelmaat Toeslagen \(demo\)$/);
  const pad = new URL(page.url()).pathname.replace(/\/\d+/g, '/<id>');
  expect(titels.get(titel) ?? pad, `title "${titel}" on two pages`).toBe(pad);
  titels.set(titel, pad);
  await checkAxe(page);
  await screenshot(page, naam);
}

/** Staff login by keyboard alone: Tab to each field, type, Enter. */
const inloggenMedewerker = (gebruikersnaam: string, breedte?: number): Promise<Page> =>
  alsMedewerker(e2e, gebruikersnaam, breedte ? { breedte } : {});

/** Tab to `selector`, press Enter and wait for the URL. */
async function kies(page: Page, selector: string, url: RegExp): Promise<void> {
  await tabNaar(page, selector);
  await page.keyboard.press('Enter');
  await page.waitForURL(url);
}

describe('citizen', () => {
  it(
    'by keyboard alone: logs in, reads why, reports a change, sees the preview and the new amount',
    async () => {
      const page = await e2e.nieuwePagina();
      await page.goto(`${e2e.url}/inloggen`);
      await tabNaar(page, '#veld-bsn');
      await page.keyboard.type(t.bsn1);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn$/);
      const zorg = 'section[data-regeling="zorgtoeslag"]';
      const jaarVoor = bedrag(await tekst(page, `${zorg} [data-testid="jaarbedrag"]`));
      expect(jaarVoor).toBeGreaterThan(0);
      expect(await tekst(page, zorg)).toMatch(/Volgende betaling.*rond 20 maart 2026 \(voor april\)/);
      await pagina(page, 'mijn-overzicht');

      // Waarom dit bedrag?
      await tabNaar(page, `${zorg} a[href^="/mijn/waarom/"]`);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/waarom\/\d+$/);
      expect(await tekst(page, 'h1')).toContain('Waarom krijgt u dit bedrag? Zorgtoeslag');
      expect(await page.locator('.rm-stap-wet a[href*="wetten.overheid.nl"]').count()).toBeGreaterThan(0);
      await tabNaar(page, 'details.rm-stap-meer > summary');
      await page.keyboard.press('Enter');
      expect(await page.locator('details.rm-stap-meer').first().getAttribute('open')).not.toBeNull();
      await pagina(page, 'mijn-waarom');

      // Report a change: choose, fill in, preview.
      await tabNaar(page, 'main a[href="/mijn"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn$/);
      await tabNaar(page, 'a[href="/mijn/wijziging"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/wijziging$/);
      await pagina(page, 'mijn-wijziging-kiezen');
      await tabNaar(page, 'input[name="soort"]');
      await page.keyboard.press('Space');
      await tabNaar(page, 'main button[type="submit"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/soort=inkomen/);
      await tabNaar(page, '#veld-bedrag');
      await page.keyboard.type('45.000');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="voorkomen"]').first().waitFor();
      expect(await tekst(page, '[data-testid="voorkomen"]')).toMatch(
        /^Door dit nu door te geven, hoeft u na het jaar €\s[\d.]+ minder terug te betalen\./,
      );
      await pagina(page, 'mijn-wijziging-voorbeeld');

      // Confirm: the new advance is in force at once.
      await tabNaar(page, 'main button[value="bevestig"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\?gewijzigd=1$/);
      expect(await tekst(page, '.utrecht-alert')).toContain('Wij hebben uw wijziging verwerkt.');
      const jaarNa = bedrag(await tekst(page, `${zorg} [data-testid="jaarbedrag"]`));
      expect(jaarNa).toBeLessThan(jaarVoor);
      await pagina(page, 'mijn-na-wijziging');
    },
    T,
  );

  it(
    'the core flow (login, change with an error, preview, confirm) works without JavaScript',
    async () => {
      const page = await e2e.nieuwePagina({ javaScript: false });
      await page.goto(`${e2e.url}/inloggen`);
      await page.fill('#veld-bsn', t.bsn2);
      await page.click('main button[type="submit"]');
      await page.waitForURL(/\/mijn$/);
      await page.goto(`${e2e.url}/mijn/wijziging?soort=huur`);
      await page.fill('#veld-vanaf', '01-05-2026');
      await page.fill('#veld-kaleHuur', 'zeshonderd');
      await page.click('main button[value="voorbeeld"]');
      await page.locator('[data-error-summary]').waitFor();
      expect(await tekst(page, '#veld-kaleHuur-fout')).toBe(
        'Vul de kale huur in als bedrag in euro, zoals 24500 of 640,50.',
      );
      await screenshot(page, 'mijn-wijziging-fout');
      await page.fill('#veld-kaleHuur', '700');
      await page.click('main button[value="voorbeeld"]');
      await page.locator('h1', { hasText: 'Dit verandert er' }).waitFor();
      await page.click('main button[value="bevestig"]');
      await page.waitForURL(/gewijzigd=1/);
      expect(await tekst(page, '.utrecht-alert')).toContain('Wij hebben uw wijziging verwerkt.');
    },
    T,
  );

  it(
    'every other portal page passes axe: form errors, call-back, my cases, processing log, 404',
    async () => {
      const page = await e2e.nieuwePagina();
      await page.goto(`${e2e.url}/inloggen`);
      await page.fill('#veld-bsn', t.bsn2);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn$/);
      await page.goto(`${e2e.url}/mijn/wijziging?soort=partner`);
      await page.fill('#veld-bsn', '123456789');
      await page.click('main button[value="voorbeeld"]');
      await page.locator('[data-error-summary]').waitFor();
      expect(await page.evaluate('document.activeElement?.hasAttribute("data-error-summary")')).toBe(true);
      await pagina(page, 'mijn-wijziging-partner-fout');

      await page.goto(`${e2e.url}/mijn/terugbellen`);
      await pagina(page, 'mijn-terugbellen');
      await page.fill('#veld-onderwerp', 'Vraag over mijn huurtoeslag');
      await page.fill('#veld-telefoon', '06 12345678');
      await page.click('main button[type="submit"]');
      await page.locator('h1', { hasText: 'Wij bellen u terug' }).waitFor();
      await pagina(page, 'mijn-terugbellen-ontvangen');
      await page.goto(`${e2e.url}/mijn/zaken`);
      expect(await tekst(page, 'table')).toContain('Uw vraag om teruggebeld te worden');
      await pagina(page, 'mijn-zaken');
      await page.goto(`${e2e.url}/mijn/gegevens`);
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(3);
      await pagina(page, 'mijn-gegevens');
      await page.goto(`${e2e.url}/mijn/waarom/999999`);
      expect(await tekst(page, 'h1')).toBe('Wij kunnen dit niet vinden');
      await pagina(page, 'mijn-niet-gevonden');
    },
    T,
  );
});

describe('case worker and team lead', () => {
  it(
    'by keyboard alone: a case worker claims the exception case and records maatwerk; a team lead approves; the citizen sees it',
    async () => {
      const page = await inloggenMedewerker('behandelaar-1');
      expect(await tekst(page, 'main')).toContain('Geen zaken in deze lijst.');
      await pagina(page, 'werk-mijn-leeg');
      await kies(page, 'main a[href="/werk?lijst=team"]', /lijst=team/);
      expect(await tekst(page, 'main table')).toContain('Nog niemand');
      await pagina(page, 'werk-team');
      await kies(page, `a[href="/werk/zaken/${t.zaakId}"]`, new RegExp(`/werk/zaken/${t.zaakId}$`));
      expect(await tekst(page, 'main')).toContain('Geschat inkomen wijkt sterk af');
      await kies(page, `main form[action="/werk/zaken/${t.zaakId}/claim"] button`, /gedaan=geclaimd/);
      expect(await tekst(page, '[data-testid="behandelaar"]')).toBe('Anna Demo');
      expect(await tekst(page, '#historie')).toContain('Zaak opgepakt door Anna Demo (behandelaar)');
      expect(await tekst(page, 'main')).not.toContain('m-behandelaar-1');
      // The dossier in words: no JSON, the sources named.
      expect(await tekst(page, '#dossier')).toMatch(/Geschat inkomen 2026: € [\d.]+/);
      expect(await tekst(page, '#dossier')).not.toContain('{"');
      await pagina(page, 'werk-zaak');

      await kies(page, 'main a[href$="/maatwerk"]', /\/maatwerk$/);
      await pagina(page, 'werk-maatwerk-formulier');
      // The standard outcome is shown (computed by the server), not a field to fill in.
      expect(await page.locator('#veld-standaard').count()).toBe(0);
      // (After the citizen's income change above, the law gives € 0 zorgtoeslag.)
      const standaardAttr = await page.getAttribute('#standaarduitkomst', 'data-bedrag');
      expect(standaardAttr).toMatch(/^\d+$/);
      const standaard = Number(standaardAttr) / 100;
      const nieuw = standaard + 800;
      await tabNaar(page, '#veld-afwijking');
      await page.keyboard.type(String(nieuw));
      await tabNaar(page, 'input[name="grondslag"]');
      await page.keyboard.press('Space');
      const teksten: [string, string][] = [
        ['#veld-afweging', 'Hoge zorgkosten na een ongeval; de regel is hier onevenredig.'],
        ['#veld-rechtvaardig', 'Ja: de regel houdt geen rekening met deze kosten.'],
        ['#veld-samen', 'Besproken met de burger aan de telefoon.'],
        ['#veld-aanspreekbaar', 'Vastgelegd met grondslag en afweging.'],
      ];
      for (const [veld, waarde] of teksten) {
        await tabNaar(page, veld);
        await page.keyboard.type(waarde);
      }
      await tabNaar(page, 'main button[value="vastleggen"]');
      await page.keyboard.press('Enter');
      await page.locator('h1', { hasText: 'Het besluit wacht op goedkeuring' }).waitFor();
      expect(await tekst(page, 'main')).toMatch(/Vastgelegd door\s*Anna Demo/);
      await pagina(page, 'werk-maatwerk-vastgelegd');

      const leider = await inloggenMedewerker('teamleider-1');
      await kies(leider, 'a[href="/werk/goedkeuren"]', /\/werk\/goedkeuren$/);
      expect(await leider.locator('[data-besluit]').count()).toBeGreaterThan(0);
      expect(await tekst(leider, 'main')).toContain('Wacht op goedkeuring (vier ogen)');
      expect(await tekst(leider, 'main')).toMatch(/Totaal effect:\s*1 × €\s*800 = €\s*800/);
      await pagina(leider, 'werk-goedkeuren');
      await kies(leider, 'main form:has(input[name="oordeel"][value="goed"]) button', /gedaan=goed/);
      expect(await tekst(leider, '.utrecht-alert')).toContain('goedgekeurd en van kracht');
      await leider.goto(`${e2e.url}/werk/herverdelen`);
      await pagina(leider, 'werk-herverdelen');
      await leider.goto(`${e2e.url}/werk/zaken/${t.zaakId}`);
      expect(await tekst(leider, '#historie')).toContain('Maatwerkbesluit goedgekeurd door Dewi Demo');
      await kies(leider, 'main a[href^="/werk/beschikkingen/"]', /\/werk\/beschikkingen\/\d+$/);
      await pagina(leider, 'werk-beschikking');

      const burger = await e2e.nieuwePagina();
      await burger.goto(`${e2e.url}/inloggen`);
      await burger.fill('#veld-bsn', t.bsn1);
      await burger.keyboard.press('Enter');
      await burger.waitForURL(/\/mijn$/);
      const zorg = 'section[data-regeling="zorgtoeslag"]';
      expect(bedrag(await tekst(burger, `${zorg} [data-testid="jaarbedrag"]`))).toBe(nieuw);
      expect(await tekst(burger, zorg)).toContain('speciaal voor uw situatie');
      await screenshot(burger, 'mijn-na-maatwerk');
    },
    T,
  );
});

describe('at 320 CSS pixels wide (WCAG 1.4.10 reflow)', () => {
  async function smal(page: Page, naam: string) {
    await checkReflow(page);
    await pagina(page, `smal-${naam}`);
  }

  it(
    'the portal reflows and passes axe; the childcare change offers the children by birth date',
    async () => {
      const page = await e2e.nieuwePagina({ breedte: 320 });
      await page.goto(`${e2e.url}/`);
      await smal(page, 'home');
      await page.goto(`${e2e.url}/inloggen`);
      await page.fill('#veld-bsn', t.bsn2);
      await page.click('main button[type="submit"]');
      await page.waitForURL(/\/mijn$/);
      await smal(page, 'mijn-overzicht');
      await page.goto(`${e2e.url}/mijn/wijziging?soort=kinderopvang`);
      const kind = page.locator('input[name="kind"]');
      expect(await kind.count()).toBeGreaterThan(0);
      expect(await tekst(page, 'main fieldset')).toMatch(/Kind geboren op \d{1,2} [a-z]+ \d{4}/);
      await smal(page, 'mijn-wijziging-kinderopvang');
      await kind.first().check();
      await page.fill('#veld-vanaf', '01-05-2026');
      await page.fill('#veld-uren', '80');
      await page.fill('#veld-uurprijs', '10');
      await page.click('main button[value="voorbeeld"]');
      await page.locator('h1', { hasText: 'Dit verandert er' }).waitFor();
      // Nothing is paid yet in this test: the new amount starts with the next payment (April).
      for (const p of await page.locator('[data-testid="nieuw-per-maand"]').allTextContents())
        expect(p).toContain('vanaf april 2026');
      await smal(page, 'mijn-wijziging-voorbeeld');
      await page.goto(`${e2e.url}/proefberekening`);
      await smal(page, 'proefberekening');
    },
    T,
  );

  it(
    'the workspace reflows and passes axe: queue, case (tables scroll in their own region), approvals',
    async () => {
      const page = await inloggenMedewerker('teamleider-1', 320);
      await page.goto(`${e2e.url}/werk?lijst=alle`);
      await smal(page, 'werk-alle');
      await page.goto(`${e2e.url}/werk/zaken/${t.zaakId}`);
      await smal(page, 'werk-zaak');
      await page.goto(`${e2e.url}/werk/goedkeuren`);
      await smal(page, 'werk-goedkeuren');
    },
    T,
  );
});
