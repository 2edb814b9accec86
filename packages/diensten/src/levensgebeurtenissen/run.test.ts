/**
 * The life-event run (issue 16, C8): the household of a child turning 4 in dagopvang gets a message
 * with the effect the engine computes for the dagopvang stopping (checked against a recomputation
 * of its own), a household with hardship indicators also gets a call task in team klantcontact; the
 * run stops halfway and resumes, a rerun or a later overlapping run sends nothing again, every
 * person looked at is in the processing log, and a bad peildatum is refused.
 */
import { beschikkingenVan, geldende, herbereken } from '@regelmaat/beschikking';
import { berichtenVan } from '@regelmaat/brief-opslag';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import type { Feit } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { maakZaak } from '@regelmaat/zaken';
import { beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid } from '../sessies';
import {
  maakTestOmgeving,
  NU,
  type TestOmgeving,
  VIERDE_VERJAARDAG as VIERDE,
  vierdeVerjaardagGezin,
} from '../testing/test-omgeving';
import { reageerOpLevensgebeurtenis } from './reactie';
import { BERICHT_LEVENSGEBEURTENIS, LEVENSGEBEURTENIS_BELLEN, levensgebeurtenisRun } from './run';

const PEILDATUM = '2026-03-15';

const gezin = (id: number) => vierdeVerjaardagGezin(id);
const VIERDE_VERJAARDAG = VIERDE.datum;

