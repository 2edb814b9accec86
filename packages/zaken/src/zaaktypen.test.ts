import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datumVan, isTeLaat, plusDagen, termijnVoor, ZAAKTYPEN, zaaktype } from './zaaktypen';

describe('case types', () => {
  it('have unique ids, a positive service norm and a team', () => {
    expect(new Set(ZAAKTYPEN.map((t) => t.id)).size).toBe(ZAAKTYPEN.length);
    expect(ZAAKTYPEN.map((t) => t.id).sort()).toEqual([
      'bezwaar',
      'contactverzoek',
      'hoorzitting-terugvordering',
      'kot-tabel-onzeker',
      'maatwerk-verzoek',
      'opvang-afwijking',
      'partner-afwijking',
      'partner-conflict',
      'partner-verificatie',
      'persoonlijke-begeleiding',
      'uitval-controle',
    ]);
    for (const t of ZAAKTYPEN) {
      expect(t.servicenormDagen).toBeGreaterThan(0);
      expect(t.team).not.toBe('');
      expect(t.normBron).not.toBe('');
    }
  });

  it('compute the due date in calendar days from the UTC date of opening', () => {
    expect(plusDagen('2026-02-20', 14)).toBe('2026-03-06');
    expect(plusDagen('2028-02-20', 14)).toBe('2028-03-05'); // leap year
    expect(plusDagen('2026-12-30', 5)).toBe('2027-01-04');
    expect(datumVan('2026-03-01T23:30:00+01:00')).toBe('2026-03-01');
    expect(datumVan('2026-03-02T00:30:00+01:00')).toBe('2026-03-01');
    expect(termijnVoor(zaaktype('uitval-controle')!, '2026-03-02T09:00:00Z')).toBe('2026-03-16');
    expect(() => datumVan('gisteren')).toThrow(RangeError);
  });

  it('call a case late only after its due date and while it is not closed', () => {
    expect(isTeLaat('2026-03-16', 'open', '2026-03-16')).toBe(false);
    expect(isTeLaat('2026-03-16', 'open', '2026-03-17')).toBe(true);
    expect(isTeLaat('2026-03-16', 'afgerond', '2026-04-01')).toBe(false);
  });
});

describeEachDatabase('case types in migration 007 on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('table zaaktype equals ZAAKTYPEN', async () => {
    {
      const r = await db.query<{ id: string; naam: string; servicenorm_dagen: number; team: string }>(
        'SELECT id, naam, servicenorm_dagen, team FROM zaaktype ORDER BY id',
      );
      expect(r.rows).toEqual(
        [...ZAAKTYPEN]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((t) => ({ id: t.id, naam: t.naam, servicenorm_dagen: t.servicenormDagen, team: t.team })),
      );
    }
  });
});
