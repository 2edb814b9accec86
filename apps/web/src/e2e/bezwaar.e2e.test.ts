/**
 * An objection end to end in real Chromium on the real services (PGlite in memory), issue 14: a
 * citizen objects from a decision's letter (a wrong phone number is named beside its field), gets
 * the confirmation and the receipt letter in "Mijn brieven"; the case worker of team bezwaar opens
 * the case from the queue, claims it, records the call, skips the hearing with its Awb 7:3 ground,
 * previews the decision letter and upholds the objection in part above the threshold; a team lead
 * approves it (four-eyes); the citizen sees every step in "Mijn vragen en zaken", the new decision
 * and both objection letters; the processing log has every step. Each page passes axe.
 */
import type { Db } from '@regelmaat/db';
import type { TestOmgeving } from '@regelmaat/diensten/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, type E2e, screenshot } from './harness';
import { alsBurger, alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
let db: Db;
let t: TestOmgeving;
const T = 120_000;

beforeAll(async () => {
  omg = await startOpDiensten();
  ({ e2e, db, t } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}
const tekstVan = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
const euroTekst = (c: number) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;

describe('an objection from the portal to the decision', () => {
  it(
    'is made, called, not heard with a reason, upheld in part with four-eyes, and shown to the citizen',
    async () => {
      // The citizen objects from the letter of a decision.
      const burger = await alsBurger(e2e, t.bsn1);
      await burger.goto(`${e2e.url}/mijn/brieven`);
      await burger.locator('tr[data-brief] th a').first().click();
      await burger.waitForURL(/\/mijn\/brieven\/\d+$/);
      await burger.getByRole('link', { name: 'Niet eens met dit besluit? Maak bezwaar' }).click();
      await burger.waitForURL(/\/mijn\/bezwaar\/\d+$/);
      const formulier = await tekstVan(burger);
      expect(formulier).toContain('Uw bezwaar geldt voor alle besluiten uit de brief van');
      expect(formulier).toContain('Tegen het verrekenen zelf kunt u geen bezwaar maken.');
      await toegankelijk(burger, 'bezwaar-formulier');

      await burger.fill('#veld-gronden', 'Mijn inkomen is lager. Ik werk sinds maart minder uren.');
      await burger.fill('#veld-stukken', 'loonstrook van maart');
      await burger.fill('#veld-telefoon', 'bel me');
      await burger.locator('#veld-voorkeur-middag').check();
      await burger.getByRole('button', { name: 'Bezwaar versturen' }).click();
      expect(await burger.locator('#veld-telefoon-fout').textContent()).toContain(
        'Vul een telefoonnummer in',
      );
      expect(await burger.inputValue('#veld-gronden')).toContain('minder uren');
      await toegankelijk(burger, 'bezwaar-formulier-fout');
      expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM bezwaar')).rows[0]!.n)).toBe(0);

      await burger.fill('#veld-telefoon', '0612345678');
      await burger.getByRole('button', { name: 'Bezwaar versturen' }).click();
      await burger.waitForSelector('h1:has-text("Wij hebben uw bezwaar ontvangen")');
      const bevestiging = await tekstVan(burger);
      expect(bevestiging).toMatch(/Uw kenmerk is BZ-\d{4}-\d{6}/);
      expect(bevestiging).toContain('Wij verwachten uiterlijk op');
      await toegankelijk(burger, 'bezwaar-ontvangen');
      const rij = (
        await db.query<{ id: string; zaak_id: string; gronden: string; beschikking_ids: string[] }>(
          `SELECT b.id, b.zaak_id, b.gronden, array_agg(bb.beschikking_id::text) AS beschikking_ids
            FROM bezwaar b JOIN bezwaar_beschikking bb ON bb.bezwaar_id = b.id GROUP BY b.id`,
        )
      ).rows[0]!;
      expect(rij.gronden).toContain('Papieren die ik meestuur: loonstrook van maart');
      await burger.getByRole('link', { name: 'Lees de brief' }).click();
      await burger.waitForURL(/\/mijn\/bezwaarbrieven\/\d+$/);
      await toegankelijk(burger, 'bezwaar-ontvangstbevestiging');
      await burger.goto(`${e2e.url}/mijn/brieven`);
      expect(await burger.locator('tr[data-bezwaarbrief]').count()).toBe(1);

      // The case worker of team bezwaar: from the queue to the objection, claim, call, no hearing.
      const mw = await alsMedewerker(e2e, 'behandelaar-6');
      await mw.goto(`${e2e.url}/werk?lijst=team`);
      await mw.locator(`a[href="/werk/zaken/${rij.zaak_id}"]`).click();
      await mw.getByRole('link', { name: /Open het bezwaar/ }).click();
      await mw.waitForURL(new RegExp(`/werk/bezwaren/${rij.id}$`));
      const dossier = await tekstVan(mw);
      expect(dossier).toContain('Mijn inkomen is lager.');
      expect(dossier).toContain('Bellen bij voorkeur');
      expect(dossier).toContain('Geen dwangsom');
      expect(await mw.locator('tr[data-bestreden]').count()).toBe(rij.beschikking_ids.length);
      await toegankelijk(mw, 'werk-bezwaar');
      await mw.getByRole('button', { name: 'Pak dit bezwaar op' }).click();
      await mw.waitForURL(/gedaan=oppakken/);

      await mw.getByRole('button', { name: 'Gesprek vastleggen' }).click();
      expect(await mw.locator('#veld-uitkomst-fout').textContent()).toContain('is verplicht');
      await mw.fill(
        '#veld-uitkomst',
        'Berekening uitgelegd. Mevrouw wil geen hoorzitting; de jaaropgave volgt.',
      );
      await mw.getByRole('button', { name: 'Gesprek vastleggen' }).click();
      await mw.waitForURL(/gedaan=gesprek/);
      await mw.locator('#veld-grond-afgezien').check();
      await mw.fill(
        '#stap-hoorzitting-overslaan #veld-toelichting',
        'Aan de telefoon gezegd dat zij niet gehoord wil worden.',
      );
      await mw.getByRole('button', { name: 'Hoorzitting overslaan' }).click();
      await mw.waitForURL(/gedaan=hoorzitting%2Foverslaan/);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Klaar om te beslissen');

      // Decide in part, above the threshold: preview first, then the team lead approves.
      const zorg = (
        await db.query<{ jaarbedrag: number; regeling: string }>(
          'SELECT jaarbedrag, regeling FROM beschikking WHERE id = ANY($1::bigint[]) ORDER BY regeling <> $2 LIMIT 1',
          [rij.beschikking_ids, 'zorgtoeslag'],
        )
      ).rows[0]!;
      await mw.locator('#veld-beslissing-deels-gegrond').check();
      await mw.fill(
        '#veld-motivering',
        'Uw inkomen is lager dan wij rekenden, maar niet zo laag als u schreef.',
      );
      await mw.selectOption('#veld-regeling', zorg.regeling);
      await mw.fill('#veld-nieuwJaarbedrag', euroTekst(zorg.jaarbedrag + 100_000));
      await mw.getByRole('button', { name: 'Voorbeeld van de brief' }).click();
      await mw.waitForURL(/\/beslissing\/voorbeeld$/);
      expect(await tekstVan(mw)).toContain('boven de drempel');
      const voorbeeld = (await mw.locator('[data-testid="voorbeeld"]').textContent())!.replace(/\s+/g, ' ');
      expect(voorbeeld).toMatch(/beroep/i);
      expect(voorbeeld).toMatch(/zes weken|6 weken/);
      await toegankelijk(mw, 'werk-bezwaar-voorbeeld');
      await mw.getByRole('button', { name: 'Beslissen' }).click();
      await mw.waitForURL(/gedaan=beslissing$/);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toContain('wacht op goedkeuring');
      expect(await mw.getByRole('button', { name: /Goedkeuren/ }).count()).toBe(0);

      const leider = await alsMedewerker(e2e, 'teamleider-5');
      await leider.goto(`${e2e.url}/werk/bezwaren/${rij.id}`);
      await leider.getByRole('button', { name: /Goedkeuren/ }).click();
      await leider.waitForURL(/gedaan=beslissing%2Fgoedkeuring/);
      expect(await leider.locator('[data-testid="fase"]').textContent()).toBe('Beslist');
      await toegankelijk(leider, 'werk-bezwaar-beslist');

      // The citizen: every step, the new decision and both objection letters.
      await burger.goto(`${e2e.url}/mijn/zaken`);
      const zaken = await tekstVan(burger);
      expect(zaken).toContain('Wij hebben u gebeld over uw bezwaar.');
      expect(zaken).toContain(
        'Er is geen hoorzitting (gesprek over uw bezwaar). De reden: U heeft laten weten dat u geen hoorzitting wilt.',
      );
      expect(zaken).toContain('u krijgt voor een deel gelijk');
      expect(await burger.locator('[data-bezwaar] li[data-gedaan="ja"]').count()).toBe(4);
      await toegankelijk(burger, 'bezwaar-mijn-zaken');
      await burger.goto(`${e2e.url}/mijn/brieven`);
      expect(await burger.locator('tr[data-bezwaarbrief]').count()).toBe(2);
      const nieuw = (
        await db.query<{ id: string }>(
          "SELECT id FROM beschikking WHERE aanleiding = 'bezwaar' AND bezwaar_id = $1",
          [rij.id],
        )
      ).rows;
      expect(nieuw).toHaveLength(1);
      expect(await burger.locator(`tr[data-brief="${nieuw[0]!.id}"]`).count()).toBe(1);
      await burger
        .locator('tr[data-bezwaarbrief] th a', { hasText: 'Onze beslissing op uw bezwaar' })
        .click();
      await burger.waitForURL(/\/mijn\/bezwaarbrieven\/\d+$/);
      expect(await tekstVan(burger)).toMatch(/beroep/i);
      await toegankelijk(burger, 'bezwaar-beslissing-brief');

      // The processing log has every step.
      const namen = (await db.query<{ name: string }>('SELECT DISTINCT name FROM verwerking')).rows.map(
        (r) => r.name,
      );
      for (const stap of [
        'bezwaarformulier openen',
        'bezwaar: gesprek vastleggen',
        'bezwaar: hoorzitting overslaan',
        'beslissing: voorbeeld van de brief',
        'bezwaar: beslissen',
        'bezwaar: beslissing goedkeuren',
        'bezwaar inzien',
        'bezwaren bekijken',
      ])
        expect(
          namen.some((n) => n.includes(stap)),
          stap,
        ).toBe(true);
      expect(
        namen.some((n) => /bezwaar.*(indienen|ingediend)/i.test(n)),
        namen.join(' | '),
      ).toBe(true);
    },
    T,
  );

  it(
    'registered by post by a case worker, then postponed: the citizen sees the date move, with its reason',
    async () => {
      const besluit = (
        await db.query<{ id: string }>(
          `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
            WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' ORDER BY b.id LIMIT 1`,
          [t.bsn2],
        )
      ).rows[0]!;
      const mw = await alsMedewerker(e2e, 'behandelaar-6');
      await mw.getByRole('link', { name: /Bezwaar vastleggen/ }).click();
      await mw.waitForURL(/\/werk\/bezwaren\/nieuw$/);
      await toegankelijk(mw, 'werk-bezwaar-nieuw');
      await mw.fill('#veld-beschikkingId', String(besluit.id));
      await mw.fill('#veld-ontvangenOp', '31-2-2026');
      await mw.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
      expect(await mw.locator('#veld-ontvangenOp-fout').textContent()).toContain('Ontvangen op');
      const voor = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM bezwaar')).rows[0]!.n);
      await mw.fill('#veld-ontvangenOp', '14-3-2026');
      await mw.fill('#veld-gepostOp', '13-3-2026');
      await mw.fill('#veld-gronden', 'Mijn huur is verkeerd overgenomen.');
      await mw.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
      await mw.waitForURL(/gedaan=geregistreerd/);
      expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM bezwaar')).rows[0]!.n)).toBe(
        voor + 1,
      );
      expect(await tekstVan(mw)).toContain('Post');
      const oud = (await mw.locator('[data-testid="beslistermijn"]').textContent())!;
      await mw.getByRole('button', { name: 'Pak dit bezwaar op' }).click();
      await mw.waitForURL(/gedaan=oppakken/);
      await mw.fill('#veld-reden', 'Wij wachten op gegevens van uw verhuurder.');
      await mw.getByRole('button', { name: 'Verdagen en brief sturen' }).click();
      await mw.waitForURL(/gedaan=verdaging/);
      const nieuw = (await mw.locator('[data-testid="beslistermijn"]').textContent())!;
      expect(nieuw).not.toBe(oud);
      // Once only (Awb 7:10 lid 3): the form is gone.
      expect(await mw.getByRole('button', { name: 'Verdagen en brief sturen' }).count()).toBe(0);
      await toegankelijk(mw, 'werk-bezwaar-verdaagd');

      const burger = await alsBurger(e2e, t.bsn2);
      await burger.goto(`${e2e.url}/mijn/zaken`);
      const zaken = await tekstVan(burger);
      expect(zaken).toContain(`Wij verwachten uiterlijk op ${nieuw} te beslissen.`);
      expect(zaken).toContain('De reden: Wij wachten op gegevens van uw verhuurder.');
      // The case's own row says the same date.
      expect(await burger.locator('tr', { hasText: 'Uw bezwaar' }).textContent()).toContain(nieuw);
      await toegankelijk(burger, 'bezwaar-mijn-zaken-verdaagd');
      await burger.goto(`${e2e.url}/mijn/brieven`);
      expect(
        await burger.locator('tr[data-bezwaarbrief]', { hasText: 'Wij hebben meer tijd nodig' }).count(),
      ).toBe(1);
    },
    T,
  );
});
