/**
 * Issue 10, item 9: the application's database role can add to the processing log and read it,
 * and nothing else: DROP, DETACH, ALTER, TRUNCATE, UPDATE and DELETE of the log (the parent, the
 * general partition, a run's partition, `handeling`) fail with a privilege error — not only
 * because of the append-only triggers, which the owner of a table could switch off or drop with
 * it. A run's partition is made and indexed through the owner's SECURITY DEFINER functions.
 *
 * PostgreSQL only: PGlite has one user, a superuser, and cannot enforce any of this (the
 * append-only triggers still refuse UPDATE, DELETE and TRUNCATE there).
 */
import type { Db } from '@regelmaat/db';
import { describeOnPostgres, TEST_APP_ROL } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { logVerwerkingenBulk } from './log-verwerkingen-bulk';
import { maakRunLogboek, sluitRunLogboek } from './run-logboek';
import { nieuweTrace } from './trace-context';
import { verwerkingenVan } from './verwerkingen-van';

const SLEUTEL = 'pseudonimiseringssleutel-voor-rollen-32+';
const RUN = 7;

describeOnPostgres('the log under the application role on $naam', ({ open }) => {
  let db: Db;
  const trace = nieuweTrace().traceId;
  beforeAll(async () => {
    db = await open({ alsApp: true });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('runs as the non-superuser application role', async () => {
    const r = await db.query<{ rol: string; su: boolean }>(
      'SELECT current_user AS rol, rolsuper AS su FROM pg_roles WHERE rolname = current_user',
    );
    expect(r.rows[0]).toEqual({ rol: TEST_APP_ROL, su: false });
  });

  it('makes a run’s partition (owner’s function), writes to and reads the log, and closes the run’s partition', async () => {
    await maakRunLogboek(db, RUN, trace);
    await logVerwerkingenBulk(db, [
      {
        trace: { traceId: trace, spanId: nieuweTrace().spanId },
        activiteit: activiteitId('voorschot-vaststellen'),
        naam: 'voorschot vaststellen',
        betrokkenen: ['111222333', '123456782'],
        start: '2026-02-01T09:00:00.000Z',
        eind: '2026-02-01T09:00:03.250Z',
        actor: { id: 'worker-1', rol: 'systeem' },
        sleutel: SLEUTEL,
        runId: RUN,
      },
    ]);
    await sluitRunLogboek(db, RUN);
    expect(await verwerkingenVan(db, '123456782', SLEUTEL, { metActor: true })).toHaveLength(1);
    const eigenaar = await db.query<{ eigenaar: string }>(
      `SELECT pg_get_userbyid(relowner) AS eigenaar FROM pg_class WHERE oid = to_regclass('verwerking_run_${RUN}')`,
    );
    expect(eigenaar.rows[0]!.eigenaar).not.toBe(TEST_APP_ROL);
  });

  const geweigerd = /permission denied|must be owner/;
  const pogingen: [string, string][] = [
    ['DROP a run’s partition', `DROP TABLE verwerking_run_${RUN}`],
    ['DROP the log', 'DROP TABLE verwerking CASCADE'],
    ['DROP the actors', 'DROP TABLE handeling'],
    ['DETACH a run’s partition', `ALTER TABLE verwerking DETACH PARTITION verwerking_run_${RUN}`],
    ['DETACH the general partition', 'ALTER TABLE verwerking DETACH PARTITION verwerking_algemeen'],
    ['ALTER: switch off the append-only trigger', 'ALTER TABLE verwerking DISABLE TRIGGER ALL'],
    [
      'ALTER a run’s partition',
      `ALTER TABLE verwerking_run_${RUN} DROP CONSTRAINT verwerking_run_${RUN}_trace`,
    ],
    ['ALTER: rename the log', 'ALTER TABLE verwerking_algemeen RENAME TO weg'],
    ['DROP the append-only function', 'DROP FUNCTION logboek_alleen_toevoegen() CASCADE'],
    ['TRUNCATE the log', 'TRUNCATE verwerking'],
    ['TRUNCATE a run’s partition', `TRUNCATE verwerking_run_${RUN}`],
    ['TRUNCATE the actors', 'TRUNCATE handeling'],
    ['UPDATE the log', "UPDATE verwerking SET name = 'x'"],
    ['UPDATE a run’s partition directly', `UPDATE verwerking_run_${RUN} SET name = 'x'`],
    ['UPDATE the actors', "UPDATE handeling SET actor_id = 'x'"],
    ['DELETE from the log', 'DELETE FROM verwerking'],
    ['DELETE from a run’s partition directly', `DELETE FROM verwerking_run_${RUN}`],
    ['DELETE from the actors', 'DELETE FROM handeling'],
    ['CREATE a table in the schema', 'CREATE TABLE verwerking_nep (n int)'],
    ['grant itself the owner’s rights', 'SELECT regelmaat_verleen_app_rechten(current_user)'],
  ];
  it.each(pogingen)('refuses: %s', async (_, sql) => {
    await expect(db.exec(sql)).rejects.toThrow(geweigerd);
  });

  it('still holds every record afterwards', async () => {
    const r = await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking WHERE run_id = $1', [RUN]);
    expect(Number(r.rows[0]!.n)).toBe(2);
    const h = await db.query<{ n: string }>('SELECT count(*) AS n FROM handeling');
    expect(Number(h.rows[0]!.n)).toBe(1);
  });
});
