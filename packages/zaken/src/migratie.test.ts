/**
 * Migration 007 on a database that already has cases from a batch run: they stay valid and get
 * their team, due date, subject and first history row; cases the batch opens afterwards (with the
 * same INSERT verwerking uses) get them too.
 */
import { type Db, migraties, openPglite, openPostgres } from '@regelmaat/db';
import { POSTGRES_OVERGESLAGEN } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakHuishoudens } from './testing/testdata';
import { historie } from './zaak-rij';
import { isTeLaat } from './zaaktypen';

/**
 * A case as migration 007 left it: only 007's columns (today's reader also selects the columns of
 * later migrations, such as 030's suspension, which this schema does not have yet).
 */
async function zaak(db: Db, id: number, vandaag?: string) {
  const r = await db.query<{
    soort: string;
    status: string;
    team: string;
    behandelaar: string | null;
    versie: number;
    termijn: string;
    onderwerp: string;
    run_id: string | number | null;
  }>(
    'SELECT soort, status, team, behandelaar, versie, termijn::text AS termijn, onderwerp, run_id FROM zaak WHERE id = $1',
    [id],
  );
  const z = r.rows[0]!;
  return {
    ...z,
    runId: z.run_id === null ? null : Number(z.run_id),
    ...(vandaag ? { teLaat: isTeLaat(z.termijn, z.status, vandaag) } : {}),
  };
}

const databases: {
  naam: string;
  overgeslagen?: string;
  open: () => Promise<{ db: Db; weg: () => Promise<void> }>;
}[] = [
  {
    naam: 'PGlite',
    open: async () => {
      const db = await openPglite('memory://');
      return { db, weg: () => db.close() };
    },
  },
];
const url = process.env.DATABASE_URL;
if (!url)
  databases.push({
    naam: 'PostgreSQL',
    overgeslagen: POSTGRES_OVERGESLAGEN,
    open: () => Promise.reject(new Error('skipped')),
  });
else
  databases.push({
    naam: 'PostgreSQL',
    open: async () => {
      const schema = `test_zaken_migratie_${process.pid}_${Date.now().toString(36)}`;
      const db = await openPostgres({ url, schema });
      return {
        db,
        weg: async () => {
          await db.exec(`DROP SCHEMA ${schema} CASCADE`);
          await db.close();
        },
      };
    },
  });

const BATCH_INSERT = `INSERT INTO zaak (huishouden_id, run_id, redenen, toelichting, prioriteit, aangemaakt_op)
  SELECT h, $1, r::text[], t::jsonb, p, $6 FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[]) AS z(h, r, t, p)
  ON CONFLICT (run_id, huishouden_id) DO NOTHING`;

for (const { naam, overgeslagen, open } of databases)
  describe.skipIf(overgeslagen)(
    `migration 007 on ${naam}${overgeslagen ? ` [skipped: ${overgeslagen}]` : ''}`,
    () => {
      let db: Db;
      let weg: () => Promise<void>;
      beforeAll(async () => {
        ({ db, weg } = await open());
        for (const m of migraties().filter((m) => m.versie < 7)) await db.exec(m.sql);
        await maakHuishoudens(db, [1, 2, 3]);
        await db.query(
          `INSERT INTO run (soort, jaar, bekend_op, engine_versie, parameter_versie, partitiegrootte)
       VALUES ('voorschot', 2026, '2025-11-01T00:00:00Z', 'e', 'p', 10)`,
        );
        await db.query(BATCH_INSERT, [
          1,
          [1, 2],
          ['{HOGE_TERUGVORDERING}', '{PARTNER_CONFLICT}'],
          ['{}', '{}'],
          [1, 2],
          '2025-11-20T10:00:00Z',
        ]);
        const m007 = migraties().find((m) => m.versie === 7)!;
        await db.exec(m007.sql);
      }, 60_000);
      afterAll(async () => {
        await weg?.();
      });

      it('keeps existing cases valid and gives them team, due date, subject and history', async () => {
        const z = await zaak(db, 1, '2025-12-05');
        expect(z).toMatchObject({
          soort: 'uitval-controle',
          status: 'open',
          team: 'uitval',
          behandelaar: null,
          versie: 1,
          termijn: '2025-12-04',
          teLaat: true,
          onderwerp: 'Controle na uitval',
          runId: 1,
        });
        const h = await historie(db, 1);
        expect(h).toHaveLength(1);
        expect(h[0]).toMatchObject({
          actie: 'aangemaakt',
          actor: 'systeem',
          versie: 1,
          details: { runId: 1 },
        });
      });

      it('fills in new batch cases and writes one history row per inserted case only', async () => {
        await db.query(BATCH_INSERT, [
          1,
          [2, 3],
          ['{PARTNER_CONFLICT}', '{KIND_WORDT_18}'],
          ['{}', '{}'],
          [2, 4],
          '2025-11-21T10:00:00Z',
        ]);
        const z3 = await db.query<{ id: string }>('SELECT id FROM zaak WHERE huishouden_id = 3');
        const id = Number(z3.rows[0]!.id);
        expect(await zaak(db, id)).toMatchObject({ team: 'uitval', termijn: '2025-12-05', status: 'open' });
        expect(await historie(db, id)).toHaveLength(1);
        // Household 2 already had a case in this run: no second case and no second history row.
        const twee = await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM zaak_historie h JOIN zaak z ON z.id = h.zaak_id WHERE z.huishouden_id = 2`,
        );
        expect(Number(twee.rows[0]!.n)).toBe(1);
      });

      it('rejects an unknown case type or status, and a case in behandeling without behandelaar', async () => {
        await expect(
          db.query(
            `INSERT INTO zaak (huishouden_id, soort, redenen, toelichting, prioriteit) VALUES (1, 'onbekend', '{}', '{}', 3)`,
          ),
        ).rejects.toThrow();
        await expect(
          db.query(
            `INSERT INTO zaak (huishouden_id, redenen, toelichting, prioriteit, status) VALUES (1, '{}', '{}', 3, 'in-behandeling')`,
          ),
        ).rejects.toThrow();
        await expect(
          db.query(
            `INSERT INTO zaak (huishouden_id, redenen, toelichting, prioriteit, status) VALUES (1, '{}', '{}', 3, 'klaar')`,
          ),
        ).rejects.toThrow();
      });
    },
  );
