/**
 * A payment plan that lapses, and toeslag set off, in real Chromium on the real services (PGlite in
 * memory). A household gets a recovery of € 3,000 arranged (last day to pay 12 September 2026) and
 * agrees the standard plan; it pays only part of the missed September term after the reminder, so
 * the October run lapses the plan and the November run sets off part of its toeslag. The citizen
 * sees on "Wat moet ik terugbetalen?" that the plan stopped, why (the reminder's last day, what was
 * due, what was missing) and that all that is open is due now; "Mijn betalingen" shows the toeslag
 * kept back with the month, the amount and the recovery it went to; the team lead's figures count
 * the lapsed plan. Every page passes axe with one h1 and lang nl; screenshots in /tmp.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import {
  betaalTerug,
  inloggenDigid,
  invorderingRun,
  mijnBetalingen,
  regelingAanvragen,
  terugbetalenVan,
} from '@regelmaat/diensten';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { datum, euroCenten, maandNaam } from '../opmaak';
import { checkAxe, type E2e, screenshot, startE2e } from './harness';
import { alsBurger, alsMedewerker } from './op-diensten';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let nu = '2026-08-20T10:00:00.000Z';
let bsn = '';
let vorderingId = 0;
const T = 90_000;
const burger = () => ({ sessie: inloggenDigid(t.o, { bsn }).sessie, trace: nieuweTrace() });

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, () => nu);
  await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
  const r = await db.query<{ id: string; bsn: string; b: string }>(
    `SELECT h.id, h.bsn_aanvrager AS bsn,
            (SELECT min(b.id) FROM beschikking b WHERE b.huishouden_id = h.id
                AND NOT EXISTS (SELECT 1 FROM vordering v WHERE v.beschikking_id = b.id)) AS b
       FROM huishouden h WHERE EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id)
      ORDER BY EXISTS (SELECT 1 FROM vordering v WHERE v.huishouden_id = h.id), h.id LIMIT 1`,
  );
  const h = r.rows[0]!;
  bsn = h.bsn;
  const v = await db.query<{ id: string }>(
    `INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
     VALUES ($1, $2, 'zorgtoeslag', 2025, 300000, '2026-08-01', '2026-09-12', '2026-08-01T10:00:00Z') RETURNING id`,
    [h.b, h.id],
  );
  vorderingId = Number(v.rows[0]!.id);
  await db.query(
    `INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op)
     VALUES ($1, $2, 'vordering', 300000, '2026-08-01', '2026-08-01T10:00:00Z')`,
    [vorderingId, h.id],
  );
  await db.query(
    `INSERT INTO betaling (run_id, huishouden_id, regeling, jaar, maand, beschikking_id, bedrag)
     SELECT run_id, $1, 'huurtoeslag', 2026, 11, beschikking_id, 150000 FROM betaling LIMIT 1
     ON CONFLICT (huishouden_id, regeling, jaar, maand) DO UPDATE SET bedrag = 150000`,
    [h.id],
  );
  await regelingAanvragen(t.o, burger(), vorderingId, { soort: 'standaard' });
  nu = '2026-10-03T09:00:00.000Z';
  await invorderingRun(t.o, { maand: '2026-09' });
  nu = '2026-10-10T09:00:00.000Z';
  await betaalTerug(t.o, burger(), { vorderingId, bedrag: 5_000 });
  nu = '2026-11-03T09:00:00.000Z';
  await invorderingRun(t.o, { maand: '2026-10' });
  nu = '2026-12-03T09:00:00.000Z';
  await invorderingRun(t.o, { maand: '2026-11' });
  nu = '2026-12-05T09:00:00.000Z';
  e2e = await startE2e({}, () => maakWebServer(t.o, { digidSimulatie: true }));
}, 240_000);
afterAll(async () => {
  await e2e?.close();
  await db?.close();
});

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
  await page.screenshot({ path: `/tmp/invordering-${naam}.png`, fullPage: true });
}
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const tekstVan = async (page: Page) =>
  nbsp((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

describe('a lapsed plan and toeslag set off, as the citizen and the team lead see them', () => {
  it(
    '"Wat moet ik terugbetalen?" says the plan stopped, why, and that all that is open is due now',
    async () => {
      const v = (await terugbetalenVan(t.o, burger(), {})).vorderingen.find((x) => x.id === vorderingId)!;
      expect(v.verval).not.toBeNull();
      const page = await alsBurger(e2e, bsn);
      await page.goto(`${e2e.url}/mijn/terugbetalen`);
      const tekst = await tekstVan(page);
      expect(tekst).toContain('Uw betalingsregeling is gestopt');
      expect(tekst).toContain(
        `Daarin stond dat u uiterlijk ${datum('2026-10-17')} in totaal ${nbsp(euroCenten(12_500))} betaald moest hebben. Op ${datum('2026-11-03')} ontbrak daarvan nog ${nbsp(euroCenten(7_500))}.`,
      );
      expect(tekst).toContain(
        `U moet nu alles wat nog openstaat in één keer betalen. Wij vroegen u dat uiterlijk ${datum('2026-11-17')} te doen.`,
      );
      expect(tekst).toContain(`U had ${nbsp(euroCenten(12_500))} van uw betalingsregeling nog niet betaald.`);
      // No plan to choose and no term of a running plan: the payment field offers the whole balance.
      expect(tekst).not.toContain('U betaalt op tijd');
      expect(tekst).not.toContain('Kies deze regeling');
      expect(await page.inputValue('input[name="bedrag"]')).toBe(
        nbsp(euroCenten(v.saldo)).replace(/^€\s*/, ''),
      );
      await toegankelijk(page, 'regeling-vervallen');
    },
    T,
  );

  it(
    '"Mijn betalingen" shows the toeslag kept back: the month, the amount and the recovery it went to',
    async () => {
      const m = await mijnBetalingen(t.o, burger(), { jaar: 2026 });
      expect(m.verrekeningen).toHaveLength(1);
      const x = m.verrekeningen[0]!;
      const page = await alsBurger(e2e, bsn);
      await page.goto(`${e2e.url}/mijn/betalingen`);
      const tekst = await tekstVan(page);
      expect(tekst).toContain('Ingehouden voor wat u moet terugbetalen');
      const rij = nbsp((await page.locator(`tr[data-verrekening="${vorderingId}"]`).textContent()) ?? '');
      expect(rij).toContain(maandNaam(11));
      expect(rij).toContain('uw terugbetaling van zorgtoeslag over 2025');
      expect(rij).toContain(nbsp(euroCenten(x.bedrag)));
      expect(tekst).toContain(`Samen verrekend: ${nbsp(euroCenten(m.verrekend))}.`);
      expect(tekst).toContain(
        `Daarvan hielden wij ${nbsp(euroCenten(m.verrekend))} in voor wat u moet terugbetalen (zie hieronder). Op uw rekening kreeg u dus ${nbsp(euroCenten(m.betaald - m.verrekend))}.`,
      );
      await toegankelijk(page, 'betalingen-verrekend');
    },
    T,
  );

  it(
    'the team lead’s figures count the lapsed plan',
    async () => {
      const page = await alsMedewerker(e2e, 'teamleider-4');
      await page.goto(`${e2e.url}/werk/invordering`);
      const rij = nbsp(
        (await page.locator('[data-cijfers] tr', { hasText: 'Regeling vervallen' }).textContent()) ?? '',
      );
      expect(rij).toContain('1');
      await toegankelijk(page, 'invordering-vervallen');
    },
    T,
  );
});
