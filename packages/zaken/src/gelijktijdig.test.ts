/**
 * Two case workers claim the same case at the same moment: exactly one wins, the other is told
 * clearly that the case is taken. On PostgreSQL the claims go over two separate connection pools;
 * on PGlite (one connection) they are interleaved by its queue.
 */
import { type Db, openPostgres } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { ANNA, BART, maakHuishoudens, NU } from './testing/testdata';
import { uitkomst } from './testing/uitkomst';
import { claim } from './toewijzing';
import type { Zaak } from './typen';
import { historie, zaak } from './zaak-rij';

describeEachDatabase('concurrent claims on $naam', ({ open }) => {
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    a = await open();
    if (a.kind === 'postgres') {
      const r = await a.query<{ schema: string }>('SELECT current_schema() AS schema');
      b = await openPostgres({ url: process.env.DATABASE_URL!, schema: r.rows[0]!.schema });
    } else b = a;
    await maakHuishoudens(a, [1]);
  }, 60_000);
  afterAll(async () => {
    if (b && b !== a) await b.close();
    await a?.close();
  });

  it('gives exactly one winner and one al-geclaimd, 20 times over', async () => {
    const winnaars: string[] = [];
    for (let i = 0; i < 20; i++) {
      const z = await maakZaak(
        a,
        { soort: 'uitval-controle', huishoudenId: 1, onderwerp: `Controle ${i}` },
        ANNA,
        NU,
      );
      const [x, y] = await Promise.all([
        uitkomst(claim(a, z.id, z.versie, { ...ANNA, team: 'uitval' }, NU)),
        uitkomst(claim(b, z.id, z.versie, { ...BART, team: 'uitval' }, NU)),
      ]);
      const uitkomsten = [x, y];
      const gewonnen = uitkomsten.filter((u) => u.ok);
      const verloren = uitkomsten.filter((u) => !u.ok);
      expect(gewonnen).toHaveLength(1);
      expect(verloren).toHaveLength(1);
      const winnaar = gewonnen[0]!.ok ? gewonnen[0]!.waarde.behandelaar! : '';
      expect(verloren[0]).toEqual({
        ok: false,
        code: 'al-geclaimd',
        melding: expect.stringContaining(winnaar),
      });
      expect(await zaak(a, z.id)).toMatchObject({
        behandelaar: winnaar,
        versie: 2,
        status: 'in-behandeling',
      });
      expect((await historie(a, z.id)).map((h) => h.actie)).toEqual(['aangemaakt', 'geclaimd']);
      winnaars.push(winnaar);
    }
    expect(winnaars).toHaveLength(20);
  });

  it('makes the second claimer wait for the first transaction, then refuses it', async (ctx) => {
    if (a.kind !== 'postgres') ctx.skip(); // PGlite runs one transaction at a time
    const z = await maakZaak(
      a,
      { soort: 'uitval-controle', huishoudenId: 1, onderwerp: 'Controle' },
      ANNA,
      NU,
    );
    let tweedeKlaar = false;
    let tweede: ReturnType<typeof uitkomst<Zaak>> | undefined;
    const eerste = await a.transaction(async (tx) => {
      const u = await uitkomst(claim(tx, z.id, 1, { ...ANNA, team: 'uitval' }, NU)); // holds the row lock until commit
      tweede = uitkomst(claim(b, z.id, 1, { ...BART, team: 'uitval' }, NU)).finally(() => {
        tweedeKlaar = true;
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(tweedeKlaar).toBe(false); // blocked on the row lock
      return u;
    });
    expect(eerste).toMatchObject({ ok: true, waarde: { behandelaar: 'anna', versie: 2 } });
    expect(await tweede).toEqual({
      ok: false,
      code: 'al-geclaimd',
      melding: expect.stringContaining('anna'),
    });
  });
});
