/**
 * The case worker's other forms on an objection (issue 14), in real Chromium on the real services
 * (PGlite in memory), after a settled year, on a clock of 15 September 2027 — each asserting the
 * outcome on the page and in the data, each page passing axe:
 * - a late objection (Awb 6:7, 6:9) judged excusable (6:11): it continues with the call;
 * - a late objection judged not excusable: a decision other than niet-ontvankelijk is refused, and
 *   niet-ontvankelijk is decided with its letter;
 * - the person withdraws during the call: the objection ends, the call is a contact on the case;
 * - a hearing planned and held (Awb 7:2, 7:7): the report is kept, the objection is ready to decide;
 * - a notice of default (Awb 4:17) after the decision term: the penalty (Awir 12 lid 2) computed
 *   and shown, from no penalty before it to € 10 for each week in default;
 * - an advisory committee (Awb 7:13): the decision term becomes twelve weeks (7:10 lid 1), on the
 *   case and in the citizen's Mijn zaken with the reason.
 * The letters' dates are set in the data (a test may arrange rows): runs date their letters on the
 * day they run.
 */
import type { Db } from '@regelmaat/db';
import {
  type Context,
  dienBezwaarIn,
  inloggenDigid,
  inloggenMedewerker,
  type Omgeving,
  registreerBezwaar,
} from '@regelmaat/diensten';
import { rekenJaarAf, SLEUTELS, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, type E2e, screenshot } from './harness';
import { alsBurger, alsMedewerker, type E2eOpDiensten, startOpDiensten } from './op-diensten';

/** Today in this test: after the decision term of an objection against the 2026 settlement. */
const NU = '2027-09-15T10:00:00.000Z';
const T = 120_000;

let omg: E2eOpDiensten;
let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let o: Omgeving;
let mwCtx: () => Context;
/**
 * The three households with decisions, each with two letters (the advance and the settlement): the
 * first two of the test set and the one with a recovery.
 */
let h1: Huishouden;
let h2: Huishouden;
let hVordering: Huishouden;
interface Huishouden {
  id: number;
  bsn: string;
}

beforeAll(async () => {
  omg = await startOpDiensten((x) => ({ ...x, klok: () => NU }));
  ({ e2e, db, t } = omg);
  o = { ...t.o, klok: () => NU };
  const { metVordering } = await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
  const van = async (bsn: string): Promise<Huishouden> => {
    const r = await db.query<{ id: string }>('SELECT id FROM huishouden WHERE bsn_aanvrager = $1', [bsn]);
    return { id: Number(r.rows[0]!.id), bsn };
  };
  [h1, h2, hVordering] = [await van(t.bsn1), await van(t.bsn2), await van(metVordering)];
  expect(new Set([h1.id, h2.id, hVordering.id]).size).toBe(3);
  const sessie = (
    await inloggenMedewerker(o, { gebruikersnaam: 'behandelaar-6', wachtwoord: 'demo-behandelaar-6' })
  ).sessie;
  mwCtx = () => ({ sessie, trace: nieuweTrace() });
}, 180_000);
afterAll(async () => {
  await omg?.close();
});

async function toegankelijk(page: Page, naam: string) {
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  expect(await page.locator('h1').count()).toBe(1);
  await checkAxe(page);
  await screenshot(page, naam);
}
const tekstVan = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

/** A decision of the household's advance or settlement letter, that letter dated `briefdatum`. */
async function besluit(
  h: Huishouden,
  soort: 'voorschot' | 'definitief',
  briefdatum: string,
): Promise<number> {
  const r = await db.query<{ id: string }>(
    `UPDATE beschikking SET aangemaakt_op = $3 WHERE huishouden_id = $1 AND soort = $2
      AND status = 'vastgesteld' RETURNING id`,
    [h.id, soort, `${briefdatum}T09:00:00Z`],
  );
  expect(r.rows.length, `${soort} van huishouden ${h.id}`).toBeGreaterThan(0);
  return Math.min(...r.rows.map((x) => Number(x.id)));
}

