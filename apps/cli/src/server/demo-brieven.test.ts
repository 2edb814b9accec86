/**
 * The server demo (`npm start`) has a letter of every kind the product makes (issue 13): seeded as
 * the server seeds it, on a smaller population. The kinds come from the template register's lists
 * (`BRIEF_SOORTEN`, `BEZWAAR_BRIEF_SOORTEN`) and the settlement outcomes, so a new kind without
 * demo data fails here.
 */

import type { VereffeningUitkomst } from '@regelmaat/beschikking';
import { BEZWAAR_BRIEF_SOORTEN, BRIEF_SOORTEN, type BriefSoort } from '@regelmaat/brieven';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import {
  brief,
  briefSoortVan,
  brievenVan,
  type Context,
  inloggenDigid,
  inloggenMedewerker,
  type Omgeving,
  STANDAARD_INSTELLINGEN,
} from '@regelmaat/diensten';
import { SLEUTELS } from '@regelmaat/diensten/testing';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { checkAxe, screenshot, startE2e } from '@regelmaat/web/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zaaiDemoBezwaren } from './demo-bezwaren';
import { VORIG_JAAR } from './demo-vorig-jaar';
import {
  demoVoorbeelden,
  zaaiDemo,
  zaaiDemoBrieven,
  zaaiDemoPartnermelding,
  zaaiDemoWerk,
} from './demo-zaaien';
import { maakServer } from './server';

const NU = '2026-12-04T09:00:00.000Z';

/**
 * Which settlement outcomes of a definitive calculation have a letter variant of their own (the
 * golden letters of toeslagbrief-2). A new outcome does not compile until it is decided here.
 */
const DEFINITIEVE_VARIANTEN: Record<VereffeningUitkomst, boolean> = {
  nabetaling: true,
  terugvordering: true,
  'niet-ingevorderd': true,
  // Advanced exactly the definitive amount: rare in a synthetic population, not required.
  geen: false,
};

