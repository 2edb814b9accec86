/**
 * A person's processing log grouped for reading, on both databases: one group per month (Dutch
 * local time), activity and role, with the count and the last moment; newest month first; pages
 * that together hold every group once; another person's records never in it; no actor id anywhere.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { logVerwerking } from './log-verwerking';
import { nieuweTrace } from './trace-context';
import { verwerkingenOverzicht } from './verwerkingen-overzicht';

const SLEUTEL = 'pseudonimiseringssleutel-voor-tests-32+';
const A = '111222333';
const B = '123456782';

describeEachDatabase('the grouped processing log on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    const schrijf = (bsn: string, start: string, rol: string, sleutel: 'dossier-inzien' | 'maandbetaling') =>
      logVerwerking(db, {
        trace: nieuweTrace(),
        activiteit: activiteitId(sleutel),
        naam: sleutel,
        betrokkenen: [bsn],
        start,
        eind: start,
        actor: { id: `actor-${rol}`, rol },
        sleutel: SLEUTEL,
      });
    // 25 months of a monthly payment by the system, three views by a case worker in March 2026,
    // and one at 23:30 UTC on 31 March that is 1 April in the Netherlands.
    for (let i = 0; i < 25; i++) {
      const d = new Date(Date.UTC(2024, i, 20, 8));
      await schrijf(A, d.toISOString(), 'systeem', 'maandbetaling');
    }
    for (const dag of ['03', '10', '17'])
      await schrijf(A, `2026-03-${dag}T10:00:00.000Z`, 'behandelaar', 'dossier-inzien');
    await schrijf(A, '2026-03-31T23:30:00.000Z', 'behandelaar', 'dossier-inzien');
    await schrijf(B, '2026-03-05T10:00:00.000Z', 'behandelaar', 'dossier-inzien');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('groups per month, activity and role, newest first, with the count and the last moment', async () => {
    const { groepen, totaal } = await verwerkingenOverzicht(db, A, SLEUTEL, { pagina: 1, perPagina: 100 });
    // 25 payment months (Jan 2024 … Jan 2026) + March 2026 and April 2026 views.
    expect(totaal).toBe(27);
    expect(groepen).toHaveLength(27);
    expect(groepen[0]).toMatchObject({ maand: '2026-04', rol: 'behandelaar', aantal: 1 });
    expect(groepen[1]).toMatchObject({
      maand: '2026-03',
      rol: 'behandelaar',
      aantal: 3,
      laatste: '2026-03-17T10:00:00.000Z',
    });
    expect(
      groepen.filter((g) => g.activiteit.id.endsWith('/maandbetaling')).every((g) => g.aantal === 1),
    ).toBe(true);
    expect(JSON.stringify(groepen)).not.toContain('actor-');
  });

  it('pages through every group exactly once, and says how many there are past the last page', async () => {
    const gezien: string[] = [];
    for (let pagina = 1; pagina <= 3; pagina++) {
      const r = await verwerkingenOverzicht(db, A, SLEUTEL, { pagina, perPagina: 10 });
      expect(r.totaal).toBe(27);
      gezien.push(...r.groepen.map((g) => `${g.maand}|${g.activiteit.id}|${g.rol}`));
    }
    expect(gezien).toHaveLength(27);
    expect(new Set(gezien).size).toBe(27);
    const voorbij = await verwerkingenOverzicht(db, A, SLEUTEL, { pagina: 4, perPagina: 10 });
    expect(voorbij).toEqual({ groepen: [], totaal: 27 });
  });

  it("never shows another person's records", async () => {
    const { groepen } = await verwerkingenOverzicht(db, B, SLEUTEL, { pagina: 1, perPagina: 100 });
    expect(groepen).toEqual([expect.objectContaining({ maand: '2026-03', aantal: 1 })]);
  });
});
