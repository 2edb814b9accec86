/**
 * The staff side of issue 15 in real Chromium on the real services (PGlite in memory), after a
 * definitive run that holds a recovery of € 1,500 or more:
 * - the case worker of team Invordering opens the hearing case from its page, claims it and on the
 *   zienswijze page sees the calculation and the term; deciding is not offered before a response;
 *   a response given by phone is refused empty and then recorded; a case worker of another team is
 *   refused the decision and nothing is written; the case worker decides "recovery unchanged" (an
 *   empty motivation is refused beside the field) and the recovery is booked at the letter's amount;
 * - the team lead of Invordering sees on the household that the high recovery holds as a reason,
 *   is refused without a guide, assigns the case worker; a team lead of another team gets no form;
 * - the guide sees the household on their caseload and writes a note; the citizen sees the guide's
 *   name in "Wat moet ik terugbetalen?".
 * Every page passes axe (WCAG 2.1 A/AA) with one h1 and lang nl; screenshots in test-results/screenshots/.
 */
import type { Db } from '@regelmaat/db';
import { openDb } from '@regelmaat/db';
import { inloggenDigid, terugbetalenVan, zienswijzenVoor } from '@regelmaat/diensten';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWebServer } from '../diensten/server';
import { euroCenten } from '../opmaak';
import { checkAxe, type E2e, screenshot, startE2e } from './harness';
import { alsBurger, alsMedewerker } from './op-diensten';

let e2e: E2e;
let db: Db;
let t: TestOmgeving;
let nu = '2027-05-10T09:00:00.000Z';
let hoorzitting: { id: number; bsn: string };
const T = 120_000;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  t = await maakTestOmgeving(db, () => nu);
  await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem, 6, true);
  const r = await db.query<{ id: string; bsn: string }>(
    `SELECT z.id, h.bsn_aanvrager AS bsn FROM zaak z JOIN huishouden h ON h.id = z.huishouden_id
      WHERE z.soort = 'hoorzitting-terugvordering' ORDER BY z.id LIMIT 1`,
  );
  hoorzitting = { id: Number(r.rows[0]!.id), bsn: r.rows[0]!.bsn };
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
  await screenshot(page, `zienswijze-werk-${naam}`);
}

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const tekstVan = async (page: Page) => nbsp((await page.locator('main').textContent()) ?? '');
const tel = async (sql: string, p: unknown[] = []) =>
  Number((await db.query<{ n: string }>(sql, p)).rows[0]!.n);
const burgerCtx = () => ({
  sessie: inloggenDigid(t.o, { bsn: hoorzitting.bsn }).sessie,
  trace: nieuweTrace(),
});