describeEachDatabase('the npm start demo has a letter of every kind on $naam', ({ open, naam }) => {
  let db: Db;
  let o: Omgeving;
  beforeAll(async () => {
    db = await open();
    const w = wetgeving();
    await zaaiDemo(db, w, {
      huishoudens: 300,
      jaar: 2026,
      totEnMetMaand: 12,
      melding: () => {},
      pseudoniemSleutel: SLEUTELS.pseudoniem,
      nu: NU,
    });
    o = {
      db,
      wetgeving: w,
      klok: () => NU,
      sleutels: SLEUTELS,
      instellingen: { ...STANDAARD_INSTELLINGEN, digidSimulatie: true },
    };
    // As `regelmaat server --demo` does after the population and runs.
    await zaaiDemoBrieven(o, 2026);
    await zaaiDemoWerk(o, 2026);
    await zaaiDemoBezwaren(o, 2026);
    await zaaiDemoPartnermelding(o, 2026);
  }, 600_000);
  afterAll(async () => {
    await db?.close();
  });

  it('has a decision letter of every kind, and every definitive variant, that opens', async () => {
    const r = await db.query<{
      id: string;
      soort: 'voorschot' | 'definitief';
      aanleiding: string;
      jaar: number;
      uitkomst: VereffeningUitkomst | null;
      vorigeId: string | null;
    }>(
      `SELECT DISTINCT ON (soort, aanleiding, jaar, vereffening_uitkomst, vorige_id IS NULL) id, soort, aanleiding, jaar,
              vereffening_uitkomst AS uitkomst, vorige_id AS "vorigeId"
         FROM beschikking WHERE status = 'vastgesteld' ORDER BY soort, aanleiding, jaar, vereffening_uitkomst, vorige_id IS NULL, id`,
    );
    const perSoort = new Map<BriefSoort, number>();
    const definitief = new Map<VereffeningUitkomst, number>();
    for (const b of r.rows) {
      const s = briefSoortVan({ soort: b.soort, aanleiding: b.aanleiding as 'run', vorigeId: b.vorigeId });
      if (!perSoort.has(s)) perSoort.set(s, Number(b.id));
      if (s === 'definitieve-berekening' && b.uitkomst && !definitief.has(b.uitkomst))
        definitief.set(b.uitkomst, Number(b.id));
      if (s === 'definitieve-berekening') expect(b.jaar).toBe(VORIG_JAAR);
    }
    const vereist = Object.entries(DEFINITIEVE_VARIANTEN)
      .filter(([, v]) => v)
      .map(([k]) => k);
    console.log(
      `demo-brieven: soorten ${[...perSoort.keys()].join(', ')}; definitief ${[...definitief.keys()].join(', ')}`,
    );
    expect([...perSoort.keys()].sort()).toEqual([...BRIEF_SOORTEN].sort());
    expect([...definitief.keys()].filter((k) => DEFINITIEVE_VARIANTEN[k]).sort()).toEqual(vereist.sort());
    // Each opens as a letter (its data fixed from the decision, rendered as HTML), as staff.
    const sessie = (
      await inloggenMedewerker(o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
    ).sessie;
    for (const id of [...perSoort.values(), ...definitief.values()]) {
      const b = await brief(o, { sessie, trace: nieuweTrace() }, id, 'html');
      expect(b.html).toContain('<h1');
      const rij = await db.query<{ soort: 'definitief'; aanleiding: 'run'; vorigeId: string | null }>(
        'SELECT soort, aanleiding, vorige_id AS "vorigeId" FROM beschikking WHERE id = $1',
        [id],
      );
      expect(b.opgeslagen.brief.gegevens.soort).toBe(briefSoortVan(rij.rows[0]!));
    }
  });

  it('has an objection letter of every kind', async () => {
    const r = await db.query<{ soort: string }>('SELECT DISTINCT soort FROM bezwaarbrief ORDER BY soort');
    expect(r.rows.map((x) => x.soort)).toEqual([...BEZWAAR_BRIEF_SOORTEN].sort());
  });

  it('has recoveries below the doelmatigheidsgrens, booked, held at € 1,500 or more, and payment plans', async () => {
    const r = (
      await db.query<{
        niet: string;
        vordering: string;
        aangehouden: string;
        regelingen: string;
        nabetaling: string;
      }>(
        `SELECT (SELECT count(*) FROM beschikking WHERE jaar = $1 AND vereffening_uitkomst = 'niet-ingevorderd') AS niet,
                (SELECT count(*) FROM vordering WHERE jaar = $1) AS vordering,
                (SELECT count(*) FROM beschikking WHERE jaar = $1 AND status = 'aangehouden'
                    AND vereffening_uitkomst = 'terugvordering') AS aangehouden,
                (SELECT count(*) FROM betalingsregeling) AS regelingen,
                (SELECT count(*) FROM nabetaling WHERE jaar = $1) AS nabetaling`,
        [VORIG_JAAR],
      )
    ).rows[0]!;
    console.log(`demo-brieven: ${VORIG_JAAR}: ${JSON.stringify(r)}`);
    expect(Number(r.niet)).toBeGreaterThan(0);
    expect(Number(r.vordering)).toBeGreaterThan(0);
    expect(Number(r.aangehouden)).toBeGreaterThan(0);
    expect(Number(r.nabetaling)).toBeGreaterThan(0);
    expect(Number(r.regelingen)).toBe(3);
    // The settled households carry on: they have a 2026 advance too.
    const door = await db.query<{ n: string }>(
      `SELECT count(DISTINCT b.huishouden_id) AS n FROM beschikking b
        WHERE b.jaar = 2026 AND b.huishouden_id IN (SELECT huishouden_id FROM vordering)`,
    );
    expect(Number(door.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('lists citizens with a recovery and a back-payment, whose letters show the settled year', async () => {
    const { burgers } = await demoVoorbeelden(db, 2026);
    const terug = burgers.find((b) => b.waarom.startsWith(`moet toeslag over ${VORIG_JAAR} terugbetalen`));
    const bij = burgers.find((b) => b.waarom.startsWith(`krijgt geld bij over ${VORIG_JAAR}`));
    expect(terug && bij).toBeTruthy();
    for (const b of [terug!, bij!]) {
      const ctx: Context = { sessie: inloggenDigid(o, { bsn: b.bsn }).sessie, trace: nieuweTrace() };
      const lijst = await brievenVan(o, ctx, {});
      expect(lijst.brieven.some((x) => x.soort === 'definitieve-berekening' && x.jaar === VORIG_JAAR)).toBe(
        true,
      );
      expect(lijst.brieven.some((x) => x.jaar === 2026)).toBe(true);
    }
  });

  // The pages are the same on both databases: once, on PGlite, is enough.
  it.skipIf(naam !== 'PGlite')(
    'the citizens with a recovery and a back-payment see them in the browser (Chromium, axe)',
    async () => {
      const { burgers } = await demoVoorbeelden(db, 2026);
      const terug = burgers.find((b) => b.waarom.startsWith(`moet toeslag over ${VORIG_JAAR} terugbetalen`))!;
      const bij = burgers.find((b) => b.waarom.startsWith(`krijgt geld bij over ${VORIG_JAAR}`))!;
      const e2e = await startE2e({}, async () => maakServer(o));
      try {
        const bekijk = async (page: Page, naam: string) => {
          expect(await page.getAttribute('html', 'lang')).toBe('nl');
          expect(await page.locator('h1').count()).toBe(1);
          await checkAxe(page);
          await screenshot(page, naam);
          return ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');
        };
        const burger = async (bsn: string) => {
          const page = await e2e.nieuwePagina();
          await page.goto(`${e2e.url}/inloggen`);
          await page.fill('#veld-bsn', bsn);
          await page.press('#veld-bsn', 'Enter');
          await page.waitForURL(/\/mijn$/);
          return page;
        };
        for (const [b, naam] of [
          [terug, 'demo-terugvordering'],
          [bij, 'demo-nabetaling'],
        ] as const) {
          const page = await burger(b.bsn);
          await page.goto(`${e2e.url}/mijn/brieven`);
          const lijst = await bekijk(page, `${naam}-brieven`);
          expect(lijst).toContain(`Definitieve berekening`);
          expect(lijst).toContain(`${VORIG_JAAR}`);
          const rij = page.locator('tr[data-brief]', { hasText: 'Definitieve berekening' }).first();
          await rij.locator('th a').click();
          await page.waitForURL(/\/mijn\/brieven\/\d+$/);
          const tekst = await bekijk(page, `${naam}-brief`);
          expect(tekst).toMatch(
            naam === 'demo-terugvordering' ? /terugbetalen|terugvorder/i : /nabetal|bij/i,
          );
          if (naam === 'demo-terugvordering') {
            await page.goto(`${e2e.url}/mijn/terugbetalen`);
            const t = await bekijk(page, `${naam}-terugbetalen`);
            expect(t).toMatch(/U moet nog € [\d.]+,\d{2} terugbetalen\./);
          }
          await page.context().close();
        }
      } finally {
        await e2e.close();
      }
    },
    120_000,
  );
});
