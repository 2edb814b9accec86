/**
 * The queue most urgent first (issue 17): priority, then due date, then id, a page at a time with a
 * cursor that never skips or repeats a case, and the real number of cases in the list.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { ANNA, maakHuishoudens, NU } from './testing/testdata';
import type { ZaakSoort } from './typen';
import { type UrgentieCursor, werkvoorraad } from './werkvoorraad';

describeEachDatabase('queue by urgency on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('sorts by priority and due date, pages without gaps, and counts the whole list', async () => {
    // Due dates differ by case type (5, 14, 28, 56 days); priorities go from 4 down to 1 in the order
    // of creation, so an order by id would fail below.
    const soorten: ZaakSoort[] = [
      'contactverzoek',
      'uitval-controle',
      'hoorzitting-terugvordering',
      'maatwerk-verzoek',
    ];
    for (let i = 0; i < 13; i++)
      await maakZaak(
        db,
        {
          soort: soorten[i % 4]!,
          huishoudenId: 1,
          onderwerp: `Z${i}`,
          prioriteit: 4 - (Math.floor(i / 4) % 4),
          team: 'proef',
        },
        ANNA,
        NU,
      );
    const gezien: { prioriteit: number; termijn: string; id: number }[] = [];
    let cursor: UrgentieCursor | undefined;
    let paginas = 0;
    for (;;) {
      const r = await werkvoorraad(
        db,
        {
          team: 'proef',
          volgorde: 'urgentie',
          limiet: 4,
          metTotaal: true,
          ...(cursor ? { naUrgentie: cursor } : {}),
        },
        '2026-03-15',
      );
      paginas++;
      expect(r.totaal).toBe(13);
      gezien.push(...r.zaken.map((z) => ({ prioriteit: z.prioriteit, termijn: z.termijn, id: z.id })));
      if (!r.volgendeUrgentie) break;
      cursor = r.volgendeUrgentie;
    }
    expect(paginas).toBe(4);
    expect(new Set(gezien.map((z) => z.id)).size).toBe(13);
    const gesorteerd = [...gezien].sort(
      (a, b) => a.prioriteit - b.prioriteit || a.termijn.localeCompare(b.termijn) || a.id - b.id,
    );
    expect(gezien).toEqual(gesorteerd);
    // Both keys matter here: more than one priority, and more than one due date within a priority.
    expect(new Set(gezien.map((z) => z.prioriteit)).size).toBeGreaterThan(1);
    expect(
      gezien.some(
        (z, i) => i > 0 && gezien[i - 1]!.prioriteit === z.prioriteit && gezien[i - 1]!.termijn !== z.termijn,
      ),
    ).toBe(true);
    // Without urgency the order is by id, and no total unless asked for.
    const perId = await werkvoorraad(db, { team: 'proef', limiet: 50 }, '2026-03-15');
    expect(perId.zaken.map((z) => z.id)).toEqual([...perId.zaken.map((z) => z.id)].sort((a, b) => a - b));
    expect(perId.totaal).toBeUndefined();
  });
});
