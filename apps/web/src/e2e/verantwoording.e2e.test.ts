/**
 * Issue 19's "Done when" in real Chromium on the real services (PGlite in memory): the auditor logs
 * in and lands on the accountability workspace; finds what happened to one person in a period and
 * follows a record's trace; reproduces a sample of the advance run (all reproduce, with decisions
 * per second); reads the fairness report of the last advance run with its flags and downloads it
 * as CSV. axe (WCAG 2.1 A/AA) on every page, a screenshot of each. A case worker is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, screenshot } from './harness';
import { alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let s: E2eOpDiensten;
let runId: number;
const T = 120_000;

beforeAll(async () => {
  s = await startOpDiensten();
  runId = Number(
    (await s.db.query<{ id: string }>(`SELECT id FROM run WHERE soort = 'voorschot'`)).rows[0]!.id,
  );
  // The run selected every household by one rule, and none of the reviews changed an amount:
  // with the standard bounds too few to judge, so the report shows the numbers and no flag is
  // invented; the rule and its counts are on the page.
  await s.db.query(
    `INSERT INTO zaak (huishouden_id, run_id, redenen, toelichting, prioriteit)
     SELECT huishouden_id, $1, '{SCHATTING_WIJKT_AF}', '{}', 2 FROM beschikking WHERE run_id = $1
     GROUP BY huishouden_id ON CONFLICT (run_id, huishouden_id) DO NOTHING`,
    [runId],
  );
}, 90_000);
afterAll(async () => {
  await s?.close();
});

describe('the auditor’s workspace', () => {
  it(
    'finds one person in a period, follows a trace, reproduces a sample, reads the fairness report',
    async () => {
      const page = await alsMedewerker(s.e2e, 'auditor-1');
      expect(new URL(page.url()).pathname).toBe('/controle');
      await checkAxe(page);
      await screenshot(page, 'controle-start');

      // The processing log of one person in a period.
      await page.goto(`${s.e2e.url}/controle/logboek`);
      await page.fill('#veld-persoon', s.t.bsn1);
      await page.fill('#veld-van', '2026-01-01');
      await page.fill('#veld-tot', '2026-12-31');
      await page.click('button[type=submit]:has-text("Zoeken")');
      await page.waitForSelector('table caption');
      const rijen = await page.locator('table tbody tr').count();
      expect(rijen).toBeGreaterThan(0);
      expect(await page.locator('table').textContent()).toContain('Voorschot');
      await checkAxe(page);
      await screenshot(page, 'controle-logboek');
      await page.screenshot({ path: '/tmp/verantwoording-logboek.png', fullPage: true });
      // A bad period is named beside its field.
      await page.fill('#veld-van', '2026-02-01');
      await page.fill('#veld-tot', '2026-01-01');
      await page.click('button[type=submit]:has-text("Zoeken")');
      expect(await page.locator('.rm-error-summary').textContent()).toContain('tot');
      await checkAxe(page);

      // The trace of a record.
      await page.fill('#veld-van', '2026-01-01');
      await page.fill('#veld-tot', '2026-12-31');
      await page.click('button[type=submit]:has-text("Zoeken")');
      await page.locator('a:has-text("Spoor")').first().click();
      await page.waitForURL(/\/controle\/logboek\/sporen\/[0-9a-f]{32}$/);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
      await checkAxe(page);
      await screenshot(page, 'controle-spoor');

      // Reproduction of a sample of the run.
      await page.goto(`${s.e2e.url}/controle/reproductie`);
      await page.fill('#veld-run', String(runId));
      await page.fill('#veld-aantal', '1000');
      await page.click('button[type=submit]:has-text("Reproduceren")');
      const uitkomst = (await page.locator('[data-testid=reproductie-uitkomst]').textContent()) ?? '';
      const m =
        /(\d+) van (\d+) beschikkingen getrokken .* (\d+) van \2 reproduceren gelijk; ([\d.]+) beschikkingen per seconde/.exec(
          uitkomst.replace(/\s+/g, ' '),
        );
      expect(m, uitkomst).not.toBeNull();
      expect(m![3]).toBe(m![1]);
      expect(await page.locator('text=Alle getrokken beschikkingen reproduceren gelijk.').count()).toBe(1);
      await checkAxe(page);
      await screenshot(page, 'controle-reproductie');
      await page.screenshot({ path: '/tmp/verantwoording-reproductie.png', fullPage: true });

      // The fairness report of the last advance run, with its flags, the trend and the CSV.
      await page.goto(`${s.e2e.url}/controle/eerlijkheid`);
      expect(await page.locator('table').first().textContent()).toContain('voorschot');
      await checkAxe(page);
      await screenshot(page, 'controle-eerlijkheid');
      await page.click(`a:has-text("Rapport run ${runId}")`);
      await page.waitForURL(new RegExp(`/controle/eerlijkheid/${runId}$`));
      expect(await page.locator('h1').textContent()).toContain(`run ${runId}`);
      expect(await page.locator('#vlaggen').count()).toBe(1);
      expect(await page.locator('main').textContent()).toContain('SCHATTING_WIJKT_AF');
      await checkAxe(page);
      await page.screenshot({ path: '/tmp/verantwoording-eerlijkheid.png', fullPage: true });
      const csv = await page.request.get(`${s.e2e.url}/controle/eerlijkheid/${runId}/csv`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(`${runId},SCHATTING_WIJKT_AF,totaal,alle,`);
      // The algorithm register is one link away.
      await page.goto(`${s.e2e.url}/controle`);
      await page.click('a:has-text("Algoritmeregister")');
      await page.waitForURL(/\/algoritmeregister$/);
    },
    T,
  );

  it(
    'refuses a case worker the log search',
    async () => {
      const page = await alsMedewerker(s.e2e, 'behandelaar-1');
      const r = await page.goto(`${s.e2e.url}/controle/logboek/sporen/${'a'.repeat(32)}`);
      expect(r?.status()).toBe(403);
    },
    T,
  );
});