describe('Zienswijze and guidance, staff side', () => {
  it(
    'the case worker hears and decides on the zienswijze page; another team is refused and nothing is written',
    async () => {
      const [w] = await zienswijzenVoor(t.o, burgerCtx(), {});
      nu = `${w!.briefdatum}T15:00:00.000Z`;
      const pad = `/werk/zaken/${hoorzitting.id}`;
      const joris = await alsMedewerker(e2e, 'behandelaar-5');
      await joris.goto(`${e2e.url}${pad}`);
      await joris.click(`form[action="${pad}/claim"] button[type="submit"]`);
      await joris.waitForURL(/gedaan=geclaimd/);
      // The generic close is not offered: a hearing case is decided on its zienswijze page.
      expect(await joris.locator(`form[action="${pad}/afronden"]`).count()).toBe(0);
      await joris.click(`a[href="${pad}/zienswijze"]`);
      await joris.waitForURL(/\/zienswijze$/);
      let tekst = await tekstVan(joris);
      expect(tekst).toContain(
        `Voorgenomen terugvordering in totaal: ${nbsp(euroCenten(w!.terugTeVorderen))}`,
      );
      expect(await joris.locator('[data-berekening] tbody tr').count()).toBe(w!.berekening.length);
      expect(tekst).toContain('Er is nog geen reactie.');
      expect(tekst).toContain('U kunt nog niet beslissen: er is geen reactie en de termijn loopt tot en met');
      expect(await joris.locator(`form[action="${pad}/zienswijze/afronden"]`).count()).toBe(0);
      await toegankelijk(joris, 'nog-geen-reactie');

      // A phone response: empty is refused beside the field, then recorded.
      await joris.click(`form[action="${pad}/zienswijze/telefoon"] button[type="submit"]`);
      await joris.waitForLoadState();
      expect(await tekstVan(joris)).toContain('Schrijf op wat de burger zei.');
      expect(await tel('SELECT count(*) AS n FROM zienswijze_reactie')).toBe(0);
      await toegankelijk(joris, 'telefoon-leeg');
      await joris.fill('#veld-tekst', 'Belde op: de bonus was eenmalig, maar terugbetalen kan wel in delen.');
      await joris.click(`form[action="${pad}/zienswijze/telefoon"] button[type="submit"]`);
      await joris.waitForURL(/gedaan=telefoon$/);
      tekst = await tekstVan(joris);
      expect(tekst).toContain('De reactie van de burger is vastgelegd.');
      expect(tekst).toContain('telefonisch (Joris Demo)');
      expect(tekst).toContain('Belde op: de bonus was eenmalig');
      expect(await joris.getAttribute('[data-uitkomst]', 'data-uitkomst')).toBe('ongewijzigd');
      await toegankelijk(joris, 'reactie');

      // A case worker of another team posts the decision with the page's form: refused, nothing written.
      const anna = await alsMedewerker(e2e, 'behandelaar-1');
      await anna.goto(`${e2e.url}${pad}/zienswijze`);
      expect(await tekstVan(anna)).toContain('Alleen de behandelaar beslist.');
      // Anna posts the decision with her own session and token: refused (409), nothing written.
      const versie = await joris.inputValue(`form[action="${pad}/zienswijze/afronden"] input[name="versie"]`);
      const r = await anna.request.post(`${e2e.url}${pad}/zienswijze/afronden`, {
        form: {
          _csrf: await anna.inputValue('input[name="_csrf"] >> nth=0'),
          versie,
          motivering: 'Omzeilen',
        },
        maxRedirects: 0,
      });
      expect(r.status()).toBe(409);
      expect(nbsp(await r.text())).toContain('Pak de zaak eerst op. Alleen de behandelaar beslist');
      expect(await tel('SELECT count(*) AS n FROM zienswijze_afronding')).toBe(0);
      expect(
        await tel("SELECT count(*) AS n FROM zaak WHERE id = $1 AND status = 'in-behandeling'", [
          hoorzitting.id,
        ]),
      ).toBe(1);

      // Empty motivation refused beside the field; then the decision: recovery unchanged.
      await joris.click(`form[action="${pad}/zienswijze/afronden"] button[type="submit"]`);
      await joris.waitForLoadState();
      expect(await tekstVan(joris)).toContain('Schrijf op hoe u de zienswijze heeft gewogen.');
      expect(await tel('SELECT count(*) AS n FROM zienswijze_afronding')).toBe(0);
      await toegankelijk(joris, 'motivering-leeg');
      await joris.fill(
        '#veld-motivering',
        'Eenmalige bonus telt mee in het jaarinkomen; terugbetalen in delen kan.',
      );
      await joris.click(`form[action="${pad}/zienswijze/afronden"] button[type="submit"]`);
      await joris.waitForURL(/gedaan=afgerond$/);
      tekst = await tekstVan(joris);
      expect(tekst).toContain('U heeft beslist.');
      expect(tekst).toContain('door Joris Demo: de terugvordering is ongewijzigd.');
      await toegankelijk(joris, 'beslist');
      const z = await db.query<{ status: string; uitkomst: string }>(
        'SELECT status, uitkomst FROM zaak WHERE id = $1',
        [hoorzitting.id],
      );
      expect(z.rows[0]).toEqual({
        status: 'afgerond',
        uitkomst: 'Zienswijze gewogen; terugvordering ongewijzigd',
      });
      const v = (await terugbetalenVan(t.o, burgerCtx(), {})).vorderingen;
      expect(v.reduce((s, x) => s + x.bedrag, 0)).toBe(w!.terugTeVorderen);
    },
    T * 3,
  );

  it(
    'the team lead of Invordering assigns a guide; the guide notes a contact; the citizen sees the guide',
    async () => {
      const bsn = hoorzitting.bsn;
      const huishouden = `/werk/invordering?bsn=${bsn}`;
      // A team lead of another team sees the household but gets no form.
      const ander = await alsMedewerker(e2e, 'teamleider-1');
      await ander.goto(`${e2e.url}${huishouden}`);
      expect(await tekstVan(ander)).toContain(
        'Alleen een teamleider van team Invordering wijst een persoonlijk begeleider aan.',
      );
      expect(await ander.locator('form[action="/werk/invordering/begeleiding"]').count()).toBe(0);
      // Posting the form anyway with their own session: refused by the server, nothing written.
      const omweg = await ander.request.post(`${e2e.url}/werk/invordering/begeleiding`, {
        form: {
          _csrf: await ander.inputValue('input[name="_csrf"] >> nth=0'),
          bsn,
          begeleider: 'm-behandelaar-5',
          reden: 'hoge-terugvordering',
        },
        maxRedirects: 0,
      });
      expect(omweg.status()).toBe(403);
      expect(nbsp(await omweg.text())).toContain('Alleen een teamleider van team Invordering');
      expect(await tel('SELECT count(*) AS n FROM begeleiding')).toBe(0);

      const karin = await alsMedewerker(e2e, 'teamleider-4');
      await karin.goto(`${e2e.url}${huishouden}`);
      let tekst = await tekstVan(karin);
      expect(tekst).toContain('Dit huishouden heeft geen persoonlijk begeleider.');
      expect(tekst).toContain('Een huishouden kan een begeleider krijgen bij € 1.500 of meer open');
      expect(await karin.getAttribute('[data-redenen]', 'data-redenen')).toBe('hoge-terugvordering');
      await toegankelijk(karin, 'begeleider-aanwijzen');
      // No guide chosen: refused beside the field, nothing written.
      await karin.click('form[action="/werk/invordering/begeleiding"] button[type="submit"]');
      await karin.waitForLoadState();
      expect(await tekstVan(karin)).toContain('Kies een begeleider.');
      expect(await tel('SELECT count(*) AS n FROM begeleiding')).toBe(0);
      await toegankelijk(karin, 'begeleider-leeg');
      await karin.selectOption('#veld-begeleider', 'm-behandelaar-5');
      await karin.check('#veld-reden');
      await karin.click('form[action="/werk/invordering/begeleiding"] button[type="submit"]');
      await karin.waitForURL(/begeleid=1$/);
      tekst = await tekstVan(karin);
      expect(tekst).toContain('De persoonlijk begeleider is aangewezen.');
      expect(tekst).toContain('Joris Demo is de persoonlijk begeleider van dit huishouden sinds');
      expect(tekst).toContain('(reden: hoge terugvordering)');
      expect(await karin.locator('form[action="/werk/invordering/begeleiding"]').count()).toBe(0);
      await toegankelijk(karin, 'begeleider-aangewezen');
      expect(await tel('SELECT count(*) AS n FROM begeleiding')).toBe(1);

      // The guide's caseload: the household, and a note on the first contact moment.
      const joris = await alsMedewerker(e2e, 'behandelaar-5');
      await joris.goto(`${e2e.url}/werk/begeleiding`);
      tekst = await tekstVan(joris);
      expect(tekst).toContain('Joris Demo begeleidt 1 huishoudens.');
      expect(tekst).toContain(`BSN ${bsn}`);
      await toegankelijk(joris, 'caseload');
      const eerste = joris.locator('form[action^="/werk/begeleiding/contactmomenten/"]').first();
      await eerste.locator('textarea').fill('Gebeld: regeling in delen besproken, burger kiest zelf.');
      await eerste.locator('button[type="submit"]').click();
      await joris.waitForURL(/genoteerd=1$/);
      tekst = await tekstVan(joris);
      expect(tekst).toContain('De notitie is opgeslagen.');
      expect(tekst).toContain('Gebeld: regeling in delen besproken');
      await toegankelijk(joris, 'caseload-genoteerd');

      // The citizen sees the guide's name and how to reach them.
      const burger = await alsBurger(e2e, bsn);
      await burger.goto(`${e2e.url}/mijn/terugbetalen`);
      tekst = await tekstVan(burger);
      expect(tekst).toContain('Joris Demo is uw persoonlijk begeleider.');
      expect(tekst).toContain('Vraag dan om een gesprek en noem de naam Joris Demo.');
      await toegankelijk(burger, 'burger-begeleider');
    },
    T * 2,
  );
});
