/**
 * Life events (issue 16, C8) end to end in real Chromium on the real services (PGlite in memory):
 * the life-event run of 15 March 2026 finds the child of household 70 turning 4 on 1 May in
 * dagopvang; the parent finds the message in "Mijn berichten", with when it happens and what
 * stopping the dagopvang does to her kinderopvangtoeslag (the amounts the run computed with the
 * engine, and the recovery that reporting in time avoids); "Wijziging doorgeven" opens the preview
 * of that change, filled in. The parent of household 71 answers "Dit klopt" and is thanked; the run's
 * figures count both answers. Every page passes axe (WCAG 2.1 A/AA) with one h1 and lang nl.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { levensgebeurtenisRun } from '@regelmaat/diensten';
import { maakTestOmgeving, type TestOmgeving, vierdeVerjaardagGezin } from '@regelmaat/diensten/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { euro } from '../opmaak';
import { checkAxe, type E2e, screenshot, startE2e, tabNaar } from './harness';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
const T = 60_000;
const GEZIN = vierdeVerjaardagGezin(70);
const GEZIN2 = vierdeVerjaardagGezin(71);

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, undefined, { extra: [GEZIN, GEZIN2] });
  await levensgebeurtenisRun(t.o, { peildatum: '2026-03-15' });
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 90_000);
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
}

async function openBericht(page: Page) {
  await page.goto(`${e2e.url}/mijn/berichten`);
  await toegankelijk(page, 'levensgebeurtenis-lijst');
  const rij = page.locator('tr[data-bericht]');
  expect(await rij.count()).toBe(1);
  expect(await rij.textContent()).toContain('Uw kind wordt binnenkort 4 jaar');
  await tabNaar(page, 'tr[data-bericht] th a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/mijn\/berichten\/\d+$/);
}

describe('a message before a child turns 4', () => {
  it(
    'says when, what stopping the dagopvang does, and opens the change filled in',
    async () => {
      const bericht = (
        await db.query<{
          gegevens: {
            effecten: {
              regeling: string;
              jaarbedragNu: number;
              jaarbedragNieuw: number;
              voorkomenTerugvordering: number;
            }[];
          };
        }>("SELECT gegevens FROM bericht WHERE huishouden_id = 70 AND soort = 'levensgebeurtenis'")
      ).rows[0]!;
      const kot = bericht.gegevens.effecten.find((e) => e.regeling === 'kinderopvangtoeslag')!;
      expect(kot.voorkomenTerugvordering).toBeGreaterThan(0);

      const page = await burger(GEZIN.ouderBsn);
      await openBericht(page);
      await toegankelijk(page, 'levensgebeurtenis-bericht');
      const tekst = ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(tekst).toContain('Uw kind dat geboren is op 1 mei 2022, wordt op 1 mei 2026 4 jaar.');
      expect(tekst).toContain('Stopt de dagopvang op 1 mei 2026? Dan verandert dit:');
      const bedrag = (c: number) => euro(c).replace(/\u00a0/g, ' ');
      expect(tekst).toContain(
        `Per jaar krijgt u dan ${bedrag(kot.jaarbedragNieuw)} in plaats van ${bedrag(kot.jaarbedragNu)}.`,
      );
      expect(((await page.getByTestId('voorkomen').textContent()) ?? '').replace(/\u00a0/g, ' ')).toBe(
        `Geeft u dit op tijd door? Dan hoeft u na het jaar ${bedrag(kot.voorkomenTerugvordering)} minder terug te betalen.`,
      );
      // The advice promises less to pay back only because a sentence above says by how much.
      expect(tekst).toContain(
        'Geef de wijziging dan op tijd door. Dan hoeft u na het jaar minder terug te betalen.',
      );
      await page.screenshot({ path: '/tmp/preventie-levensgebeurtenis.png', fullPage: true });

      await page.getByRole('button', { name: 'Wijziging doorgeven' }).click();
      await page.waitForLoadState();
      await toegankelijk(page, 'levensgebeurtenis-wijziging');
      const voorbeeld = ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(voorbeeld).toContain(bedrag(kot.jaarbedragNieuw));
      expect(await page.locator('input[type="hidden"][name="vanaf"]').getAttribute('value')).toBe(
        '2026-05-01',
      );
      expect(await page.locator('input[type="hidden"][name="uren"]').getAttribute('value')).toBe('0');
      await page.screenshot({ path: '/tmp/preventie-wijziging.png', fullPage: true });
    },
    T,
  );

  it(
    '"Dit klopt" thanks her once; the run counts both answers',
    async () => {
      const page = await burger(GEZIN2.ouderBsn);
      await openBericht(page);
      await page.getByRole('button', { name: 'Dit klopt' }).click();
      await page.waitForLoadState();
      await toegankelijk(page, 'levensgebeurtenis-klopt');
      expect(await page.locator('main').textContent()).toContain('U liet ons weten dat dit klopt.');
      const r = await levensgebeurtenisRun(t.o, { peildatum: '2026-03-15' });
      expect(r.reacties).toEqual({ klopt: 1, wijziging: 1 });
    },
    T,
  );
});
