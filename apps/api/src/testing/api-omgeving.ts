/**
 * Test setup for the API: a database with demo accounts, a handful of households with advance
 * decisions, a case, and an Omgeving with a fixed clock. Tokens per role for requests.
 */
import type { Db } from '@regelmaat/db';
import { type Omgeving, STANDAARD_INSTELLINGEN } from '@regelmaat/diensten';
import { wetgeving } from '@regelmaat/law';
import { DEMO_ACCOUNTS, DEMO_PARTNER, koppelKlant, zaaiDemoAccounts } from '@regelmaat/toegang';
import { geenUitval, schrijfHuishoudens, startRun, werk } from '@regelmaat/verwerking';
import { testDossiers } from '@regelmaat/verwerking/testing';
import { maakZaak } from '@regelmaat/zaken';
import type { FastifyInstance } from 'fastify';
import { maakApi } from '../index';

export const NU = '2026-03-15T10:00:00.000Z';
export const SLEUTELS = {
  sessie: 'test-sessiesleutel-van-minstens-32-bytes-lang',
  pseudoniem: 'test-pseudoniemsleutel-van-minstens-32-bytes',
};

export interface ApiTest {
  db: Db;
  o: Omgeving;
  app: FastifyInstance;
  /** BSN of the applicant of household 1 (has advance decisions) and of household 2. */
  bsn1: string;
  bsn2: string;
  /** Id of an open uitval case of household 1. */
  zaakId: number;
  /** A session token for the n-th demo account of a role (0 = first). */
  token(rol: string, n?: number): Promise<string>;
}

export async function maakApiTest(db: Db, klok: () => string = () => NU): Promise<ApiTest> {
  const w = wetgeving();
  await zaaiDemoAccounts(db);
  const dossiers = testDossiers(6);
  await db.transaction((tx) => schrijfHuishoudens(tx, dossiers));
  const { run } = await startRun(db, { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z' }, w);
  await werk(db, run, w, geenUitval, { worker: 'test' });
  const zaak = await maakZaak(
    db,
    {
      soort: 'uitval-controle',
      huishoudenId: dossiers[0]!.id,
      onderwerp: 'Inkomen wijkt af',
      redenen: ['SCHATTING_WIJKT_AF'],
      prioriteit: 2,
    },
    { id: 'systeem', rol: 'systeem' },
    NU,
  );
  await koppelKlant(db, DEMO_PARTNER.clientId, dossiers[1]!.id);
  const o: Omgeving = {
    db,
    wetgeving: w,
    klok,
    sleutels: SLEUTELS,
    instellingen: { ...STANDAARD_INSTELLINGEN, digidSimulatie: true, goedkeuringsdrempel: 50_000 },
  };
  const app = await maakApi(o, { valideerAntwoorden: true });
  const tokens = new Map<string, string>();
  const bsn1 = dossiers[0]!.bsnAanvrager;
  const token = async (rol: string, n = 0): Promise<string> => {
    const bekend = tokens.get(`${rol}:${n}`);
    if (bekend) return bekend;
    let r;
    if (rol === 'burger') {
      r = await app.inject({ method: 'POST', url: '/v1/sessies/digid-simulatie', payload: { bsn: bsn1 } });
    } else if (rol === 'partner') {
      r = await app.inject({
        method: 'POST',
        url: '/v1/sessies/partner',
        payload: { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret },
      });
    } else {
      const a = DEMO_ACCOUNTS.filter((x) => x.rol === rol)[n];
      if (!a) throw new Error(`geen demo-account met rol ${rol}`);
      r = await app.inject({
        method: 'POST',
        url: '/v1/sessies',
        payload: { gebruikersnaam: a.gebruikersnaam, wachtwoord: a.wachtwoord },
      });
    }
    if (r.statusCode !== 201) throw new Error(`inloggen als ${rol}: ${r.statusCode} ${r.body}`);
    const t = (r.json() as { token: string }).token;
    tokens.set(`${rol}:${n}`, t);
    return t;
  };
  return { db, o, app, bsn1, bsn2: dossiers[1]!.bsnAanvrager, zaakId: zaak.id, token };
}
