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
    expect(await page.locator('table').count()).toBe(5);
    expect(await page.locator('caption').allTextContents()).toContain(
      'Verandering per inkomensdeciel (aandeel van de huishoudens)',
    );
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'simulatie-resultaat');
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
