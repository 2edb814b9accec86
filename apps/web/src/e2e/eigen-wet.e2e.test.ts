/**
 * "Waarom dit bedrag?" after a parameter correction, in real Chromium on the real services: the
 * citizen's page and the case worker's decision page show the decision's own steps (ending at its
 * amount) and name its rules; axe (WCAG 2.1 A/AA) on both, reflow at 320 px for the staff table,
 * screenshots in test-results/screenshots/.
 */
import { inloggenDigid, overzicht } from '@regelmaat/diensten';
import type { TestOmgeving } from '@regelmaat/diensten/testing';
import { eurocent, formatCents } from '@regelmaat/kernel';
import { STANDAARDPREMIE_2026, wetgevingMetCorrectie } from '@regelmaat/law/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkAxe, checkReflow, type E2e, screenshot } from './harness';
import { alsBurger, alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

let omg: E2eOpDiensten;
let e2e: E2e;
let t: TestOmgeving;
const T = 60_000;

beforeAll(async () => {
  // The server runs with a corrected standaardpremie 2026; the decisions were made before it.
  omg = await startOpDiensten((o) => ({
    ...o,
    wetgeving: wetgevingMetCorrectie(
      o.wetgeving,
      'zorgtoeslag',
      STANDAARDPREMIE_2026.van,
      STANDAARDPREMIE_2026.naar,
    ),
  }));
  ({ e2e, t } = omg);
}, 90_000);
afterAll(async () => {
  await omg?.close();
});

const tekst = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function zorgtoeslag() {
  const ctx = { sessie: inloggenDigid(t.o, { bsn: t.bsn1 }).sessie, trace: nieuweTrace() };
  return (await overzicht(t.o, ctx, {})).toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
}

it(
  'the citizen reads the old decision with its own rules, and which rules those are',
  async () => {
    const zt = await zorgtoeslag();
    const page = await alsBurger(e2e, t.bsn1);
    await page.goto(`${e2e.url}/mijn/waarom/${zt.beschikkingId}`);
    const jaar = page.locator(
      'section[aria-label="Van maandbedragen naar het bedrag voor het jaar"] .rm-stap-waarde',
    );
    expect((await jaar.first().textContent())?.replace(/\u00a0/g, ' ')).toBe(
      formatCents(eurocent(zt.jaarbedrag)).replace(/\u00a0/g, ' '),
    );
    expect(await tekst(page, 'main')).toContain(
      `Standaardpremie per persoon per jaar: ${formatCents(eurocent(211_900)).replace(/\u00a0/g, ' ')}`,
    );
    const regels = await tekst(page, '[data-testid="regels"]');
    expect(regels).toContain(
      `Wij hebben dit bedrag berekend met de regels van versie ${t.o.wetgeving.versie.slice(0, 8)}.`,
    );
    expect(regels).toContain('Wij rekenen nu met een andere versie van de regels.');
    await checkAxe(page);
    await screenshot(page, 'mijn-waarom-eigen-regels');
  },
  T,
);

it(
  'the case worker sees the version and the parameters with date and source, also at 320 px',
  async () => {
    const zt = await zorgtoeslag();
    for (const breedte of [1280, 320]) {
      const page = await alsMedewerker(e2e, 'behandelaar-1', { breedte });
      await page.goto(`${e2e.url}/werk/beschikkingen/${zt.beschikkingId}`);
      expect(await tekst(page, '[data-testid="regels"]')).toContain(
        `Uitgelegd met de eigen parameterset van deze beschikking, versie ${t.o.wetgeving.versie}`,
      );
      expect(await tekst(page, 'tr[data-parameter="zorgtoeslag.standaardpremie"]')).toContain(
        '1 januari 2026',
      );
      await checkAxe(page);
      await checkReflow(page);
      await screenshot(page, `werk-beschikking-eigen-regels-${breedte}`);
    }
  },
  T,
);
