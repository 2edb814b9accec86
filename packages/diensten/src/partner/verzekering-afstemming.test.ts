/**
 * What an insurer's report means for zorgtoeslag (pure): the month it counts from (Awir art. 5 lid 1)
 * on both sides of the 1st and across the year end, who applied (applicant and partner; not a child,
 * a co-resident or someone without a dossier), and what the dossier already holds.
 */
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { describe, expect, it } from 'vitest';
import { stemVerzekeringAf, telVanaf } from './verzekering-afstemming';

const A = '111222333';
const P = '111222344';
const K = '111222355';
let volgnummer = 1;
const persoon = (bsn: string, rol: string): DossierFeit =>
  ({
    id: volgnummer++,
    soort: 'persoon',
    persoonBsn: bsn,
    waarde: { rol, geboortedatum: '1980-01-01' },
    bron: 'brp',
    geregistreerdOp: '2025-12-01T10:00:00.000Z',
  }) as DossierFeit;
const geen = (bsn: string): DossierFeit =>
  ({
    id: volgnummer++,
    soort: 'zorgverzekering',
    persoonBsn: bsn,
    waarde: { status: 'geen', woonland: 'NL' },
    bron: 'zorgverzekeraar',
    geregistreerdOp: '2025-12-01T10:00:00.000Z',
  }) as DossierFeit;
const GEZIN = [persoon(A, 'aanvrager'), persoon(P, 'toeslagpartner'), persoon(K, 'kind')];

describe('telVanaf', () => {
  it('an end counts from the next month, also on the last day of a month and of the year', () => {
    expect(telVanaf({ gebeurtenis: 'einde', datum: '2026-06-15' })).toBe('2026-07-01');
    expect(telVanaf({ gebeurtenis: 'einde', datum: '2026-06-30' })).toBe('2026-07-01');
    expect(telVanaf({ gebeurtenis: 'einde', datum: '2026-06-01' })).toBe('2026-07-01');
    expect(telVanaf({ gebeurtenis: 'einde', datum: '2025-12-31' })).toBe('2026-01-01');
  });
  it('a start on the 1st counts from that month, later in the month from the next', () => {
    expect(telVanaf({ gebeurtenis: 'begin', datum: '2026-06-01' })).toBe('2026-06-01');
    expect(telVanaf({ gebeurtenis: 'begin', datum: '2026-06-02' })).toBe('2026-07-01');
    expect(telVanaf({ gebeurtenis: 'begin', datum: '2026-12-15' })).toBe('2027-01-01');
  });
});

describe('stemVerzekeringAf', () => {
  it('nobody applied: no dossier, a child, or someone the household does not hold', () => {
    const m = { bsn: A, gebeurtenis: 'begin' as const, datum: '2026-06-01' };
    expect(stemVerzekeringAf(undefined, m)).toEqual({ soort: 'geen-aanvraag' });
    expect(stemVerzekeringAf(GEZIN, { ...m, bsn: K })).toEqual({ soort: 'geen-aanvraag' });
    expect(stemVerzekeringAf(GEZIN, { ...m, bsn: '999999990' })).toEqual({ soort: 'geen-aanvraag' });
  });
  it('what the dossier holds already changes nothing; the other way is a change from the right month', () => {
    // Absent a fact the person counts as insured.
    expect(stemVerzekeringAf(GEZIN, { bsn: A, gebeurtenis: 'begin', datum: '2026-01-01' })).toEqual({
      soort: 'gelijk',
    });
    expect(stemVerzekeringAf(GEZIN, { bsn: P, gebeurtenis: 'einde', datum: '2026-03-10' })).toEqual({
      soort: 'wijziging',
      rol: 'toeslagpartner',
      nu: 'verzekerd',
      vanaf: '2026-04-01',
    });
    const metGeen = [...GEZIN, geen(A)];
    expect(stemVerzekeringAf(metGeen, { bsn: A, gebeurtenis: 'einde', datum: '2026-03-10' })).toEqual({
      soort: 'gelijk',
    });
    expect(stemVerzekeringAf(metGeen, { bsn: A, gebeurtenis: 'begin', datum: '2026-03-10' })).toEqual({
      soort: 'wijziging',
      rol: 'aanvrager',
      nu: 'geen',
      vanaf: '2026-04-01',
    });
  });
});