async function bezwaarRij(id: number) {
  return (
    await db.query<{
      fase: string;
      tijdig: boolean;
      verschoonbaar: boolean | null;
      beslissing: string | null;
      hoorzitting: string | null;
      zaak_id: string;
    }>('SELECT fase, tijdig, verschoonbaar, beslissing, hoorzitting, zaak_id FROM bezwaar WHERE id = $1', [
      id,
    ])
  ).rows[0]!;
}

/** Behandelaar-6 opens the objection and claims its case. */
async function oppakken(id: number): Promise<Page> {
  const mw = await alsMedewerker(e2e, 'behandelaar-6');
  await mw.goto(`${e2e.url}/werk/bezwaren/${id}`);
  await mw.getByRole('button', { name: 'Pak dit bezwaar op' }).click();
  await mw.waitForURL(/gedaan=oppakken/);
  return mw;
}

async function gesprek(mw: Page, uitkomst: string, ingetrokken: boolean) {
  await mw.fill('#veld-uitkomst', uitkomst);
  if (ingetrokken) await mw.locator('#veld-ingetrokken-ja').check();
  await mw.getByRole('button', { name: 'Gesprek vastleggen' }).click();
  await mw.waitForURL(/gedaan=gesprek/);
}

/** A late objection received by post: the letter of 1 May 2027, posted and received in September. */
async function teLaat(h: Huishouden): Promise<number> {
  const beschikkingId = await besluit(h, 'definitief', '2027-05-01');
  const r = await registreerBezwaar(o, mwCtx(), {
    beschikkingId,
    kanaal: 'post',
    ontvangenOp: '2027-09-14',
    gepostOp: '2027-09-13',
    gronden: 'Mijn inkomen over 2026 is lager dan u rekent.',
  });
  expect(r.bezwaar.tijdig).toBe(false);
  return r.bezwaar.id;
}

