/**
 * The public algorithm register in real Chromium: reached from the footer of every page, the list
 * and each algorithm's page pass axe (WCAG 2.1 A/AA) with one h1 and lang nl, also at 320 px; the
 * exception detection lists every rule with the queue it feeds; an unknown algorithm is a 404 page.
 * Screenshots in test-results/screenshots/.
 */
import { eurocent, formatCents } from '@regelmaat/kernel';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkAxe, checkReflow, type E2e, screenshot, startE2e } from './harness';

let e2e: E2e;
const T = 60_000;

beforeAll(async () => {
  e2e = await startE2e();
}, 90_000);
afterAll(async () => {
  await e2e?.close();
});

const tekst = (s: string | null) =>
  (s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .trim();

it(
  'is linked from the footer and lists the five algorithms',
  async () => {
    const page = await e2e.nieuwePagina();
    await page.goto(`${e2e.url}/`);
    await page.locator('footer a[href="/algoritmeregister"]').click();
    await page.waitForURL(/\/algoritmeregister$/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main a[href^="/algoritmeregister/"]').count()).toBe(5);
    await checkAxe(page);
    await screenshot(page, 'algoritmeregister');
  },
  T,
);

it(
  'shows the exception detection with every rule and its queue, also at 320 px',
  async () => {
    for (const breedte of [1280, 320]) {
      const page = await e2e.nieuwePagina({ breedte });
      await page.goto(`${e2e.url}/algoritmeregister/uitval-selectie`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('tr[data-regel]').count()).toBe(STANDAARD_REGELS.length);
      expect(tekst(await page.locator('tr[data-regel="HOGE_TERUGVORDERING"]').textContent())).toContain(
        'Zienswijze vóór terugvordering (invordering)',
      );
      await checkAxe(page);
      if (breedte === 320) await checkReflow(page);
      await screenshot(page, `algoritmeregister-uitval-${breedte}`);
    }
  },
  T,
);

it(
  'shows a calculation with its articles and its parameters with their sources',
  async () => {
    const page = await e2e.nieuwePagina();
    await page.goto(`${e2e.url}/algoritmeregister/berekening-zorgtoeslag`);
    const premie = tekst(
      await page.locator('tr[data-parameter="zorgtoeslag.standaardpremie"]').textContent(),
    );
    expect(premie).toContain(tekst(formatCents(eurocent(211_900))));
    expect(premie).toContain('1 januari 2026');
    expect(
      await page.locator('main a[href^="https://wetten.overheid.nl/BWBR0018451/"]').count(),
    ).toBeGreaterThan(0);
    await checkAxe(page);
    await screenshot(page, 'algoritmeregister-zorgtoeslag');
  },
  T,
);

it(
  'answers an unknown algorithm with the 404 page',
  async () => {
    const page = await e2e.nieuwePagina();
    const res = await page.goto(`${e2e.url}/algoritmeregister/bestaat-niet`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    await checkAxe(page);
  },
  T,
);
