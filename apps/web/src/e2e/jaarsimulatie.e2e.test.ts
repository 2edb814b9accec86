/**
 * Issue 20 in real Chromium on the real services: the team lead first reads that no year simulation
 * has run; the policy analyst starts one of 30 synthetic households from /beleid/jaar (each variant
 * on a fresh PGlite database of its own), sees its progress, then the result whose every figure is
 * the run's own (`jaarsimulatie`, the same object `GET /v1/jaarsimulaties/{id}` answers with); the
 * team lead then reads its ETA accuracy. axe (WCAG 2.1 A/AA) on every page, reflow at 320 px,
 * screenshots in test-results/screenshots/. A case worker is refused.
 */
import type { JaarResultaat } from '@regelmaat/jaarsimulatie';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testJaarsimulaties } from '../testing/jaarsimulaties';
import { checkAxe, checkReflow, type E2e, screenshot } from './harness';
import { alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;

beforeAll(async () => {
  omg = await startOpDiensten((o) => {
    o.jaarsimulaties = testJaarsimulaties();
    return o;
  });
  ({ e2e } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

const waarden = async (page: import('playwright-core').Page, selector: string) =>
  Promise.all(
    (await page.locator(`${selector} td[data-waarde]`).all()).map(async (td) =>
      Number(await td.getAttribute('data-waarde')),
    ),
  );

it('the analyst runs a year of 30 households and reads it; the team lead sees the ETA figure', async () => {
  const leider = await alsMedewerker(e2e, 'teamleider-1');
  await leider.goto(`${e2e.url}/werk/overzicht`);
  expect(await leider.locator('[data-eta-jaarsimulatie]').getAttribute('data-eta-jaarsimulatie')).toBe(
    'geen',
  );
  expect(await leider.locator('[data-eta-jaarsimulatie]').textContent()).toContain(
    'nog geen jaarsimulatie gedraaid',
  );

  const page = await alsMedewerker(e2e, 'beleidsmedewerker-1');
  const menu = page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Jaarsimulatie' });
  expect(await menu.getAttribute('href')).toBe('/beleid/jaar');
  await menu.click();
  await page.waitForURL(/\/beleid\/jaar$/);
  expect(await page.locator('h1').textContent()).toBe('Jaarsimulatie 2026');
  expect(await checkAxe(page)).toEqual([]);

  // Bad input: said beside the field, nothing started.
  await page.getByLabel('Aantal huishoudens').fill('0');
  await page.getByRole('button', { name: 'Jaar simuleren' }).click();
  expect(await page.title()).toMatch(/^Fout: /);
  expect(await page.locator('body').textContent()).toContain('van 1 tot en met 2000');
  expect(omg.t.o.jaarsimulaties!.lijst()).toHaveLength(0);
  expect(await checkAxe(page)).toEqual([]);

  await page.getByLabel('Aantal huishoudens').fill('30');
  await page.getByLabel('Seed').fill('3');
  await page.getByRole('button', { name: 'Jaar simuleren' }).click();
  await page.waitForURL(/\/beleid\/jaar\/\d+$/);
  const id = Number(page.url().split('/').pop());
  // While it runs: the progress, and a link to look again (no JavaScript needed).
  if (omg.t.o.jaarsimulaties!.stand(id)!.status === 'bezig') {
    expect(await page.locator('progress').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Stand bijwerken' }).getAttribute('href')).toBe(
      `/beleid/jaar/${id}`,
    );
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'jaarsimulatie-bezig');
  }
  await omg.t.o.jaarsimulaties!.klaar();
  await page.reload();
  const stand = omg.t.o.jaarsimulaties!.stand(id)!;
  expect(stand.status).toBe('klaar');
  const r = stand.resultaat as JaarResultaat;
  expect(r.huishoudens).toBe(30);
  expect(r.varianten.map((v) => v.variant)).toEqual(['basis', 'product']);

  // The chart's table: recoveries ≥ € 1,000 and ≥ € 1,500 per variant, the result's own.
  expect(await page.locator('svg[role="img"]').count()).toBe(1);
  expect(await waarden(page, '[data-grafiek="jaar-terugvorderingen"]')).toEqual(
    r.varianten.flatMap((v) => [v.terugvorderingen.vanaf1000.aantal, v.terugvorderingen.vanaf1500.aantal]),
  );
  for (const v of r.varianten) {
    const tv = v.terugvorderingen;
    expect(await waarden(page, `tr[data-variant="${v.variant}"]`)).toEqual([
      v.huishoudens,
      tv.alle.aantal,
      tv.alle.som,
      tv.vanaf1000.aantal,
      tv.vanaf1000.som,
      tv.vanaf1500.aantal,
      tv.vanaf1500.som,
      v.nabetalingen.som,
      v.onderbetaling.som,
    ]);
    for (const stap of ['totZaak', 'totContact', 'totBesluit'] as const) {
      const s = v.tijdTotHulp[stap];
      expect(await waarden(page, `tr[data-hulp="${v.variant}-${stap}"]`)).toEqual([
        s.aantal,
        s.gemiddelde,
        s.mediaan,
        s.p90,
      ]);
    }
    for (const z of v.perZaaksoort)
      expect(await waarden(page, `tr[data-zaaksoort="${v.variant}-${z.soort}"]`)).toEqual([
        z.geopend,
        z.afgerond,
        z.doorlooptijd.gemiddelde,
        z.doorlooptijd.mediaan,
        z.doorlooptijd.p90,
      ]);
    const c = v.contacten;
    expect(await waarden(page, `tr[data-contacten="${v.variant}"]`)).toEqual([
      c.berichten,
      c.gesprekken,
      c.brieven,
      c.perHuishouden.berichten,
      c.perHuishouden.gesprekken,
      c.perHuishouden.brieven,
    ]);
    expect(await waarden(page, `tr[data-eta="${v.variant}"]`)).toEqual([
      v.eta.gemeten,
      v.eta.binnen20Procent,
      v.eta.aandeel,
    ]);
  }
  expect(await page.locator('tr[data-zaaksoort]').count()).toBe(
    r.varianten.reduce((n, v) => n + v.perZaaksoort.length, 0),
  );
  // The goal in words: the basis has none; the product's line agrees with the package's goal line.
  const doel = r.doel.find((d) => d.variant === 'product')!;
  const basis = r.varianten[0]!.terugvorderingen.vanaf1000.aantal;
  if (basis > 0)
    expect(await page.locator('[data-doel="product"]').getAttribute('data-gehaald')).toBe(
      String(doel.gehaald),
    );
  expect(await page.locator('body').textContent()).toContain(
    'Basis: dit is de basis waarmee vergeleken wordt',
  );
  expect(await checkAxe(page)).toEqual([]);
  await screenshot(page, 'jaarsimulatie-resultaat');
  await page.screenshot({ path: '/tmp/jaarsimulatie-resultaat.png', fullPage: true });
  await checkReflow(page);

  // The list shows it done.
  await page.goto(`${e2e.url}/beleid/jaar`);
  expect(await page.locator(`tr[data-jaarsimulatie="${id}"]`).textContent()).toContain('Klaar');

  // The team lead now sees the ETA accuracy of this run, true for its values.
  await leider.reload();
  expect(await leider.locator('[data-eta-jaarsimulatie]').getAttribute('data-eta-jaarsimulatie')).toBe(
    String(id),
  );
  const tekst = (await leider.locator('[data-eta-jaarsimulatie]').textContent()) ?? '';
  expect(tekst).toContain(`nummer ${id}`);
  expect(tekst).toContain('30 synthetische huishoudens');
  for (const v of r.varianten)
    expect(tekst).toContain(
      v.eta.gemeten === 0
        ? `${v.variant}: geen zaak met een verwachte afronding`
        : `${v.variant}: ${v.eta.binnen20Procent} van ${v.eta.gemeten} zaken binnen ± 20 %`,
    );
  expect(await checkAxe(leider)).toEqual([]);
  await screenshot(leider, 'jaarsimulatie-teamleider');

  // A case worker may not see the page (403).
  const behandelaar = await alsMedewerker(e2e, 'behandelaar-1');
  const weg = await behandelaar.goto(`${e2e.url}/beleid/jaar`);
  expect(weg?.status()).toBe(403);
  expect((await behandelaar.goto(`${e2e.url}/beleid/jaar/${id}`))?.status()).toBe(403);
}, 900_000);