describe('a late objection: is the lateness excusable (Awb 6:11)?', () => {
  it(
    'excusable: the judgement is kept and the objection continues with the call',
    async () => {
      const id = await teLaat(h2);
      const mw = await oppakken(id);
      const voor = await tekstVan(mw);
      expect(voor).toContain('Nee — beoordeel of dat verschoonbaar is (Awb 6:11)');
      expect(voor).toContain('Laatste dag bezwaartermijn (Awir 35, Awb 6:7)');
      await toegankelijk(mw, 'werk-bezwaar-te-laat');

      // Without a choice and a reason: named beside the fields, nothing kept.
      await mw.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      expect(await mw.locator('#stap-te-laat').textContent()).toMatch(/verplicht/);
      expect((await bezwaarRij(id)).verschoonbaar).toBeNull();

      await mw.locator('#veld-verschoonbaar').check();
      await mw.fill(
        '#stap-te-laat #veld-toelichting',
        'Meneer lag van juni tot september in het ziekenhuis en kon niet eerder reageren.',
      );
      await mw.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await mw.waitForURL(/gedaan=te-laat/);
      const na = await tekstVan(mw);
      expect(na).toContain('Nee — verschoonbaar: Meneer lag van juni tot september in het ziekenhuis');
      expect(await mw.locator('#stap-te-laat').count()).toBe(0);
      // It continues: the call is the next step.
      expect(await mw.getByRole('button', { name: 'Gesprek vastleggen' }).count()).toBe(1);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Ontvangen — eerst bellen');
      await toegankelijk(mw, 'werk-bezwaar-verschoonbaar');
      const rij = await bezwaarRij(id);
      expect(rij).toMatchObject({ tijdig: false, verschoonbaar: true, fase: 'ingediend' });
      const historie = await db.query<{ actie: string }>(
        "SELECT actie FROM zaak_historie WHERE zaak_id = $1 AND actie = 'termijnoverschrijding-beoordeeld'",
        [rij.zaak_id],
      );
      expect(historie.rows).toHaveLength(1);
    },
    T,
  );

  it(
    'not excusable: only niet-ontvankelijk can be decided, and its letter goes out',
    async () => {
      const id = await teLaat(h1);
      const mw = await oppakken(id);
      await mw.locator('#veld-verschoonbaar-nee').check();
      await mw.fill('#stap-te-laat #veld-toelichting', 'Geen reden gegeven voor vier maanden te laat.');
      await mw.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await mw.waitForURL(/gedaan=te-laat/);
      expect(await tekstVan(mw)).toContain('Nee — niet verschoonbaar: Geen reden gegeven');
      await gesprek(mw, 'Uitgelegd dat het bezwaar te laat is en waarom wij het niet behandelen.', false);
      await mw.locator('#veld-grond').check();
      await mw.fill('#stap-hoorzitting-overslaan #veld-toelichting', 'Te laat, niet verschoonbaar.');
      await mw.getByRole('button', { name: 'Hoorzitting overslaan' }).click();
      await mw.waitForURL(/gedaan=hoorzitting%2Foverslaan/);

      // Walking around it: "ongegrond" on a late objection that is not excusable is refused.
      await mw.locator('#veld-beslissing-ongegrond').check();
      await mw.fill('#veld-motivering', 'Het besluit klopt.');
      await mw.getByRole('button', { name: 'Beslissen' }).click();
      expect(await tekstVan(mw)).toContain(
        'Een te laat bezwaar waarvan de termijnoverschrijding niet verschoonbaar is, is niet-ontvankelijk (Awb 6:11).',
      );
      expect((await bezwaarRij(id)).beslissing).toBeNull();

      await mw.goto(`${e2e.url}/werk/bezwaren/${id}`);
      await mw.locator('#veld-beslissing-niet-ontvankelijk').check();
      await mw.fill(
        '#veld-motivering',
        'U heeft te laat bezwaar gemaakt en daar geen goede reden voor gegeven. Daarom behandelen wij uw bezwaar niet.',
      );
      await mw.getByRole('button', { name: 'Beslissen' }).click();
      await mw.waitForURL(/gedaan=beslissing$/);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Beslist');
      expect(await mw.locator('[data-testid="beslissing"]').textContent()).toContain('Niet-ontvankelijk');
      await toegankelijk(mw, 'werk-bezwaar-niet-ontvankelijk');
      expect(await bezwaarRij(id)).toMatchObject({ fase: 'beslist', beslissing: 'niet-ontvankelijk' });
      const brieven = await db.query<{ soort: string }>(
        'SELECT soort FROM bezwaarbrief WHERE bezwaar_id = $1 ORDER BY id',
        [id],
      );
      expect(brieven.rows.map((b) => b.soort)).toEqual(['ontvangstbevestiging', 'beslissing-op-bezwaar']);
      // No new decision version follows a niet-ontvankelijk objection.
      expect((await db.query('SELECT id FROM beschikking WHERE bezwaar_id = $1', [id])).rows).toHaveLength(0);

      // The person reads the letter: not handled, the reasons, and the way to the court.
      const burger = await alsBurger(e2e, h1.bsn);
      await burger.goto(`${e2e.url}/mijn/brieven`);
      await burger
        .locator('tr[data-bezwaarbrief] th a', { hasText: 'Onze beslissing op uw bezwaar' })
        .click();
      await burger.waitForURL(/\/mijn\/bezwaarbrieven\/\d+$/);
      const brief = await tekstVan(burger);
      expect(brief).toContain('Uw bezwaar is niet-ontvankelijk.');
      expect(brief).toContain('U heeft te laat bezwaar gemaakt en daar geen goede reden voor gegeven.');
      expect(brief).toMatch(/beroep/i);
      await toegankelijk(burger, 'bezwaar-niet-ontvankelijk-brief');
    },
    T,
  );
});

