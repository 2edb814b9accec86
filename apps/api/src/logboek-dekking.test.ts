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
import { legMaatwerkbesluitVast, sessieUitToken } from '@regelmaat/diensten';
import { SLEUTELS } from '@regelmaat/diensten/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { nieuweTrace, pseudoniem } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS, RECHTEN, type Rol, type Sessie } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { ROUTES } from './routes';
import { type ApiTest, gebruikApiTest, NU } from './testing/api-omgeving';

/** Routes whose answer holds no personal data, with the reason; checked below. */
const GEEN_PERSOONSGEGEVENS: Record<string, string> = {
  inloggenMedewerker: 'answers with the staff member’s own session (no citizen data)',
  inloggenPartner: 'answers with the partner’s own session (no citizen data)',
  inloggenDigidSimulatie:
    'answers with the citizen’s own session; nothing is read from the dossier (every later request is logged)',
  uitloggen: 'revokes the caller’s own session; answers with nothing but that it happened',
  levend: 'liveness of the process; reads nothing',
  gereed: 'readiness: asks the database SELECT 1; reads no personal data',
  berekenSituatie: 'a proefberekening of an anonymous household typed in by the caller (no BSN, no dossier)',
};

/**
 * Routes whose answer is about the one person asked for, not a household: the processing log of a
 * BSN (auditor, citizen). Expected: a record for that person.
 */
const PER_PERSOON = new Set(['verwerkingen', 'mijnVerwerkingen']);

interface Verzoek {
  rol: Rol;
  n?: number;
  url?: string;
  body?: unknown;
  /** A session of its own (logging out must not end the session later requests use). */
  token?: string;
}

interface Stand {
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

/** The request per route, in walking order; a builder may prepare state first. */
function voorbeelden(t: ApiTest, s: Stand): [string, () => Promise<Verzoek>][] {
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
    [
      'meldOpvanguren',
      async () => ({
        rol: 'partner',
        body: { kindBsn: testBsn(22), jaar: 2026, soort: 'dagopvang', uren: Array(12).fill(100) },
      }),
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
    ['levend', async () => ({ rol: 'burger' })],
    ['gereed', async () => ({ rol: 'burger' })],
    [
      'uitloggen',
      async () => ({ rol: 'beleidsmedewerker', token: await t.verseToken('beleidsmedewerker', 0) }),
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
        typeof body.bsn === 'string' ? body.bsn : v.rol === 'burger' && token ? t.bsn1 : undefined;
      // A partner's report names the child; a batch names one per row.
      const rijen = Array.isArray(body.rijen) ? (body.rijen as Record<string, unknown>[]) : [body];
      const kinderen = rijen.flatMap((x) => (typeof x?.kindBsn === 'string' ? [x.kindBsn] : []));
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
          /\/(beschikkingen|zaken|maatwerkbesluiten|toepassingen)\/([0-9]+)/g,
        )) {
          const sql = {
            beschikkingen: 'SELECT huishouden_id AS h FROM beschikking WHERE id = $1',
            zaken: 'SELECT huishouden_id AS h FROM zaak WHERE id = $1',
            maatwerkbesluiten: 'SELECT huishouden_id AS h FROM maatwerkbesluit WHERE id = $1',
            toepassingen:
              'SELECT z.huishouden_id AS h FROM maatwerk_toepassing t JOIN zaak z ON z.id = t.zaak_id WHERE t.id = $1',
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
