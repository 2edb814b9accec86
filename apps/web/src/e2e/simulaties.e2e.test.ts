/**
 * Issue 18 in real Chromium on the real services: the policy analyst logs in, runs the 2026
 * huurtoeslag package on the test population (300 synthetic households), follows it and reads the
 * result tables, whose figures are the result's own; axe (WCAG 2.1 A/AA) on both pages, reflow at
 * 320 px, screenshots in test-results/screenshots/. A case worker is refused.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkAxe, checkReflow, type E2e, screenshot } from './harness';
import { alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
const T = 90_000;

beforeAll(async () => {
  omg = await startOpDiensten();
  ({ e2e } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

it(
  'the policy analyst runs a reform and reads its tables',
  async () => {
    const page = await alsMedewerker(e2e, 'beleidsmedewerker-1');
    await page.goto(`${e2e.url}/beleid/simulaties`);
    expect(await page.locator('h1').textContent()).toContain('Uitvoeringstoets');
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'simulaties-lijst');
    await page.getByRole('button', { name: /Doorrekenen: Huurtoeslagpakket 2026/ }).click();
    await page.waitForURL(/\/beleid\/simulaties\/\d+$/);
    await omg.t.o.simulaties!.klaar();
    await page.reload();
    const id = Number(page.url().split('/').pop());
    const stand = omg.t.o.simulaties!.stand(id)!;
    expect(stand.status).toBe('klaar');
    // The table's change of huurtoeslag is the result's own (data attribute = eurocents over the sample).
    const ht = stand.resultaat!.begroting.find((b) => b.regeling === 'huurtoeslag')!;
    expect(
      await page.locator('tr[data-regeling="huurtoeslag"] td[data-verschil]').getAttribute('data-verschil'),
    ).toBe(String(ht.verschil));
    // Five result tables, two workload tables, and one table beside each of the four charts.
    expect(await page.locator('table').count()).toBe(11);
    expect(await page.locator('svg[role="img"]').count()).toBe(4);
    // The decile chart's table holds the result's own average change per decile.
    const decielen = await page
      .locator('[data-grafiek="decielen"] td[data-waarde]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-waarde'))));
    expect(decielen).toEqual(stand.resultaat!.emmers.perDeciel.map((g) => g.gemiddeldeVerandering));
    const json = await page.request.get(`${e2e.url}/beleid/simulaties/${id}/resultaat.json`);
    expect(json.status()).toBe(200);
    expect((await json.json()).werklast.steekproef).toBe(stand.resultaat!.werklast.steekproef);
    const csv = await page.request.get(`${e2e.url}/beleid/simulaties/${id}/resultaat.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('werklast-opgehoogd,totaal,brieven,');
    expect(await page.locator('caption').allTextContents()).toContain(
      'Verandering per inkomensdeciel (aandeel van de huishoudens)',
    );
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'simulatie-resultaat');
    await page.screenshot({ path: '/tmp/simulatie-resultaat.png', fullPage: true });
    await checkReflow(page);
  },
  T,
);

it(
  'a case worker may not run simulations',
  async () => {
    const page = await alsMedewerker(e2e, 'behandelaar-1');
    const r = await page.goto(`${e2e.url}/beleid/simulaties`);
    expect(r?.status()).toBe(403);
  },
  T,
);
