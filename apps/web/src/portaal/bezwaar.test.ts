/**
 * Objection pages over HTTP on the real services (PGlite, and PostgreSQL when DATABASE_URL is set),
 * trying to walk around the rules: a citizen cannot open or send the form for another household's
 * decision (the same 404 as none) and nothing is written; a choice that is not on the form is a
 * field error; staff steps need the claimed case, and the case worker cannot approve a decision
 * (four-eyes) through the website either. The papers described are kept with the grounds.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';
import { grondenMetStukken } from './bezwaar-routes';

it('keeps the papers described with the grounds, and leaves an empty objection pro forma', () => {
  expect(grondenMetStukken('  ', '')).toBeUndefined();
  expect(grondenMetStukken('Te hoog.', '')).toBe('Te hoog.');
  expect(grondenMetStukken('Te hoog.', 'loonstrook')).toBe(
    'Te hoog.\n\nPapieren die ik meestuur: loonstrook',
  );
  expect(grondenMetStukken('', 'loonstrook')).toBe('Papieren die ik meestuur: loonstrook');
});

describeEachDatabase('objection pages on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const besluitVan = async (bsn: string) =>
    String(
      (
        await w.t.o.db.query<{ id: string }>(
          `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
            WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' ORDER BY b.id LIMIT 1`,
          [bsn],
        )
      ).rows[0]!.id,
    );
  const aantal = async () =>
    Number((await w.t.o.db.query<{ n: string }>('SELECT count(*) AS n FROM bezwaar')).rows[0]!.n);

  it("refuses another household's decision as one that does not exist, and writes nothing", async () => {
    const vreemd = await besluitVan(w.t.bsn2);
    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    expect((await b.get(`/mijn/bezwaar/${vreemd}`)).statusCode).toBe(404);
    expect((await b.get('/mijn/bezwaar/99999999')).statusCode).toBe(404);
    const eigen = await besluitVan(w.t.bsn1);
    await b.get(`/mijn/bezwaar/${eigen}`);
    const r = await b.post(`/mijn/bezwaar/${vreemd}`, { gronden: 'Niet eens.', voorkeur: 'geen' });
    expect(r.statusCode).toBe(404);
    expect(await aantal()).toBe(0);
    const keuze = await b.post(`/mijn/bezwaar/${eigen}`, { gronden: 'Niet eens.', voorkeur: 'nacht' });
    expect(keuze.statusCode).toBe(400);
    expect(keuze.body).toContain('id="veld-voorkeur-fout"');
    expect(await aantal()).toBe(0);
  });

  it('lets only the claimed behandelaar take a step, and no case worker approve a decision', async () => {
    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    const eigen = await besluitVan(w.t.bsn1);
    await b.get(`/mijn/bezwaar/${eigen}`);
    const r = await b.post(`/mijn/bezwaar/${eigen}`, {
      gronden: 'Mijn inkomen is lager.',
      voorkeur: 'ochtend',
    });
    expect(r.statusCode).toBe(201);
    const id = (await w.t.o.db.query<{ id: string }>('SELECT id FROM bezwaar')).rows[0]!.id;
    const mw = await Bezoeker.alsMedewerker(w.app, 'behandelaar-6', 'demo-behandelaar-6');
    await mw.get(`/werk/bezwaren/${id}`);
    const stap = await mw.post(`/werk/bezwaren/${id}/gesprek`, { uitkomst: 'Gebeld.', ingetrokken: 'nee' });
    expect(stap.statusCode).toBe(409);
    expect(stap.body).toContain('Pak de zaak eerst op.');
    const goed = await mw.post(`/werk/bezwaren/${id}/beslissing/goedkeuring`, {});
    expect(goed.statusCode).toBe(403);
    const fase = (await w.t.o.db.query<{ fase: string }>('SELECT fase FROM bezwaar WHERE id = $1', [id]))
      .rows[0]!;
    expect(fase.fase).toBe('ingediend');
  });
});
