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
    // The policy analyst's menu leads here.
    const menu = page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Simulaties' });
    expect(await menu.getAttribute('href')).toBe('/beleid/simulaties');
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
    // Five result tables, two workload tables, the marginal cases, and one table beside each of
    // the four charts.
    expect(await page.locator('table').count()).toBe(12);
    // The marginal cases: every row the result's own (scaled households the reform moves across).
    const marges = stand.resultaat!.marges.regels;
    expect(await page.locator('tr[data-marge]').count()).toBe(marges.length);
    for (const m of marges)
      expect(
        await page
          .locator(`tr[data-marge="${m.regeling}-${m.grens}"] td[data-waarde]`)
          .getAttribute('data-waarde'),
      ).toBe(String(m.opgehoogd.kruist));
    expect(await page.locator('svg[role="img"]').count()).toBe(4);
    // The decile chart's table holds the result's own average change per decile.
    const decielen = await Promise.all(
      (await page.locator('[data-grafiek="decielen"] td[data-waarde]').all()).map(async (td) =>
        Number(await td.getAttribute('data-waarde')),
      ),
    );
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
    await page
      .locator('[data-grafiek="winnaars"]')
      .screenshot({ path: '/tmp/simulatie-grafiek-winnaars.png' });
    await page
      .locator('[data-grafiek="decielen"]')
      .screenshot({ path: '/tmp/simulatie-grafiek-decielen.png' });
    await checkReflow(page);

    // A second run, then both side by side: each figure the result's own.
    await page.goto(`${e2e.url}/beleid/simulaties`);
    await page.getByRole('button', { name: /Doorrekenen: Kinderopvangtoeslag 96/ }).click();
    await page.waitForURL(/\/beleid\/simulaties\/\d+$/);
    await omg.t.o.simulaties!.klaar();
    const id2 = Number(page.url().split('/').pop());
    await page.goto(`${e2e.url}/beleid/simulaties`);
    expect(await checkAxe(page)).toEqual([]);
    await page.getByLabel('Eerste doorrekening (nummer)').selectOption(String(id));
    await page.getByLabel('Tweede doorrekening (nummer)').selectOption(String(id2));
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.waitForURL(/vergelijk\?a=\d+&b=\d+/);
    const tweede = omg.t.o.simulaties!.stand(id2)!.resultaat!;
    const kot = tweede.begroting.find((b) => b.regeling === 'kinderopvangtoeslag')!;
    const cellen = page.locator('tr[data-regel="begroting-kinderopvangtoeslag"] td');
    expect(await cellen.nth(0).getAttribute('data-waarde')).toBe('0');
    expect(await cellen.nth(1).getAttribute('data-waarde')).toBe(String(kot.opgehoogdVerschil));
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'simulatie-vergelijking');
    await page.screenshot({ path: '/tmp/simulatie-vergelijking.png', fullPage: true });
    // The same run twice is refused in plain Dutch, not a 500.
    const zelfde = await page.goto(`${e2e.url}/beleid/simulaties/vergelijk?a=${id}&b=${id}`);
    expect(zelfde?.status()).toBe(400);
  },
  T * 2,
);

it(
  'a case worker may not run simulations',
  async () => {
    const page = await alsMedewerker(e2e, 'behandelaar-1');
    await page.goto(`${e2e.url}/werk`);
    expect(await page.getByRole('link', { name: 'Simulaties' }).count()).toBe(0);
    const r = await page.goto(`${e2e.url}/beleid/simulaties`);
    expect(r?.status()).toBe(403);
    const json = await page.request.get(`${e2e.url}/beleid/simulaties/1/resultaat.json`);
    expect(json.status()).toBe(403);
  },
  T,
);

it(
  'the policy analyst saves a scenario (a YAML error shown with its line), views it and runs it',
  async () => {
    const page = await alsMedewerker(e2e, 'beleidsmedewerker-1');
    await page.goto(`${e2e.url}/beleid/scenarios`);
    // The shipped examples are listed as read-only scenarios.
    expect(await page.locator('td', { hasText: 'Voorbeeld (alleen lezen)' }).count()).toBe(4);
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'scenarios-lijst');
    await page.getByRole('link', { name: 'Nieuw scenario' }).click();
    const yaml =
      'jaar: 2026\nonderdelen:\n  - naam: Premie\n    wijzigingen:\n      - parameter: zorgtoeslag.standaardpremie\n        vanaf: 2026-01-01\n        waarde: 2200\n';
    await page.getByLabel('Naam').fill('Hogere premie');
    await page.locator('textarea[name="beschrijving"]').fill('De standaardpremie omhoog.');
    await page.getByLabel('Hervorming (YAML)').fill(yaml);
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    // The value without a source is refused with its line; what was typed stays.
    const fout = page.locator('#veld-hervorming-fout, .utrecht-form-field-error-message').first();
    expect(await page.locator('body').textContent()).toContain(
      'regel 5: onderdelen.0.wijzigingen.0 geef precies één van bron of voorstel',
    );
    expect(await fout.count()).toBeGreaterThan(0);
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'scenario-fout');
    await page.screenshot({ path: '/tmp/scenario-fout.png', fullPage: true });
    await page
      .getByLabel('Hervorming (YAML)')
      .fill(`${yaml}        voorstel: Een hogere premie als voorbeeld\n`);
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page.waitForURL(/\/beleid\/scenarios\/\d+\?gedaan=opgeslagen$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Scenario \d+: Hogere premie$/);
    expect(await page.locator('body').textContent()).toContain(
      'Nog geen signaal verwijst naar dit scenario.',
    );
    expect(await checkAxe(page)).toEqual([]);
    await screenshot(page, 'scenario');
    await page.screenshot({ path: '/tmp/scenario.png', fullPage: true });
    await page.getByRole('button', { name: 'Dit scenario doorrekenen' }).click();
    await page.waitForURL(/\/beleid\/simulaties\/\d+$/);
    await omg.t.o.simulaties!.klaar();
    const stand = omg.t.o.simulaties!.stand(Number(page.url().split('/').pop()))!;
    expect(stand).toMatchObject({
      status: 'klaar',
      hervorming: { naam: 'Hogere premie', onderdelen: ['Premie'] },
    });
  },
  T * 2,
);
