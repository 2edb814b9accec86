/**
 * The feeds of housing corporations and health insurers (issue 16) end to end in real Chromium on
 * the real services (PGlite in memory), at 20 June 2026: the demo corporation sends its July batch;
 * the tenant whose rent rose finds one new message — who reported what, the new amounts, the letter,
 * what to do if it is wrong — and the letter in "Mijn brieven"; the tenant whose rent stayed the
 * same has no message. The insurer's end of insurance shows the month it counts from. Every page
 * passes axe (WCAG 2.1 A/AA) with one h1 and lang nl; screenshots go to test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { inloggenPartner, meldHuurBatch, meldZorgverzekering } from '@regelmaat/diensten';
import {
  huurderGezin,
  koppelHuurders,
  koppelVerzekerden,
  maakTestOmgeving,
  type TestOmgeving,
} from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_VERHUURDER, DEMO_ZORGVERZEKERAAR, type DemoPartner } from '@regelmaat/toegang';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { checkAxe, type E2e, screenshot, startE2e, tabNaar } from './harness';

const NU = '2026-06-20T10:00:00.000Z';
const HOGER = huurderGezin(70, [{ kaleHuur: 700 }]);
const GELIJK = huurderGezin(71, [{ kaleHuur: 650 }]);
let e2e: E2e;
let db: Db;
let t: TestOmgeving;
const T = 60_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, () => NU, { extra: [HOGER, GELIJK] });
  await koppelHuurders(db, DEMO_VERHUURDER.clientId, [HOGER.id, GELIJK.id], NU);
  await koppelVerzekerden(db, DEMO_ZORGVERZEKERAAR.clientId, [GELIJK.bsn], NU);
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 90_000);
afterAll(async () => {
  await e2e?.close();
  await db?.close();
});

async function alsPartner(p: DemoPartner) {
  const { sessie } = await inloggenPartner(t.o, { clientId: p.clientId, secret: p.secret });
  return { sessie, trace: nieuweTrace() };
}

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
}

describe('a corporation’s July batch and an insurer’s report, in the portal', () => {
  it(
    'the raised rent: one message with who, what and the effect, and the letter; the same rent: nothing',
    async () => {
      const rij = (meldingId: string, huurderBsn: string, kaleHuur: number) => ({
        meldingId,
        opgesteldOp: '2026-06-01T08:00:00Z',
        huurderBsn,
        ingangsdatum: '2026-07-01',
        kaleHuur,
      });
      const uit = await meldHuurBatch(t.o, await alsPartner(DEMO_VERHUURDER), {
        rijen: [rij('e2e-juli-1', HOGER.bsn, 73_000), rij('e2e-juli-2', GELIJK.bsn, 65_000)],
      });
      expect(uit.telling).toEqual({ herberekend: 1, 'al-bekend': 1 });

      const page = await burger(HOGER.bsn);
      await page.goto(`${e2e.url}/mijn/berichten`);
      await toegankelijk(page, 'mijn-berichten-huur');
      expect(await page.locator('tr[data-bericht]').count()).toBe(1);
      await tabNaar(page, 'tr[data-bericht] th a');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/mijn\/berichten\/\d+$/);
      await toegankelijk(page, 'mijn-bericht-huur');
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain('Uw verhuurder gaf een nieuwe huur door');
      expect(tekst).toMatch(
        new RegExp(
          `${DEMO_VERHUURDER.naam.replace(/[()]/g, '\\$&')} heeft ons laten weten dat uw kale huur vanaf 1 juli 2026 €\\s730,00 per maand is\\. Eerst was dat €\\s700,00\\.`,
        ),
      );
      expect(tekst).toContain('Daarom hebben wij uw toeslag opnieuw berekend.');
      expect(tekst).toMatch(/Per jaar: eerst €\s[\d.]+, nu €\s[\d.]+\./);
      expect(await page.locator('[data-zin="extra"]').textContent()).toMatch(/U krijgt €\s\d+ meer\./);
      expect(tekst).toContain('U krijgt hierover ook een brief.');
      expect(tekst).toContain('Klopt dit niet?');

      await page.goto(`${e2e.url}/mijn/brieven`);
      await toegankelijk(page, 'mijn-brieven-huur');
      expect(await page.locator('main').textContent()).toContain('uurtoeslag');

      const gelijk = await burger(GELIJK.bsn);
      await gelijk.goto(`${e2e.url}/mijn/berichten`);
      expect(await gelijk.locator('tr[data-bericht]').count()).toBe(0);
    },
    T,
  );

  it(
    'the insurer’s end of insurance: the month it counts from, and that a case worker adjusts it',
    async () => {
      const uit = await meldZorgverzekering(t.o, await alsPartner(DEMO_ZORGVERZEKERAAR), {
        meldingId: 'e2e-zv-1',
        bsn: GELIJK.bsn,
        gebeurtenis: 'einde',
        datum: '2026-06-15',
      });
      expect(uit.uitkomst).toBe('in-behandeling');
      const page = await burger(GELIJK.bsn);
      await page.goto(`${e2e.url}/mijn/berichten`);
      await page.locator('tr[data-bericht] th a').click();
      await page.waitForURL(/\/mijn\/berichten\/\d+$/);
      await toegankelijk(page, 'mijn-bericht-zorgverzekering');
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain('tot en met 15 juni 2026 bij hen verzekerd bent.');
      expect(tekst).toContain('Dan heeft u vanaf juli 2026 geen recht op zorgtoeslag.');
      expect(tekst).toContain('Een medewerker past uw zorgtoeslag aan.');
    },
    T,
  );
});
