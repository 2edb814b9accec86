/**
 * The zienswijze chain (issue 15, Awir art. 26b) in real Chromium on the real services (PGlite in
 * memory): a definitive run with the exception rules holds a recovery of € 1,500 or more; the
 * citizen's recovery page says a recovery is intended (not "nothing to pay"), links to the letter,
 * which shows the calculation and the term; an empty response is refused beside the field; the
 * response is sent. The case worker of team Invordering lowers the recovery through maatwerk, a team
 * lead approves it (four-eyes); the case worker's zienswijze page first withholds the decision while
 * it waits, then says the recovery goes out lowered, and the case worker decides there. The citizen then sees the lower
 * recovery, chooses a personal plan after its preview and pays it to zero. Every page passes axe
 * (WCAG 2.1 A/AA) with one h1 and lang nl; screenshots in test-results/screenshots/ and /tmp.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import {
  claimZaak,
  inloggenDigid,
  inloggenMedewerker,
  keurMaatwerkGoed,
  legMaatwerkbesluitVast,
  terugbetalenVan,
  zienswijzenVoor,
} from '@regelmaat/diensten';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '@regelmaat/diensten/testing';
import type { RegelingId } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { zaak } from '@regelmaat/zaken';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { euroCenten } from '../opmaak';
import { checkAxe, type E2e, screenshot, startE2e, tabNaar } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let nu = '2027-05-10T09:00:00.000Z';
let hoorzitting: { id: number; bsn: string };
const T = 120_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, () => nu);
  await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem, 6, true);
  const r = await db.query<{ id: string; bsn: string }>(
    `SELECT z.id, h.bsn_aanvrager AS bsn FROM zaak z JOIN huishouden h ON h.id = z.huishouden_id
      WHERE z.soort = 'hoorzitting-terugvordering' ORDER BY z.id LIMIT 1`,
  );
  hoorzitting = { id: Number(r.rows[0]!.id), bsn: r.rows[0]!.bsn };
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 240_000);
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
  await page.screenshot({ path: `/tmp/zienswijze-${naam}.png`, fullPage: true });
}

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const tekstVan = async (page: Page) => nbsp((await page.locator('main').textContent()) ?? '');
const staf = async (naam: string) => ({
  sessie: (await inloggenMedewerker(t.o, { gebruikersnaam: naam, wachtwoord: `demo-${naam}` })).sessie,
  trace: nieuweTrace(),
});

describe('Zienswijze', () => {
  it(
    'recovery ≥ € 1,500 → zienswijze letter → response → maatwerk lowers it → recovery → personal plan → paid to zero',
    async () => {
      const ctx = () => ({
        sessie: inloggenDigid(t.o, { bsn: hoorzitting.bsn }).sessie,
        trace: nieuweTrace(),
      });
      const [w] = await zienswijzenVoor(t.o, ctx(), {});
      nu = `${w!.briefdatum}T15:00:00.000Z`;
      const page = await burger(hoorzitting.bsn);
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      let tekst = await tekstVan(page);
      expect(tekst).toContain(
        `U hoeft nu nog niets terug te betalen. Wij willen ${nbsp(euroCenten(w!.terugTeVorderen))} terugvragen`,
      );
      expect(tekst).not.toContain('U hoeft niets terug te betalen.');
      await toegankelijk(page, 'terugbetalen-voorgenomen');
      await page.click('a[href="/mijn/zienswijzen"]');
      await page.waitForURL(/\/mijn\/zienswijzen$/);
      await toegankelijk(page, 'lijst');
      await page.click(`a[href="/mijn/zienswijzen/${w!.id}"]`);
      await page.waitForURL(/\/mijn\/zienswijzen\/\d+$/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('Wij willen geld van u terugvragen. Wat vindt u daarvan?');
      expect(tekst).toContain('Dit is nog geen besluit.');
      await toegankelijk(page, 'brief');
      // Sent empty: the field says what is missing.
      await page.click('form[action^="/mijn/zienswijzen/"] button[type="submit"]');
      await page.waitForLoadState();
      expect(await tekstVan(page)).toContain('Schrijf uw reactie.');
      await toegankelijk(page, 'leeg');
      await page.fill(
        'textarea[name="tekst"]',
        'Mijn inkomen steeg door een eenmalige uitbetaling. Alles ineens lukt niet.',
      );
      await page.click('form[action^="/mijn/zienswijzen/"] button[type="submit"]');
      await page.waitForURL(/ontvangen=1$/);
      tekst = await tekstVan(page);
      expect(tekst).toContain('Wij hebben uw reactie ontvangen.');
      expect(tekst).toContain('Mijn inkomen steeg door een eenmalige uitbetaling.');
      await toegankelijk(page, 'ontvangen');

      // The case worker lowers the recovery by € 800 with maatwerk; a team lead approves; the case worker decides.
      const b5 = await staf('behandelaar-5');
      const z0 = (await zaak(db, hoorzitting.id))!;
      await claimZaak(t.o, b5, z0.id, z0.versie);
      const grootste = [...w!.berekening].sort((a, b) => b.terug - a.terug)[0]!;
      const m = await legMaatwerkbesluitVast(t.o, await staf('behandelaar-5'), {
        zaakId: z0.id,
        regeling: grootste.regeling as RegelingId,
        jaar: 2026,
        afwijking: { bedrag: grootste.jaarbedrag + 80_000 },
        grondslag: 'awir-26-2',
        afweging: 'Eenmalige uitbetaling; volledig terugvorderen is onevenredig (zienswijze gewogen).',
        vragen: { rechtvaardig: 'Ja.', samen: 'Besproken met de burger.', aanspreekbaar: 'Vastgelegd.' },
        niveau: 'geval',
      });
      // The zienswijze page says a decision waits for four-eyes and offers no decision yet.
      const joris = await e2e.nieuwePagina();
      await joris.goto(`${e2e.url}/medewerker/inloggen`);
      await joris.fill('#veld-naam', 'behandelaar-5');
      await joris.fill('#veld-wachtwoord', 'demo-behandelaar-5');
      await joris.press('#veld-wachtwoord', 'Enter');
      await joris.waitForURL(/\/werk$/);
      const pad = `/werk/zaken/${z0.id}/zienswijze`;
      await joris.goto(`${e2e.url}${pad}`);
      expect(await tekstVan(joris)).toContain('Een maatwerkbesluit wacht op goedkeuring van een teamleider');
      expect(await joris.locator(`form[action="${pad}/afronden"]`).count()).toBe(0);
      await keurMaatwerkGoed(t.o, await staf('teamleider-4'), m.besluit.id);
      // Approved: the page says the recovery goes out lowered; the case worker decides there.
      await joris.goto(`${e2e.url}${pad}`);
      expect(await joris.getAttribute('[data-uitkomst]', 'data-uitkomst')).toBe('verlaagd');
      await toegankelijk(joris, 'werk-verlaagd');
      await joris.fill(
        '#veld-motivering',
        'Zienswijze gewogen: € 800 minder teruggevorderd (Awir art. 26 lid 2).',
      );
      await joris.click(`form[action="${pad}/afronden"] button[type="submit"]`);
      await joris.waitForURL(/gedaan=afgerond$/);
      expect(await tekstVan(joris)).toContain('de terugvordering is verlaagd met maatwerk.');
      await toegankelijk(joris, 'werk-beslist');

      await page.goto(`${e2e.url}/mijn/zienswijzen/${w!.id}`);
      expect(await tekstVan(page)).toContain('Wij hebben al beslist. Reageren kan niet meer.');
      await toegankelijk(page, 'besloten');
      const v = (await terugbetalenVan(t.o, ctx(), {})).vorderingen.find(
        (x) => x.regeling === grootste.regeling,
      )!;
      expect(v.bedrag).toBe(grootste.terug - 80_000);
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      expect(await tekstVan(page)).toContain(nbsp(euroCenten(v.saldo)));
      await toegankelijk(page, 'terugvordering');

      // The personal plan after its preview, then every term paid.
      await page.goto(`${e2e.url}/mijn/terugbetalen/${v.id}/persoonlijk`);
      await page.check('#veld-leefsituatie');
      await page.fill('#veld-inkomen', '2.500');
      await page.fill('#veld-woonlasten', '600');
      await page.fill('#veld-zorgkosten', '120');
      await page.fill('#veld-overigeLasten', '0');
      await page.click('button[value="bekijk"]');
      await page.waitForSelector('[data-voorbeeld]');
      await toegankelijk(page, 'regeling-voorbeeld');
      await page.click('button[value="akkoord"]');
      await page.waitForURL(/regeling=1$/);
      const r = (await terugbetalenVan(t.o, ctx(), {})).vorderingen.find((x) => x.id === v.id)!
        .betalingsregeling!;
      expect(r.soort).toBe('persoonlijk');
      let saldo = v.saldo;
      while (saldo > 0) {
        const bedrag = Math.min(r.maandbedrag || saldo, saldo);
        await page.goto(`${e2e.url}/mijn/terugbetalen`);
        const veld = page.locator(`section[data-vordering="${v.id}"] input[name="bedrag"]`);
        await veld.fill(euroCenten(bedrag).replace(/^€\s*/, ''));
        await veld.press('Enter');
        await page.waitForURL(/betaald=1$/);
        saldo -= bedrag;
      }
      const na = (await terugbetalenVan(t.o, ctx(), {})).vorderingen.find((x) => x.id === v.id)!;
      expect(na.saldo).toBe(0);
      await toegankelijk(page, 'betaald');
    },
    T * 3,
  );
});
