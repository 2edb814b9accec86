/**
 * Every API route that answers with personal data writes the processing log for every person it
 * concerns (issue 10, item 8). The test walks ROUTES (the same list that registers the routes and
 * produces the OpenAPI document, so a new route fails here until it has an example) with a role that
 * may call it, in an order that makes each call succeed, and checks each answer against the log
 * records of its trace: every person of every household the answer is about — found from the BSNs,
 * household ids and case ids in the answer, and the BSN the request asks about — has a record with
 * the request's trace id (pseudonym computed with the same key and function as the log). Routes
 * that answer with no personal data are listed in GEEN_PERSOONSGEGEVENS with the reason, and the
 * test checks that their answers indeed carry none.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { legMaatwerkbesluitVast, sessieUitToken, triageerSignaal } from '@regelmaat/diensten';
import { SLEUTELS } from '@regelmaat/diensten/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { nieuweTrace, pseudoniem } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS, RECHTEN, type Rol, type Sessie } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { ROUTES } from './routes';
import { type ApiTest, gebruikApiTest, NU } from './testing/api-omgeving';

const SCENARIO_YAML = `jaar: 2026
onderdelen:
  - naam: Hogere standaardpremie
    wijzigingen:
      - parameter: zorgtoeslag.standaardpremie
        vanaf: 2026-01-01
        waarde: 2200
        voorstel: Een voorbeeld voor de logboektest
`;

/** A minimal PDF: a document sent with an objection. */
const KLEINE_PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/** Routes whose answer holds no personal data, with the reason; checked below. */
const GEEN_PERSOONSGEGEVENS: Record<string, string> = {
  inloggenMedewerker: 'answers with the staff member’s own session (no citizen data)',
  inloggenPartner: 'answers with the partner’s own session (no citizen data)',
  inloggenDigidSimulatie:
    'answers with the citizen’s own session; nothing is read from the dossier (every later request is logged)',
  uitloggen: 'revokes the caller’s own session; answers with nothing but that it happened',
  levend: 'liveness of the process; reads nothing',
  gereed: 'readiness: asks the database SELECT 1; reads no personal data',
  beantwoordSignaal:
    'the policy analyst answers a signal and gets it back as they may read it: its cases only under a pseudonym',
  signaalThemas: 'counts per theme and what changed because of signals; example cases only under a pseudonym',
  algoritmeregister: 'the algorithm register, generated from the law and the rules; no person in it',
  algoritme: 'one entry of the algorithm register; no person in it',
  berekenSituatie: 'a proefberekening of an anonymous household typed in by the caller (no BSN, no dossier)',
  hervormingen: 'the shipped reforms (parameter texts); reads no dossier',
  startSimulatie: 'a reform on the synthetic population: generated households, no person, no dossier',
  simulatie: 'the aggregate result of a simulation on synthetic households; no person, no dossier',
  jaarsimulaties: 'the list of year simulations (size, seed, variants, staff id); no person, no dossier',
  startJaarsimulatie:
    'a year of synthetic households on throw-away databases of its own: no person, no dossier of the product',
  jaarsimulatie: 'the aggregate result of a year simulation on synthetic households; no person, no dossier',
  scenarios: 'saved reforms (parameter texts, name, author staff id); no person, no dossier',
  maakScenario: 'saves a reform (parameter texts); no person, no dossier',
  scenario:
    'one saved reform and the numbers, themes and status of the signals linking to it; no case, no person',
  simuleerScenario: 'a saved reform on the synthetic population: generated households, no person, no dossier',
  eerlijkheidRuns: 'the list of runs (kind, year, moment); no person in it',
  eerlijkheidVanRun:
    'counts per rule and group only; computing them reads every household of the run, which the service logs for every person (eerlijkheid-bewaken, checked in diensten/eerlijkheid.test.ts)',
  eerlijkheidTrend:
    'counts per rule and run only; the computation is logged per person as for eerlijkheidVanRun',
  verwerkingSpoor:
    'log records of one trace, their subjects only as pseudonyms; the reading is logged for each of those pseudonyms (diensten/logboek-zoeken.test.ts)',
  levensgebeurtenisRun:
    'answers with the run’s figures only (counts per kind); the run logs every person it looks at under its own activity',
  invorderingRun:
    'answers with the run’s figures only (counts and sums); the run logs every person of each household it looks at (invordering-uitvoeren, checked in diensten/invordering/run.test.ts)',
  invorderingRunStand: 'the figures of a month’s invordering run (counts and sums); reads no dossier',
};

/**
 * Routes whose answer is about the one person asked for, not a household: the processing log of a
 * BSN (auditor, citizen). Expected: a record for that person.
 */
const PER_PERSOON = new Set(['verwerkingen', 'mijnVerwerkingen', 'verwerkingenZoeken']);

interface Verzoek {
  rol: Rol;
  n?: number;
  url?: string;
  body?: unknown;
  /** A session of its own (logging out must not end the session later requests use). */
  token?: string;
}

interface Stand {
  zienswijze?: { id: number; zaakId: number };
  bezwaarA?: number;
  bezwaarB?: number;
  besluitA?: number;
  toepassingId?: number;
  zaak3?: number;
}

const MAATWERK = {
  regeling: 'zorgtoeslag',
  jaar: 2026,
  afwijking: { bedrag: 0 },
  grondslag: 'awir-13b',
  afweging: 'onevenredig zwaar voor dit huishouden',
  vragen: { rechtvaardig: 'ja', samen: 'ja', aanspreekbaar: 'ja' },
  niveau: 'vergelijkbaar',
} as const;

async function versie(t: ApiTest, zaakId: number): Promise<number> {
  const r = await t.db.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [zaakId]);
  return r.rows[0]!.versie;
}

