/**
 * The web pages that show personal data call services that write the processing log (issue 10,
 * item 8): the web app shares @regelmaat/diensten with the API, and each page below, opened once,
 * leaves a new log record for every person of household 1 (the household its case and citizen
 * belong to). On PGlite, and PostgreSQL when DATABASE_URL is set.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { pseudoniem } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { expect, it } from 'vitest';
import { Bezoeker } from './testing/bezoeker';
import { webOpDatabase } from './testing/op-database';

const account = (gebruikersnaam: string) => DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === gebruikersnaam)!;

describeEachDatabase('web pages log their reads on $naam', ({ open }) => {
  const w = webOpDatabase(open);

  /** Log records per person of household 1 (all persons, as the dossier knows them). */
  const tellingen = async (): Promise<Map<string, number>> => {
    const personen = await w.db.query<{ bsn: string }>(
      `SELECT persoon_bsn AS bsn FROM feit f JOIN huishouden h ON h.id = f.huishouden_id
        WHERE h.bsn_aanvrager = $1 AND f.soort = 'persoon' AND f.vervallen_op IS NULL`,
      [w.t.bsn1],
    );
    const uit = new Map<string, number>();
    for (const { bsn } of personen.rows) {
      const r = await w.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM verwerking WHERE data_subject_id = $1',
        [pseudoniem(bsn, w.t.o.sleutels.pseudoniem)],
      );
      uit.set(bsn, Number(r.rows[0]!.n));
    }
    return uit;
  };

  const controleer = async (b: Bezoeker, pad: string) => {
    const voor = await tellingen();
    expect(voor.size).toBeGreaterThan(1);
    const r = await b.get(pad);
    expect(r.statusCode, pad).toBe(200);
    const na = await tellingen();
    const niet = [...voor].filter(([bsn, n]) => !(na.get(bsn)! > n));
    expect(niet, `${pad}: personen zonder nieuwe logregel`).toEqual([]);
  };

  it('the workspace pages with a case of household 1 log every person of it', async () => {
    const b = await Bezoeker.alsMedewerker(w.app, 'teamleider-1', account('teamleider-1').wachtwoord);
    for (const pad of [
      '/werk?lijst=team',
      `/werk/zaken/${w.t.zaakId}`,
      '/werk/herverdelen',
      `/werk/zaken/${w.t.zaakId}/maatwerk`,
    ])
      await controleer(b, pad);
  });

  it("the citizen's own pages log every person of the household", async () => {
    const b = new Bezoeker(w.app);
    await b.get('/inloggen');
    await b.post('/inloggen', { bsn: w.t.bsn1 });
    for (const pad of ['/mijn', '/mijn/zaken', '/mijn/betalingen']) await controleer(b, pad);
    // The citizen's own processing log is about the citizen alone: logged for that person.
    const voor = (await tellingen()).get(w.t.bsn1)!;
    expect((await b.get('/mijn/gegevens')).statusCode).toBe(200);
    expect((await tellingen()).get(w.t.bsn1)).toBeGreaterThan(voor);
  });
});