describe('the call and the hearing', () => {
  it(
    'the person withdraws during the call: the objection ends and the call is a contact on the case',
    async () => {
      const h = h2;
      const beschikkingId = await besluit(h, 'voorschot', '2027-09-01');
      const burgerCtx: Context = { sessie: inloggenDigid(o, { bsn: h.bsn }).sessie, trace: nieuweTrace() };
      const { bezwaar } = await dienBezwaarIn(o, burgerCtx, {
        beschikkingId,
        gronden: 'Ik begrijp de terugvordering niet.',
        telefoon: '0612345678',
      });
      const mw = await oppakken(bezwaar.id);
      expect(await tekstVan(mw)).toContain('Telefoon: 0612345678.');
      await gesprek(mw, 'De berekening uitgelegd. Mevrouw begrijpt het nu en trekt haar bezwaar in.', true);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Ingetrokken');
      const pagina = await tekstVan(mw);
      expect(pagina).toContain('Het bezwaar is ingetrokken.');
      expect(pagina).toContain('De berekening uitgelegd. Mevrouw begrijpt het nu');
      expect(await mw.getByRole('button', { name: 'Gesprek vastleggen' }).count()).toBe(0);
      await toegankelijk(mw, 'werk-bezwaar-ingetrokken');

      const rij = await bezwaarRij(bezwaar.id);
      expect(rij.fase).toBe('ingetrokken');
      const contact = await db.query<{ kanaal: string; richting: string; uitkomst: string }>(
        'SELECT kanaal, richting, uitkomst FROM contact WHERE zaak_id = $1',
        [rij.zaak_id],
      );
      expect(contact.rows).toEqual([
        {
          kanaal: 'telefoon',
          richting: 'uitgaand',
          uitkomst: 'De berekening uitgelegd. Mevrouw begrijpt het nu en trekt haar bezwaar in.',
        },
      ]);
      const zaak = await db.query<{ status: string }>('SELECT status FROM zaak WHERE id = $1', [rij.zaak_id]);
      expect(zaak.rows[0]!.status).toBe('afgerond');
      // No decision letter: only the receipt.
      const brieven = await db.query<{ soort: string }>(
        'SELECT soort FROM bezwaarbrief WHERE bezwaar_id = $1',
        [bezwaar.id],
      );
      expect(brieven.rows.map((b) => b.soort)).toEqual(['ontvangstbevestiging']);

      const burger = await alsBurger(e2e, h.bsn);
      await burger.goto(`${e2e.url}/mijn/zaken`);
      expect(await burger.locator(`[data-bezwaar="${bezwaar.id}"]`).textContent()).toContain(
        'U heeft uw bezwaar ingetrokken. Wij behandelen het niet meer.',
      );
      await toegankelijk(burger, 'bezwaar-mijn-zaken-ingetrokken');
    },
    T,
  );

  it(
    'a hearing is planned and held: the report is kept and the objection is ready to decide',
    async () => {
      const h = hVordering;
      const beschikkingId = await besluit(h, 'voorschot', '2027-09-01');
      const burgerCtx: Context = { sessie: inloggenDigid(o, { bsn: h.bsn }).sessie, trace: nieuweTrace() };
      const { bezwaar } = await dienBezwaarIn(o, burgerCtx, {
        beschikkingId,
        gronden: 'Mijn huur is hoger dan u rekent.',
      });
      const mw = await oppakken(bezwaar.id);
      await gesprek(mw, 'Mevrouw wil haar bezwaar graag toelichten in een gesprek.', false);
      // A date in the past is refused beside the field.
      await mw.fill('#stap-hoorzitting #veld-op', '1-9-2027');
      await mw.getByRole('button', { name: 'Hoorzitting plannen' }).click();
      expect(await mw.locator('#stap-hoorzitting').textContent()).toContain('ligt in het verleden');
      await mw.fill('#stap-hoorzitting #veld-op', '15-9-2027');
      await mw.getByRole('button', { name: 'Hoorzitting plannen' }).click();
      await mw.waitForURL(/gedaan=hoorzitting$/);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Hoorzitting gepland');
      expect(await tekstVan(mw)).toMatch(/Hoorzitting gepland op\s*15 september 2027/);

      // The report is required.
      await mw.getByRole('button', { name: 'Verslag vastleggen' }).click();
      expect(await mw.locator('#stap-hoorzitting-verslag').textContent()).toMatch(/verplicht/);
      expect((await bezwaarRij(bezwaar.id)).hoorzitting).toBe('gepland');
      await mw.fill(
        '#veld-verslag',
        'Mevrouw liet het huurcontract zien: de huur is sinds 1 juli hoger. Zij heeft niets toe te voegen.',
      );
      await mw.getByRole('button', { name: 'Verslag vastleggen' }).click();
      await mw.waitForURL(/gedaan=hoorzitting%2Fverslag/);
      expect(await mw.locator('[data-testid="fase"]').textContent()).toBe('Klaar om te beslissen');
      expect(await tekstVan(mw)).toContain('Gehouden: Mevrouw liet het huurcontract zien');
      expect(await mw.getByRole('button', { name: 'Beslissen' }).count()).toBe(1);
      await toegankelijk(mw, 'werk-bezwaar-gehoord');
      const rij = await db.query<{ fase: string; hoorzitting: string; hoorzitting_op: string }>(
        "SELECT fase, hoorzitting, to_char(hoorzitting_op, 'YYYY-MM-DD') AS hoorzitting_op FROM bezwaar WHERE id = $1",
        [bezwaar.id],
      );
      expect(rij.rows[0]).toEqual({
        fase: 'te-beslissen',
        hoorzitting: 'gehouden',
        hoorzitting_op: '2027-09-15',
      });

      // The person sees the hearing as done.
      const burger = await alsBurger(e2e, h.bsn);
      await burger.goto(`${e2e.url}/mijn/zaken`);
      const hier = burger.locator(`[data-bezwaar="${bezwaar.id}"]`);
      expect(await hier.locator('li[data-gedaan="ja"]').count()).toBe(3);
    },
    T,
  );
});