describeEachDatabase('the life-event run on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => NU, { extra: [gezin(60), gezin(61)] });
    // Household 61 is already in a recovery procedure: a hardship indicator.
    await maakZaak(
      db,
      { soort: 'hoorzitting-terugvordering', huishoudenId: 61, onderwerp: 'Zienswijze', prioriteit: 2 },
      { id: 'systeem', rol: 'systeem' },
      NU,
    );
  }, 120_000);

  it('refuses a peildatum that is no date or lies after today, writing nothing', async () => {
    for (const peildatum of ['2026-02-30', 'morgen', '2026-03-16']) {
      await expect(levensgebeurtenisRun(t.o, { peildatum })).rejects.toBeInstanceOf(Ongeldig);
    }
    await expect(levensgebeurtenisRun(t.o, { peildatum: PEILDATUM, partitiegrootte: 0 })).rejects.toThrow(
      /partitiegrootte/,
    );
    expect((await db.query('SELECT 1 FROM levensgebeurtenis_run')).rows).toHaveLength(0);
  });

  it('stops halfway and resumes after the last committed partition', async () => {
    const half = await levensgebeurtenisRun(
      t.o,
      { peildatum: PEILDATUM, partitiegrootte: 3 },
      { maxPartities: 1 },
    );
    expect(half).toMatchObject({ nieuw: true, klaar: false, huishoudens: 3 });
    const heel = await levensgebeurtenisRun(t.o, { peildatum: PEILDATUM, partitiegrootte: 3 });
    expect(heel).toMatchObject({ runId: half.runId, nieuw: false, klaar: true, huishoudens: 8 });
    expect(heel.perSoort['kind-4']).toBeGreaterThanOrEqual(2);
    expect(heel.belTaken).toBe(1);
    console.log(`life-event run ${PEILDATUM}: ${JSON.stringify(heel)}`);
  });

  it('tells the household of a child turning 4 what stopping the dagopvang does, computed by the engine', async () => {
    const [b, ...meer] = (await berichtenVan(db, 60)).filter((x) => x.soort === BERICHT_LEVENSGEBEURTENIS);
    expect(meer).toHaveLength(0);
    const g = b!.gegevens as {
      gebeurtenis: string;
      datum: string;
      geboortedatum: string;
      wijziging: unknown;
      effecten: {
        regeling: string;
        jaarbedragNu: number;
        jaarbedragNieuw: number;
        voorkomenTerugvordering: number;
      }[];
    };
    expect(g).toMatchObject({
      gebeurtenis: 'kind-4',
      datum: VIERDE_VERJAARDAG,
      geboortedatum: '2022-05-01',
      berekend: true,
    });
    expect(g.wijziging).toEqual({
      soort: 'kinderopvang',
      kind: 0,
      vanaf: VIERDE_VERJAARDAG,
      urenPerMaand: 0,
    });
    // Our own recomputation: the dagopvang ends on the birthday.
    const feiten = await leesDossierFeiten(db, 60);
    const na: Feit[] = feiten.flatMap((f) =>
      f.soort === 'kinderopvang' ? [{ ...f, geldigTot: VIERDE_VERJAARDAG } as Feit] : [f as Feit],
    );
    const verwacht = herbereken(na, 2026, NU, t.o.wetgeving).jaarbedragen.get('kinderopvangtoeslag')!;
    const inKracht = geldende(await beschikkingenVan(db, 60), 2026, 'voorschot').get('kinderopvangtoeslag')!;
    const kot = g.effecten.find((e) => e.regeling === 'kinderopvangtoeslag')!;
    expect(kot.jaarbedragNu).toBe(inKracht.jaarbedrag);
    expect(kot.jaarbedragNieuw).toBe(verwacht);
    expect(kot.jaarbedragNieuw).toBeLessThan(kot.jaarbedragNu);
    expect(kot.voorkomenTerugvordering).toBeGreaterThan(0);
    console.log(
      `child turning 4: kinderopvangtoeslag € ${kot.jaarbedragNu / 100} → € ${kot.jaarbedragNieuw / 100} a year; reporting in time avoids a recovery of € ${kot.voorkomenTerugvordering / 100}`,
    );
  });

  it('plans a call in team klantcontact only for the household with hardship indicators', async () => {
    const zaken = await db.query<{ huishouden_id: string; team: string; redenen: string[] }>(
      `SELECT huishouden_id, team, redenen FROM zaak WHERE soort = 'contactverzoek'`,
    );
    expect(zaken.rows.map((z) => [Number(z.huishouden_id), z.team])).toEqual([[61, 'klantcontact']]);
    expect(zaken.rows[0]!.redenen).toEqual([LEVENSGEBEURTENIS_BELLEN]);
    expect((await berichtenVan(db, 61)).some((b) => b.soort === BERICHT_LEVENSGEBEURTENIS)).toBe(true);
  });

  it('sends nothing again: not on a rerun, not from a later run whose window overlaps', async () => {
    const voor = (await db.query('SELECT id FROM bericht')).rows.length;
    const opnieuw = await levensgebeurtenisRun(t.o, { peildatum: PEILDATUM });
    expect(opnieuw.nieuw).toBe(false);
    const later = await levensgebeurtenisRun(t.o, { peildatum: '2026-03-14' });
    expect(later.perSoort['kind-4']).toBe(0);
    expect((await db.query('SELECT id FROM bericht')).rows.length).toBe(voor);
    expect((await db.query(`SELECT id FROM zaak WHERE soort = 'contactverzoek'`)).rows).toHaveLength(1);
  });

  it('takes the answer of the household itself once; another household cannot answer it', async () => {
    const bericht = (await berichtenVan(db, 60)).find((x) => x.soort === BERICHT_LEVENSGEBEURTENIS)!;
    const als = (bsn: string): Context => ({
      sessie: inloggenDigid(t.o, { bsn }).sessie,
      trace: nieuweTrace(),
    });
    await expect(reageerOpLevensgebeurtenis(t.o, als(t.bsn1), bericht.id, 'klopt')).rejects.toBeInstanceOf(
      NietGevonden,
    );
    const eerst = await reageerOpLevensgebeurtenis(t.o, als(testBsn(600)), bericht.id, 'wijziging');
    expect(eerst).toMatchObject({
      reactie: 'wijziging',
      gereageerdOp: NU,
      wijziging: { soort: 'kinderopvang' },
    });
    const weer = await reageerOpLevensgebeurtenis(t.o, als(testBsn(600)), bericht.id, 'klopt');
    expect(weer.reactie).toBe('wijziging');
    const rapport = await levensgebeurtenisRun(t.o, { peildatum: PEILDATUM });
    expect(rapport.reacties).toEqual({ klopt: 0, wijziging: 1 });
  });

  it('logs each run once for every person it looked at', async () => {
    const r = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM verwerking
        WHERE processing_activity_id LIKE '%/levensgebeurtenis-signaleren' AND name LIKE 'levensgebeurtenissen %'`,
    );
    let personen = 0;
    for (const id of [1, 2, 3, 4, 5, 6, 60, 61])
      personen += (await leesDossierFeiten(db, id)).filter(
        (f) => f.soort === 'persoon' && !f.vervallenOp,
      ).length;
    // The run of 15 March (two calls), its rerun (already done: nothing read) and the run of 14 March.
    expect(Number(r.rows[0]!.n)).toBe(2 * personen);
  });
});