/** A recovery of the household of `bsn` on its `n`-th decision (bsn1's first is taken by betaalTerug), booked as a definitive run would. */
async function vorderingVoor(t: ApiTest, bsn: string, n: number): Promise<number> {
  const v = await t.db.query<{ id: string }>(
    `WITH b AS (SELECT b.id, b.huishouden_id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
                 WHERE h.bsn_aanvrager = $1 ORDER BY b.id OFFSET $2 LIMIT 1),
          v AS (INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
                SELECT id, huishouden_id, 'zorgtoeslag', 2026, 50000, '2026-11-02', '2026-12-14', '2026-11-02T09:00:00Z' FROM b
                RETURNING id, huishouden_id)
     INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op)
     SELECT id, huishouden_id, 'vordering', 50000, '2026-11-02', '2026-11-02T09:00:00Z' FROM v RETURNING vordering_id AS id`,
    [bsn, n],
  );
  return Number(v.rows[0]!.id);
}

/** The request per route, in walking order; a builder may prepare state first. */
function voorbeelden(t: ApiTest, s: Stand): [string, () => Promise<Verzoek>][] {
  /** The signal the example of `meldSignaal` raised (the newest), with the version its next step must name. */
  const signaalStand = async () => {
    const r = await t.db.query<{ id: string; versie: number }>(
      'SELECT id, versie FROM signaal ORDER BY id DESC LIMIT 1',
    );
    return { id: Number(r.rows[0]!.id), versie: Number(r.rows[0]!.versie) };
  };
  const z = t.zaakId;
  return [
    [
      'inloggenMedewerker',
      async () => ({
        rol: 'burger',
        body: { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' },
      }),
    ],
    ['inloggenDigidSimulatie', async () => ({ rol: 'burger', body: { bsn: t.bsn1 } })],
    [
      'inloggenPartner',
      async () => ({
        rol: 'burger',
        body: { clientId: 'kinderopvang-demo', secret: 'demo-partner-kinderopvang-geheim-2026' },
      }),
    ],
    [
      'berekenSituatie',
      async () => ({
        rol: 'burger',
        body: { berekeningsjaar: 2026, aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 20000 } },
      }),
    ],
    ['berekenHuishouden', async () => ({ rol: 'behandelaar', body: { bsn: t.bsn1 } })],
    ['overzicht', async () => ({ rol: 'behandelaar', body: { bsn: t.bsn1 } })],
    ['betalingen', async () => ({ rol: 'behandelaar', body: { bsn: t.bsn1 } })],
    [
      'beschikking',
      async () => {
        const r = await t.db.query<{ id: string }>(
          'SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1',
          [t.bsn1],
        );
        return { rol: 'behandelaar', url: `/beschikkingen/${r.rows[0]!.id}` };
      },
    ],
    [
      'reproduceerBeschikking',
      async () => {
        const r = await t.db.query<{ id: string }>(
          'SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1',
          [t.bsn1],
        );
        return { rol: 'auditor', url: `/beschikkingen/${r.rows[0]!.id}/reproductie` };
      },
    ],
    ['dossier', async () => ({ rol: 'auditor', body: { bsn: t.bsn1 } })],
    ['brieven', async () => ({ rol: 'auditor', body: { bsn: t.bsn1 } })],
    [
      'brief',
      async () => {
        const r = await t.db.query<{ id: string }>(
          'SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1',
          [t.bsn1],
        );
        return { rol: 'behandelaar', url: `/brieven/${r.rows[0]!.id}` };
      },
    ],
    [
      'briefVerzonden',
      async () => {
        const r = await t.db.query<{ id: string }>(
          'SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1',
          [t.bsn1],
        );
        return { rol: 'behandelaar', url: `/brieven/${r.rows[0]!.id}/verzending` };
      },
    ],
    ['terugbetalen', async () => ({ rol: 'behandelaar', body: { bsn: t.bsn1 } })],
    [
      'betaalTerug',
      async () => {
        // A recovery of the citizen's household, arranged as a definitive run would book it.
        const b = await t.db.query<{ id: string; h: string }>(
          'SELECT b.id, b.huishouden_id AS h FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id WHERE h.bsn_aanvrager = $1 ORDER BY b.id LIMIT 1',
          [t.bsn1],
        );
        const { id, h } = b.rows[0]!;
        const v = await t.db.query<{ id: string }>(
          `WITH v AS (
             INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
             VALUES ($1, $2, 'zorgtoeslag', 2026, 50000, '2026-11-02', '2026-12-14', '2026-11-02T09:00:00Z') RETURNING id)
           INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op)
           SELECT id, $2, 'vordering', 50000, '2026-11-02', '2026-11-02T09:00:00Z' FROM v RETURNING vordering_id AS id`,
          [id, h],
        );
        return { rol: 'burger', url: `/terugvorderingen/${v.rows[0]!.id}/betalingen`, body: { bedrag: 100 } };
      },
    ],
    [
      'regelingVoorbeeld',
      async () => ({
        rol: 'burger',
        url: `/terugvorderingen/${await vorderingVoor(t, t.bsn1, 1)}/regeling/voorbeeld`,
        body: {
          draagkracht: {
            leefsituatie: 'samen',
            inkomen: 300_000,
            woonlasten: 80_000,
            zorgkosten: 20_000,
            overigeLasten: 0,
          },
        },
      }),
    ],
    [
      'regelingAanvragen',
      async () => ({
        rol: 'behandelaar',
        url: `/terugvorderingen/${await vorderingVoor(t, t.bsn2, 0)}/regeling`,
        body: { bsn: t.bsn2, soort: 'standaard' },
      }),
    ],
    [
      'meldWijziging',
      async () => ({
        rol: 'burger',
        body: { wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 31_234 }, bevestig: false },
      }),
    ],
    ['werkvoorraad', async () => ({ rol: 'behandelaar', url: '/zaken?team=uitval&limiet=50' })],
    ['zaak', async () => ({ rol: 'behandelaar', url: `/zaken/${z}` })],
    ['zaakHistorie', async () => ({ rol: 'auditor', url: `/zaken/${z}/historie` })],
    [
      'claimZaak',
      async () => ({ rol: 'behandelaar', url: `/zaken/${z}/claim`, body: { versie: await versie(t, z) } }),
    ],
    [
      'geefZaakVrij',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/vrijgeven`,
        body: { versie: await versie(t, z) },
      }),
    ],
    ['herverdeelZaken', async () => ({ rol: 'teamleider', body: { zaakIds: [z], naar: 'm-behandelaar-1' } })],
    [
      'schortZaakOp',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/opschorting`,
        body: { versie: await versie(t, z), reden: 'Loonstroken gevraagd', tot: '2026-04-10' },
      }),
    ],
    [
      'hervatZaak',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/hervatting`,
        body: { versie: await versie(t, z) },
      }),
    ],
    [
      'vergelijkbareBesluiten',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/vergelijkbare-besluiten?regeling=zorgtoeslag&jaar=2026&bedrag=1000`,
      }),
    ],
    [
      'standaardUitkomst',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/standaarduitkomst?regeling=zorgtoeslag&jaar=2026`,
      }),
    ],
    [
      'legMaatwerkVast',
      async () => ({ rol: 'behandelaar', url: `/zaken/${z}/maatwerkbesluiten`, body: MAATWERK }),
    ],
    [
      'maatwerkTerGoedkeuring',
      async () => ({ rol: 'teamleider', url: '/maatwerkbesluiten/ter-goedkeuring' }),
    ],
    [
      'keurMaatwerkGoed',
      async () => {
        const r = await t.db.query<{ id: string }>(
          `SELECT id FROM maatwerkbesluit WHERE zaak_id = $1 AND status = 'wacht-op-goedkeuring'`,
          [z],
        );
        s.besluitA = Number(r.rows[0]!.id);
        return { rol: 'teamleider', url: `/maatwerkbesluiten/${s.besluitA}/goedkeuring` };
      },
    ],
    ['maatwerkVanZaak', async () => ({ rol: 'auditor', url: `/zaken/${z}/maatwerkbesluiten` })],
    [
      'vergelijkbareOpenZaken',
      async () => {
        // A comparable open case of household 3 for the remedy (level 2).
        const h3 = await t.db.query<{ id: string }>('SELECT id FROM huishouden ORDER BY id OFFSET 2 LIMIT 1');
        const zaak3 = await maakZaak(
          t.db,
          {
            soort: 'uitval-controle',
            huishoudenId: Number(h3.rows[0]!.id),
            onderwerp: 'Inkomen wijkt af',
            redenen: ['SCHATTING_WIJKT_AF'],
            prioriteit: 2,
          },
          { id: 'systeem', rol: 'systeem' },
          NU,
        );
        s.zaak3 = zaak3.id;
        return { rol: 'behandelaar', url: `/maatwerkbesluiten/${s.besluitA}/vergelijkbare-zaken` };
      },
    ],
    [
      'stelToepassingVoor',
      async () => ({
        rol: 'behandelaar',
        url: `/maatwerkbesluiten/${s.besluitA}/toepassingen`,
        body: { zaakIds: [s.zaak3] },
      }),
    ],
    [
      'beoordeelToepassing',
      async () => {
        const r = await t.db.query<{ id: string }>('SELECT id FROM maatwerk_toepassing WHERE zaak_id = $1', [
          s.zaak3,
        ]);
        return {
          rol: 'teamleider',
          url: `/toepassingen/${r.rows[0]!.id}/beoordeling`,
          body: { oordeel: 'overgeslagen', toelichting: 'past niet bij deze zaak' },
        };
      },
    ],
    [
      'wijsMaatwerkAf',
      async () => {
        // A second decision on the case, waiting for approval, recorded through the service.
        const ctx = { sessie: await sessieVan(t, 'behandelaar'), trace: nieuweTrace() };
        const u = await legMaatwerkbesluitVast(t.o, ctx, { ...MAATWERK, niveau: 'geval', zaakId: z });
        return {
          rol: 'teamleider',
          url: `/maatwerkbesluiten/${u.besluit.id}/afwijzing`,
          body: { toelichting: 'nee' },
        };
      },
    ],
    [
      'meldSignaal',
      async () => ({
        rol: 'behandelaar',
        body: { zaakId: z, thema: 'inkomen', omschrijving: 'de regel pakt hard uit' },
      }),
    ],
    ['signalen', async () => ({ rol: 'behandelaar' })],
    ['signaalThemas', async () => ({ rol: 'behandelaar' })],
    ['signaal', async () => ({ rol: 'behandelaar', url: `/signalen/${(await signaalStand()).id}` })],
    [
      'triageerSignaal',
      async () => {
        const { id, versie } = await signaalStand();
        return {
          rol: 'teamleider',
          url: `/signalen/${id}/beoordeling`,
          body: { versie, besluit: 'meer-informatie', toelichting: 'Welke andere zaken hebben dit?' },
        };
      },
    ],
    [
      'vulSignaalAan',
      async () => {
        const { id, versie } = await signaalStand();
        return {
          rol: 'behandelaar',
          url: `/signalen/${id}/aanvulling`,
          body: { versie, aanvulling: 'Ook bij twee andere zaken van deze week.' },
        };
      },
    ],
    [
      'beantwoordSignaal',
      async () => {
        // The team lead routes it to policy first (through the service), then the policy analyst answers.
        const { id, versie } = await signaalStand();
        const ctx = { sessie: await sessieVan(t, 'teamleider'), trace: nieuweTrace() };
        await triageerSignaal(t.o, ctx, id, { versie, besluit: 'doorzetten', toelichting: 'Voor beleid.' });
        return {
          rol: 'beleidsmedewerker',
          url: `/signalen/${id}/antwoord`,
          body: {
            versie: versie + 1,
            soort: 'werkinstructie',
            antwoord: 'Wij passen de werkinstructie aan.',
          },
        };
      },
    ],
    [
      'sluitZaak',
      async () => ({
        rol: 'behandelaar',
        url: `/zaken/${z}/afsluiting`,
        body: { versie: await versie(t, z), uitkomst: 'klaar' },
      }),
    ],
    [
      'legContactVast',
      async () => ({
        rol: 'behandelaar',
        body: {
          bsn: t.bsn1,
          kanaal: 'telefoon',
          richting: 'uitgaand',
          onderwerp: 'test',
          uitkomst: 'gebeld',
        },
      }),
    ],
    ['contacten', async () => ({ rol: 'auditor', body: { bsn: t.bsn1 } })],
    [
      'vraagTerugbellen',
      async () => ({ rol: 'burger', body: { onderwerp: 'vraag over mijn toeslag', telefoon: '0612345678' } }),
    ],
    ['mijnZaken', async () => ({ rol: 'burger' })],
    ['verwerkingen', async () => ({ rol: 'auditor', body: { bsn: t.bsn1 } })],
    ['mijnVerwerkingen', async () => ({ rol: 'burger' })],
    ['verwerkingenZoeken', async () => ({ rol: 'auditor', body: { persoon: t.bsn1 } })],
    [
      'verwerkingSpoor',
      async () => {
        const r = await t.db.query<{ trace_id: string }>('SELECT trace_id FROM verwerking LIMIT 1');
        return { rol: 'auditor', url: `/verwerkingen/sporen/${r.rows[0]!.trace_id}` };
      },
    ],
    ['eerlijkheidRuns', async () => ({ rol: 'auditor' })],
    [
      'eerlijkheidVanRun',
      async () => {
        const r = await t.db.query<{ id: string }>(
          `SELECT id FROM run WHERE soort = 'voorschot' ORDER BY id LIMIT 1`,
        );
        return { rol: 'teamleider', url: `/eerlijkheid/runs/${r.rows[0]!.id}` };
      },
    ],
    ['eerlijkheidTrend', async () => ({ rol: 'auditor', url: '/eerlijkheid/trend?aantal=2' })],
    [
      'meldOpvanguren',
      async () => ({
        rol: 'partner',
        body: { kindBsn: testBsn(22), jaar: 2026, soort: 'dagopvang', uren: Array(12).fill(100) },
      }),
    ],
    ['hervormingen', async () => ({ rol: 'beleidsmedewerker' })],
    ['startSimulatie', async () => ({ rol: 'beleidsmedewerker', body: { hervorming: 'normhuur-variant' } })],
    [
      'simulatie',
      async () => {
        const r = await t.app.inject({
          method: 'POST',
          url: '/v1/simulaties',
          headers: { authorization: `Bearer ${await t.token('beleidsmedewerker')}` },
          payload: { hervorming: 'indexatie-kindgebonden-budget' },
        });
        await t.o.simulaties!.klaar();
        return { rol: 'beleidsmedewerker', url: `/simulaties/${(r.json() as { id: number }).id}` };
      },
    ],
    ['jaarsimulaties', async () => ({ rol: 'beleidsmedewerker' })],
    [
      'startJaarsimulatie',
      async () => {
        await t.o.jaarsimulaties!.klaar();
        return { rol: 'beleidsmedewerker', body: { huishoudens: 1, varianten: ['basis'], seed: 3 } };
      },
    ],
    [
      'jaarsimulatie',
      async () => {
        // The run the start above began (one year of one household), or one started here.
        await t.o.jaarsimulaties!.klaar();
        let id = t.o.jaarsimulaties!.lijst()[0]?.id;
        if (id === undefined) {
          const r = await t.app.inject({
            method: 'POST',
            url: '/v1/jaarsimulaties',
            headers: { authorization: `Bearer ${await t.token('beleidsmedewerker')}` },
            payload: { huishoudens: 1, varianten: ['product'], seed: 4 },
          });
          id = (r.json() as { id: number }).id;
          await t.o.jaarsimulaties!.klaar();
        }
        return { rol: 'beleidsmedewerker', url: `/jaarsimulaties/${id}` };
      },
    ],
    ['scenarios', async () => ({ rol: 'beleidsmedewerker' })],
    [
      'maakScenario',
      async () => ({
        rol: 'beleidsmedewerker',
        body: { naam: 'Logboektest', beschrijving: 'Een scenario.', hervorming: SCENARIO_YAML },
      }),
    ],
    ['scenario', async () => ({ rol: 'beleidsmedewerker', url: '/scenarios/1' })],
    [
      'simuleerScenario',
      async () => ({ rol: 'beleidsmedewerker', url: '/scenarios/1/simulaties', body: {} }),
    ],
    [
      'meldOpvangurenBatch',
      async () => ({
        rol: 'partner',
        body: {
          rijen: [{ kindBsn: testBsn(22), jaar: 2026, soort: 'dagopvang', uren: Array(12).fill(110) }],
        },
      }),
    ],
    // Household 3 rents from the demo corporation (partner 2); its applicant is insured with the demo insurer (3).
    [
      'meldHuurwijziging',
      async () => ({
        rol: 'partner',
        n: 2,
        body: {
          meldingId: 'log-huur-1',
          huurderBsn: testBsn(30),
          ingangsdatum: '2026-07-01',
          kaleHuur: 62_000,
        },
      }),
    ],
    [
      'meldHuurwijzigingenBatch',
      async () => ({
        rol: 'partner',
        n: 2,
        body: {
          rijen: [
            {
              meldingId: 'log-huur-2',
              huurderBsn: testBsn(30),
              ingangsdatum: '2026-07-01',
              kaleHuur: 62_000,
            },
          ],
        },
      }),
    ],
    [
      'meldZorgverzekering',
      async () => ({
        rol: 'partner',
        n: 3,
        body: { meldingId: 'log-zv-1', bsn: testBsn(30), gebeurtenis: 'begin', datum: '2026-01-01' },
      }),
    ],
    ['berichten', async () => ({ rol: 'auditor', body: { bsn: t.bsn1 } })],
    [
      'bericht',
      async () => {
        // A message for household 1 (the citizen of the test's burger token), as a partner report sends.
        const r = await t.db.query<{ id: string }>(
          `INSERT INTO bericht (huishouden_id, soort, sleutel, gegevens, verzonden_op)
           SELECT id, 'opvang-afwijking', 'test:logboek', '{}'::jsonb, $2 FROM huishouden WHERE bsn_aanvrager = $1
           RETURNING id`,
          [t.bsn1, NU],
        );
        return { rol: 'burger', url: `/berichten/${r.rows[0]!.id}` };
      },
    ],
    ['levensgebeurtenisRun', async () => ({ rol: 'teamleider', body: { peildatum: NU.slice(0, 10) } })],
    [
      'reageerOpBericht',
      async () => {
        // A life-event message for household 1 (the burger token's), as the run sends one.
        const r = await t.db.query<{ id: string }>(
          `WITH b AS (INSERT INTO bericht (huishouden_id, soort, sleutel, gegevens, verzonden_op)
             SELECT id, 'levensgebeurtenis', 'test:logboek:lg', '{}'::jsonb, $2 FROM huishouden WHERE bsn_aanvrager = $1
             RETURNING id, huishouden_id)
           INSERT INTO levensgebeurtenis (run_id, huishouden_id, soort, datum, sleutel, bericht_id)
           SELECT (SELECT max(id) FROM levensgebeurtenis_run), huishouden_id, 'kind-12', '2026-05-01', 'test:logboek:lg', id FROM b
           RETURNING bericht_id AS id`,
          [t.bsn1, NU],
        );
        return { rol: 'burger', url: `/berichten/${r.rows[0]!.id}/reactie`, body: { reactie: 'klopt' } };
      },
    ],
    ['levend', async () => ({ rol: 'burger' })],
    ['gereed', async () => ({ rol: 'burger' })],
    ['algoritmeregister', async () => ({ rol: 'burger' })],
    ['algoritme', async () => ({ rol: 'burger', url: '/algoritmeregister/uitval-selectie' })],
    [
      'uitloggen',
      async () => ({ rol: 'beleidsmedewerker', token: await t.verseToken('beleidsmedewerker', 0) }),
    ],
    // Objections (issue 14): A by the citizen from the portal, upheld in part after a team lead sent
    // it back once; B registered by post (late, pro forma) and declared inadmissible.
    [
      'dienBezwaarIn',
      async () => {
        const r = await t.db.query<{ id: string }>(
          `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
            WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' AND b.regeling = 'zorgtoeslag' ORDER BY b.id DESC LIMIT 1`,
          [t.bsn1],
        );
        return {
          rol: 'burger',
          body: {
            beschikkingId: Number(r.rows[0]!.id),
            gronden: 'Mijn inkomen klopt niet.',
            stukken: [{ bestandsnaam: 'loonstrook.pdf', inhoud: Buffer.from(KLEINE_PDF).toString('base64') }],
          },
        };
      },
    ],
    ['mijnBezwaren', async () => ({ rol: 'burger' })],
    [
      'registreerBezwaar',
      async () => {
        // A letter of last year's December, so an objection received now is late.
        const r = await t.db.query<{ id: string }>(
          `UPDATE beschikking SET aangemaakt_op = '2025-12-01T09:00:00Z'
            WHERE huishouden_id = (SELECT id FROM huishouden WHERE bsn_aanvrager = $1) AND status = 'vastgesteld'
            RETURNING id`,
          [t.bsn2],
        );
        return {
          rol: 'behandelaar',
          n: 5,
          body: {
            beschikkingId: Number(r.rows[0]!.id),
            kanaal: 'post',
            ontvangenOp: '2026-03-14',
            gepostOp: '2026-03-12',
          },
        };
      },
    ],
    ['bezwarenVan', async () => ({ rol: 'behandelaar', n: 5, body: { bsn: t.bsn1 } })],
    [
      'bezwaar',
      async () => {
        const r = await t.db.query<{ id: string; h: string }>(
          'SELECT b.id, h.bsn_aanvrager AS h FROM bezwaar b JOIN huishouden h ON h.id = b.huishouden_id ORDER BY b.id',
        );
        s.bezwaarA = Number(r.rows.find((x) => x.h === t.bsn1)?.id ?? 0);
        s.bezwaarB = Number(r.rows.find((x) => x.h === t.bsn2)?.id ?? 0);
        // The case worker of team bezwaar takes both cases.
        for (const id of [s.bezwaarA, s.bezwaarB]) {
          if (!id) continue;
          const z = await t.db.query<{ zaak_id: string; versie: number }>(
            'SELECT z.id AS zaak_id, z.versie FROM bezwaar b JOIN zaak z ON z.id = b.zaak_id WHERE b.id = $1',
            [id],
          );
          const claim = await t.app.inject({
            method: 'POST',
            url: `/v1/zaken/${z.rows[0]!.zaak_id}/claim`,
            headers: { authorization: `Bearer ${await t.token('behandelaar', 5)}` },
            payload: { versie: z.rows[0]!.versie },
          });
          if (claim.statusCode !== 200) throw new Error(claim.body);
        }
        return { rol: 'auditor', url: `/bezwaren/${s.bezwaarA}` };
      },
    ],
    ['bezwaarStukken', async () => ({ rol: 'burger', url: `/bezwaren/${s.bezwaarA}/stukken` })],
    [
      'bezwaarStuk',
      async () => {
        const r = await t.db.query<{ id: string }>('SELECT id FROM bezwaar_stuk WHERE bezwaar_id = $1', [
          s.bezwaarA,
        ]);
        return { rol: 'behandelaar', n: 5, url: `/bezwaarstukken/${r.rows[0]!.id}?formaat=json` };
      },
    ],
    [
      'legBezwaarGesprekVast',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarA}/gesprek`,
        body: { uitkomst: 'Uitgelegd.', ingetrokken: false },
      }),
    ],
    [
      'planBezwaarHoorzitting',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarA}/hoorzitting`,
        body: { op: '2026-04-01' },
      }),
    ],
    [
      'legBezwaarHoorzittingVast',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarA}/hoorzitting/verslag`,
        body: { verslag: 'Mevrouw lichtte haar inkomen toe.' },
      }),
    ],
    [
      'beslisOpBezwaar',
      async () => {
        const r = await t.db.query<{ jaarbedrag: number }>(
          `SELECT b.jaarbedrag FROM beschikking b JOIN bezwaar_beschikking bb ON bb.beschikking_id = b.id
            WHERE bb.bezwaar_id = $1 AND b.regeling = 'zorgtoeslag'`,
          [s.bezwaarA],
        );
        return {
          rol: 'behandelaar',
          n: 5,
          url: `/bezwaren/${s.bezwaarA}/beslissing`,
          body: {
            beslissing: 'deels-gegrond',
            motivering: 'Inkomen lager.',
            regeling: 'zorgtoeslag',
            nieuwJaarbedrag: (r.rows[0]?.jaarbedrag ?? 0) + 100_000,
          },
        };
      },
    ],
    [
      'wijsBezwaarBeslissingAf',
      async () => ({
        rol: 'teamleider',
        n: 4,
        url: `/bezwaren/${s.bezwaarA}/beslissing/afwijzing`,
        body: { toelichting: 'Motiveer het bedrag.' },
      }),
    ],
    [
      'beslisOpBezwaar',
      async () => {
        const r = await t.db.query<{ jaarbedrag: number }>(
          `SELECT b.jaarbedrag FROM beschikking b JOIN bezwaar_beschikking bb ON bb.beschikking_id = b.id
            WHERE bb.bezwaar_id = $1 AND b.regeling = 'zorgtoeslag'`,
          [s.bezwaarA],
        );
        return {
          rol: 'behandelaar',
          n: 5,
          url: `/bezwaren/${s.bezwaarA}/beslissing`,
          body: {
            beslissing: 'deels-gegrond',
            motivering: 'Uw inkomen is lager; zie de jaaropgave.',
            regeling: 'zorgtoeslag',
            nieuwJaarbedrag: (r.rows[0]?.jaarbedrag ?? 0) + 100_000,
          },
        };
      },
    ],
    [
      'keurBezwaarBeslissingGoed',
      async () => ({
        rol: 'teamleider',
        n: 4,
        url: `/bezwaren/${s.bezwaarA}/beslissing/goedkeuring`,
        body: {},
      }),
    ],
    [
      'bezwaarBrief',
      async () => {
        const r = await t.db.query<{ id: string }>(
          'SELECT id FROM bezwaarbrief WHERE bezwaar_id = $1 ORDER BY id DESC LIMIT 1',
          [s.bezwaarA],
        );
        return { rol: 'burger', url: `/bezwaarbrieven/${r.rows[0]?.id ?? 0}` };
      },
    ],
    [
      'legBezwaarGesprekVast',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/gesprek`,
        body: { uitkomst: 'Gebeld.', ingetrokken: false },
      }),
    ],
    [
      'slaBezwaarHoorzittingOver',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/hoorzitting/overslaan`,
        body: { grond: 'kennelijk-niet-ontvankelijk', toelichting: 'Ruim te laat, geen reden.' },
      }),
    ],
    [
      'beoordeelTeLaatBezwaar',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/te-laat`,
        body: { verschoonbaar: false, toelichting: 'Geen reden gegeven.' },
      }),
    ],
    [
      'vulBezwaarGrondenAan',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/gronden`,
        body: { gronden: 'Huur te laag.', ontvangenOp: '2026-03-15' },
      }),
    ],
    [
      'stelAdviescommissieIn',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/adviescommissie`,
        body: {},
      }),
    ],
    [
      'verdaagBezwaar',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/verdaging`,
        body: { reden: 'Wij wachten op de verhuurder.' },
      }),
    ],
    [
      'legBezwaarIngebrekestellingVast',
      async () => ({
        rol: 'behandelaar',
        n: 5,
        url: `/bezwaren/${s.bezwaarB}/ingebrekestelling`,
        body: { ontvangenOp: '2026-03-15' },
      }),
    ],
    // The zienswijze (issue 15): a hearing case of household 1 with its letter data, as a
    // definitive run writes them; the citizen reads and responds, the case worker of team
    // Invordering (behandelaar-5) records a phone response, claims the case and decides.
    [
      'zienswijzen',
      async () => {
        const h = await t.db.query<{ id: string; b: string }>(
          `SELECT h.id, (SELECT min(b.id) FROM beschikking b WHERE b.huishouden_id = h.id) AS b
             FROM huishouden h WHERE h.bsn_aanvrager = $1`,
          [t.bsn1],
        );
        const zaak = await maakZaak(
          t.db,
          {
            soort: 'hoorzitting-terugvordering',
            huishoudenId: Number(h.rows[0]!.id),
            onderwerp: 'Zienswijze vóór terugvordering',
            redenen: ['HOGE_TERUGVORDERING'],
            prioriteit: 2,
          },
          { id: 'systeem', rol: 'systeem' },
          NU,
        );
        const w = await t.db.query<{ id: string }>(
          `INSERT INTO zienswijze (zaak_id, huishouden_id, jaar, terug_te_vorderen, sjabloon_id, sjabloon_versie,
                                   briefdatum, reageren_uiterlijk, berekening, vastgelegd_op)
           VALUES ($1, $2, 2025, 160000, 'zienswijzebrief', 1, '2026-03-01', '2026-03-15', $3::jsonb, $4) RETURNING id`,
          [
            zaak.id,
            h.rows[0]!.id,
            JSON.stringify([
              {
                regeling: 'zorgtoeslag',
                beschikkingId: Number(h.rows[0]!.b),
                voorschot: 260000,
                jaarbedrag: 100000,
                terug: 160000,
                nabetaling: 0,
              },
            ]),
            '2026-03-01T09:00:00Z',
          ],
        );
        s.zienswijze = { id: Number(w.rows[0]!.id), zaakId: zaak.id };
        return { rol: 'burger', body: {} };
      },
    ],
    [
      'reageerOpZienswijze',
      async () => ({
        rol: 'burger',
        url: `/zienswijzen/${s.zienswijze!.id}/reactie`,
        body: { tekst: 'Mijn inkomen was lager dan gedacht.' },
      }),
    ],
    [
      'zienswijzeVanZaak',
      async () => ({ rol: 'behandelaar', url: `/zaken/${s.zienswijze!.zaakId}/zienswijze` }),
    ],
    [
      'legTelefonischeZienswijzeVast',
      async () => ({
        rol: 'behandelaar',
        n: 4,
        url: `/zaken/${s.zienswijze!.zaakId}/zienswijze/reactie`,
        body: { tekst: 'Belde: kan niet alles ineens betalen.' },
      }),
    ],
    [
      'rondZienswijzeAf',
      async () => {
        const zaakId = s.zienswijze!.zaakId;
        const claim = await t.app.inject({
          method: 'POST',
          url: `/v1/zaken/${zaakId}/claim`,
          headers: { authorization: `Bearer ${await t.token('behandelaar', 4)}` },
          payload: { versie: await versie(t, zaakId) },
        });
        expect(claim.statusCode, claim.body).toBe(200);
        return {
          rol: 'behandelaar',
          n: 4,
          url: `/zaken/${zaakId}/zienswijze/beslissing`,
          body: { versie: await versie(t, zaakId), motivering: 'Gewogen: de berekening klopt.' },
        };
      },
    ],
    // The invordering run of February and its figures; guidance by the team lead of Invordering
    // (teamleider-4) for household 2 on request, the guide's caseload and a note.
    ['invorderingRun', async () => ({ rol: 'teamleider', body: { maand: '2026-02' } })],
    ['invorderingRunStand', async () => ({ rol: 'teamleider', url: '/invordering/runs?maand=2026-02' })],
    [
      'begeleidingStarten',
      async () => ({
        rol: 'teamleider',
        n: 3,
        body: { bsn: t.bsn2, begeleider: 'm-behandelaar-5', reden: 'op-verzoek' },
      }),
    ],
    ['caseload', async () => ({ rol: 'behandelaar', n: 4, url: '/begeleidingen/caseload' })],
    [
      'contactNoteren',
      async () => {
        const c = await t.db.query<{ id: string }>('SELECT min(id) AS id FROM contactmoment');
        return {
          rol: 'behandelaar',
          n: 4,
          url: `/contactmomenten/${c.rows[0]!.id}/notitie`,
          body: { notitie: 'Gebeld: regeling besproken.' },
        };
      },
    ],
  ];
}

async function sessieVan(t: ApiTest, rol: Rol): Promise<Sessie> {
  return sessieUitToken(t.o, await t.token(rol))!;
}

/** Every BSN, household id and case id in a JSON value. */
function verzamel(
  x: unknown,
  uit: { bsns: Set<string>; huishoudens: Set<number>; zaken: Set<number> },
): void {
  if (typeof x === 'string' && /^[0-9]{9}$/.test(x)) uit.bsns.add(x);
  else if (Array.isArray(x)) for (const y of x) verzamel(y, uit);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'huishoudenId' && typeof v === 'number') uit.huishoudens.add(v);
      if (k === 'zaakId' && typeof v === 'number') uit.zaken.add(v);
      verzamel(v, uit);
    }
  }
}

describeEachDatabase('processing log for every route on $naam', ({ open }) => {
  const t = gebruikApiTest(open);

  it('every route that answers with personal data logs every person of the households in it', async () => {
    const stand: Stand = {};
    const lijst = voorbeelden(t, stand);
    const bekend = new Set(lijst.map(([op]) => op));
    const fouten: string[] = [];
    for (const r of ROUTES)
      if (!bekend.has(r.operationId)) fouten.push(`${r.operationId}: geen voorbeeld in deze test`);

    /** Persons of these households, as the dossier knows them now, plus each applicant. */
    const personenVan = async (huishoudens: number[]): Promise<Set<string>> => {
      if (huishoudens.length === 0) return new Set();
      const p = await t.db.query<{ bsn: string }>(
        `SELECT persoon_bsn AS bsn FROM feit WHERE huishouden_id = ANY($1::bigint[]) AND soort = 'persoon'
            AND vervallen_op IS NULL AND persoon_bsn IS NOT NULL
         UNION SELECT bsn_aanvrager FROM huishouden WHERE id = ANY($1::bigint[])`,
        [huishoudens],
      );
      return new Set(p.rows.map((x) => x.bsn));
    };
    const huishoudenVanBsn = async (bsn: string): Promise<number | undefined> => {
      const h = await t.db.query<{ id: string }>(
        `SELECT huishouden_id AS id FROM feit WHERE persoon_bsn = $1 AND soort = 'persoon'
         UNION SELECT id FROM huishouden WHERE bsn_aanvrager = $1`,
        [bsn],
      );
      return h.rows[0] ? Number(h.rows[0].id) : undefined;
    };

    for (const [op, maak] of lijst) {
      const r = ROUTES.find((x) => x.operationId === op);
      if (!r) {
        fouten.push(`${op}: staat in de test maar is geen route meer`);
        continue;
      }
      const v = await maak();
      const mag =
        r.toegang === 'publiek' || r.toegang.some((x) => (RECHTEN[v.rol] as readonly string[]).includes(x));
      if (!mag) fouten.push(`${op}: rol ${v.rol} mag deze route niet aanroepen`);
      const token = v.token ?? (r.toegang === 'publiek' ? undefined : await t.token(v.rol, v.n ?? 0));
      const res = await t.app.inject({
        method: r.methode,
        url: `/v1${v.url ?? r.pad}`,
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
        ...(r.methode === 'POST' ? { payload: (v.body ?? {}) as object } : {}),
      });
      if (res.statusCode >= 300) {
        fouten.push(`${op}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        continue;
      }
      const traceId = String(res.headers.traceparent).split('-')[1];
      const gevonden = { bsns: new Set<string>(), huishoudens: new Set<number>(), zaken: new Set<number>() };
      verzamel(res.json(), gevonden);
      // The request's own subject: a BSN in the body, or the citizen's own household.
      const body = (v.body ?? {}) as Record<string, unknown>;
      const gevraagd =
        typeof body.bsn === 'string'
          ? body.bsn
          : typeof body.persoon === 'string'
            ? body.persoon
            : v.rol === 'burger' && token
              ? t.bsn1
              : undefined;
      // A partner's report names the child or the tenant; a batch names one per row.
      const rijen = Array.isArray(body.rijen) ? (body.rijen as Record<string, unknown>[]) : [body];
      const kinderen = rijen.flatMap((x) =>
        typeof x?.kindBsn === 'string'
          ? [x.kindBsn]
          : typeof x?.huurderBsn === 'string'
            ? [x.huurderBsn]
            : [],
      );
      let verwacht: Set<string>;
      if (PER_PERSOON.has(op)) {
        verwacht = new Set(gevraagd ? [gevraagd] : []);
      } else {
        const huishoudens = new Set(gevonden.huishoudens);
        for (const b of [...gevonden.bsns, ...(gevraagd ? [gevraagd] : []), ...kinderen]) {
          const h = await huishoudenVanBsn(b);
          if (h !== undefined) huishoudens.add(h);
        }
        // A resource in the path (a decision, case, maatwerk decision or remedy) belongs to a household.
        for (const [, soort, id] of (v.url ?? '').matchAll(
          /\/(beschikkingen|zaken|maatwerkbesluiten|toepassingen|zienswijzen|contactmomenten)\/([0-9]+)/g,
        )) {
          const sql = {
            beschikkingen: 'SELECT huishouden_id AS h FROM beschikking WHERE id = $1',
            zaken: 'SELECT huishouden_id AS h FROM zaak WHERE id = $1',
            maatwerkbesluiten: 'SELECT huishouden_id AS h FROM maatwerkbesluit WHERE id = $1',
            toepassingen:
              'SELECT z.huishouden_id AS h FROM maatwerk_toepassing t JOIN zaak z ON z.id = t.zaak_id WHERE t.id = $1',
            zienswijzen: 'SELECT huishouden_id AS h FROM zienswijze WHERE id = $1',
            contactmomenten:
              'SELECT b.huishouden_id AS h FROM contactmoment c JOIN begeleiding b ON b.id = c.begeleiding_id WHERE c.id = $1',
          }[soort as 'zaken'];
          for (const x of (await t.db.query<{ h: string }>(sql, [Number(id)])).rows)
            huishoudens.add(Number(x.h));
        }
        if (gevonden.zaken.size > 0) {
          const zr = await t.db.query<{ h: string }>(
            'SELECT huishouden_id AS h FROM zaak WHERE id = ANY($1::bigint[])',
            [[...gevonden.zaken]],
          );
          for (const x of zr.rows) huishoudens.add(Number(x.h));
        }
        verwacht = await personenVan([...huishoudens]);
      }
      if (op in GEEN_PERSOONSGEGEVENS) {
        if (verwacht.size > 0 && r.toegang !== 'publiek')
          fouten.push(
            `${op}: staat als zonder persoonsgegevens, maar het antwoord gaat over ${verwacht.size} personen`,
          );
        if (gevonden.bsns.size + gevonden.huishoudens.size + gevonden.zaken.size > 0)
          fouten.push(
            `${op}: staat als zonder persoonsgegevens, maar het antwoord bevat een BSN, huishouden of zaak`,
          );
        continue;
      }
      if (verwacht.size === 0) {
        fouten.push(
          `${op}: geen persoonsgegevens gevonden; zet de route met een reden in GEEN_PERSOONSGEGEVENS`,
        );
        continue;
      }
      const log = await t.db.query<{ s: string }>(
        'SELECT data_subject_id AS s FROM verwerking WHERE trace_id = $1',
        [traceId],
      );
      const gelogd = new Set(log.rows.map((x) => x.s));
      const mist = [...verwacht].filter((b) => !gelogd.has(pseudoniem(b, SLEUTELS.pseudoniem)));
      if (mist.length > 0) fouten.push(`${op}: ${mist.length} van ${verwacht.size} personen niet gelogd`);
    }
    expect(fouten).toEqual([]);
  }, 120_000);

  it('lists only real routes as without personal data, each with a reason', () => {
    for (const [op, reden] of Object.entries(GEEN_PERSOONSGEGEVENS)) {
      expect(ROUTES.some((r) => r.operationId === op)).toBe(true);
      expect(reden.length).toBeGreaterThan(20);
    }
    expect(DEMO_ACCOUNTS.length).toBeGreaterThan(0);
  });
});