describe('a notice of default (Awb 4:17)', () => {
  it(
    'after the decision term: the penalty (Awir 12 lid 2) is computed and shown',
    async () => {
      // Against the settlement with a recovery; received in time, the decision term ended 26 July.
      const h = hVordering;
      const beschikkingId = await besluit(h, 'definitief', '2027-05-01');
      const { bezwaar } = await registreerBezwaar(o, mwCtx(), {
        beschikkingId,
        kanaal: 'post',
        ontvangenOp: '2027-05-20',
        gronden: 'Ik hoef niets terug te betalen.',
      });
      expect(bezwaar.tijdig).toBe(true);
      const mw = await oppakken(bezwaar.id);
      expect(await mw.locator('[data-testid="beslistermijn"]').textContent()).toBe('26 juli 2027');
      expect(await mw.locator('[data-testid="dwangsom"]').textContent()).toBe(
        'Geen dwangsom: er is geen ingebrekestelling ontvangen (Awb 4:17 lid 3).',
      );
      // A date that does not exist, and one after today, are named beside the field.
      await mw.fill('#stap-ingebrekestelling #veld-ontvangenOp', '31-7-2027x');
      await mw.getByRole('button', { name: 'Ingebrekestelling vastleggen' }).click();
      expect(await mw.locator('#stap-ingebrekestelling').textContent()).toContain('Ontvangen op');
      await mw.fill('#stap-ingebrekestelling #veld-ontvangenOp', '16-9-2027');
      await mw.getByRole('button', { name: 'Ingebrekestelling vastleggen' }).click();
      expect(await mw.locator('#stap-ingebrekestelling').textContent()).toContain('ligt na vandaag');
      expect(
        (await db.query('SELECT 1 FROM bezwaar WHERE id = $1 AND ingebrekestelling_op IS NULL', [bezwaar.id]))
          .rows,
      ).toHaveLength(1);

      // Received 2 August: the penalty runs from two weeks later, 16 August (Awb 4:17 lid 3); on
      // 15 September that is 30 days, 4 whole weeks in default: 4 × € 10 (Awir 12 lid 2).
      await mw.fill('#stap-ingebrekestelling #veld-ontvangenOp', '2-8-2027');
      await mw.getByRole('button', { name: 'Ingebrekestelling vastleggen' }).click();
      await mw.waitForURL(/gedaan=ingebrekestelling/);
      const dwangsom = ((await mw.locator('[data-testid="dwangsom"]').textContent()) ?? '').replace(
        /\u00a0/g,
        ' ',
      );
      // The cap is € 100, or € 30 when the back-payment or recovery is below € 100 (Awir 12 lid 2
      // onder a): here the settlement's differences from the advances, as stored with the decisions.
      const verschil = await db.query<{ n: string }>(
        `SELECT sum(abs(vereffening_verschil)) AS n FROM beschikking
          WHERE id IN (SELECT beschikking_id FROM bezwaar_beschikking WHERE bezwaar_id = $1)`,
        [bezwaar.id],
      );
      const max = Number(verschil.rows[0]!.n) >= 10_000 ? '€ 100,00' : '€ 30,00';
      expect(dwangsom).toBe(
        `De dwangsom loopt sinds 16 augustus 2027: 4 weken in gebreke, nu € 40,00 (ten hoogste ${max}; Awir art. 12 lid 2).`,
      );
      expect(await tekstVan(mw)).toMatch(/Ingebrekestelling ontvangen\s*2 augustus 2027/);
      // Once: the form is gone.
      expect(await mw.locator('#stap-ingebrekestelling').count()).toBe(0);
      await toegankelijk(mw, 'werk-bezwaar-dwangsom');
      const rij = await db.query<{ op: string }>(
        "SELECT to_char(ingebrekestelling_op, 'YYYY-MM-DD') AS op FROM bezwaar WHERE id = $1",
        [bezwaar.id],
      );
      expect(rij.rows[0]!.op).toBe('2027-08-02');
    },
    T,
  );
});

