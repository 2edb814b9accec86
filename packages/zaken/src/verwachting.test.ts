/**
 * Expected completion dates on the database (issue 20): a team's open cases in the queue's order
 * of urgency, each expected when the hours before it and its own are done; a suspended case waits
 * and holds nobody up; another team's work does not count; a team without staff gives no date.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { schortOp } from './opschorten';
import { ANNA, maakHuishoudens, maakMedewerkers, NU } from './testing/testdata';
import { claim } from './toewijzing';
import { verwachteAfrondingen } from './verwachting';

describeEachDatabase('expected completion on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2]);
    await maakMedewerkers(db, [ANNA]);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it('adds the hours before each case in order of urgency, per team', async () => {
    // Monday 2026-03-02; team maatwerk has 1 staff member (5 case hours a day); 4 hours a case.
    const laag = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'A', prioriteit: 3 },
      ANNA,
      NU,
    );
    const hoog = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 2, onderwerp: 'B', prioriteit: 1 },
      ANNA,
      NU,
    );
    const derde = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 2, onderwerp: 'C', prioriteit: 3 },
      ANNA,
      NU,
    );
    // Another team's case (klantcontact, no staff here) before all of them by priority.
    const ander = await maakZaak(
      db,
      { soort: 'contactverzoek', huishoudenId: 1, onderwerp: 'Bel', prioriteit: 1 },
      ANNA,
      NU,
    );
    const staf = new Map([['maatwerk', 1]]);
    const v = await verwachteAfrondingen(db, '2026-03-02', staf, {
      zaakIds: [laag.id, hoog.id, derde.id, ander.id],
    });
    // hoog: 4 h → Monday; laag: 8 h → Tuesday; derde: 12 h → Wednesday (same priority, later id).
    expect(v.get(hoog.id)).toBe('2026-03-02');
    expect(v.get(laag.id)).toBe('2026-03-03');
    expect(v.get(derde.id)).toBe('2026-03-04');
    expect(v.has(ander.id)).toBe(true);
    expect(v.get(ander.id)).toBeUndefined();
    // Per household: only that household's cases.
    const h2 = await verwachteAfrondingen(db, '2026-03-02', staf, { huishoudenId: 2 });
    expect([...h2.keys()].sort()).toEqual([hoog.id, derde.id].sort());
    // Two staff: twice the pace.
    const twee = await verwachteAfrondingen(db, '2026-03-02', new Map([['maatwerk', 2]]), {
      zaakIds: [derde.id],
    });
    expect(twee.get(derde.id)).toBe('2026-03-03');

    // Suspending the urgent case until 2026-03-20: it holds nobody up and is expected when it resumes.
    const c = await claim(db, hoog.id, hoog.versie, ANNA, NU);
    await schortOp(db, hoog.id, c.versie, 'Wacht op loonstroken van de aanvrager', '2026-03-20', ANNA, NU);
    const na = await verwachteAfrondingen(db, '2026-03-02', staf, { zaakIds: [laag.id, hoog.id, derde.id] });
    expect(na.get(laag.id)).toBe('2026-03-02');
    expect(na.get(derde.id)).toBe('2026-03-03');
    expect(na.get(hoog.id)).toBe('2026-03-20');
    // Nothing asked, nothing read.
    expect((await verwachteAfrondingen(db, '2026-03-02', staf, {})).size).toBe(0);
  });
});