describe('an advisory committee (Awb 7:13)', () => {
  it(
    'the behandelaar engages it: twelve weeks instead of six (Awb 7:10 lid 1), and the citizen sees why',
    async () => {
      // The advance letter of 1 September 2027: the objection term ends 13 October 2027; six weeks
      // later is 24 November 2027, twelve weeks later 5 January 2028 (both Wednesdays).
      const h = h1;
      const beschikkingId = await besluit(h, 'voorschot', '2027-09-01');
      const burgerCtx: Context = { sessie: inloggenDigid(o, { bsn: h.bsn }).sessie, trace: nieuweTrace() };
      const { bezwaar } = await dienBezwaarIn(o, burgerCtx, {
        beschikkingId,
        gronden: 'Mijn huur is hoger dan u rekent.',
      });
      expect(bezwaar).toMatchObject({ laatsteDagBezwaartermijn: '2027-10-13', beslistermijn: '2027-11-24' });
      const mw = await oppakken(bezwaar.id);
      expect(await mw.locator('[data-testid="beslistermijn"]').textContent()).toBe('24 november 2027');
      await mw.getByRole('button', { name: 'Adviescommissie inschakelen' }).click();
      await mw.waitForURL(/gedaan=adviescommissie/);
      expect(await mw.locator('[data-testid="beslistermijn"]').textContent()).toBe('5 januari 2028');
      const tekst = await tekstVan(mw);
      expect(tekst).toContain('De adviescommissie is ingeschakeld; de beslistermijn is nu twaalf weken.');
      expect(tekst).toContain('Adviescommissie ingeschakeld (Awb 7:13; beslistermijn 12 weken, 7:10 lid 1)');
      // Once: the form is gone.
      expect(await mw.getByRole('button', { name: 'Adviescommissie inschakelen' }).count()).toBe(0);
      await toegankelijk(mw, 'werk-bezwaar-adviescommissie');
      const rij = await db.query<{ adviescommissie: boolean; beslistermijn: string; termijn: string }>(
        `SELECT b.adviescommissie, b.beslistermijn::text, z.termijn::text FROM bezwaar b
           JOIN zaak z ON z.id = b.zaak_id WHERE b.id = $1`,
        [bezwaar.id],
      );
      expect(rij.rows[0]).toEqual({
        adviescommissie: true,
        beslistermijn: '2028-01-05',
        termijn: '2028-01-05',
      });

      const burger = await alsBurger(e2e, h.bsn);
      await burger.goto(`${e2e.url}/mijn/zaken`);
      const blok = (await burger.locator(`[data-bezwaar="${bezwaar.id}"]`).textContent())!.replace(
        /\s+/g,
        ' ',
      );
      expect(blok).toContain('Wij verwachten uiterlijk op 5 januari 2028 te beslissen.');
      expect(blok).toContain('Een commissie van deskundigen geeft ons eerst advies over uw bezwaar.');
      expect(blok).toContain('12 weken in plaats van 6');
      await toegankelijk(burger, 'bezwaar-mijn-zaken-adviescommissie');
    },
    T,
  );
});
