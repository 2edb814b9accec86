import { describe, expect, it } from 'vitest';
import {
  ALLE_RECHTEN,
  heeftRecht,
  MEDEWERKER_ROLLEN,
  RECHT_CATALOGUS,
  RECHTEN,
  type Recht,
  ROLLEN,
  type Rol,
} from './rechten';

const soort = (r: Recht) => RECHT_CATALOGUS[r].soort;

describe('the permission matrix', () => {
  it('gives every role a documented, non-empty set of known rights without doubles', () => {
    for (const rol of ROLLEN) {
      const rechten = RECHTEN[rol];
      expect(rechten.length, rol).toBeGreaterThan(0);
      expect(new Set(rechten).size, rol).toBe(rechten.length);
      for (const r of rechten) expect(RECHT_CATALOGUS[r]?.omschrijving.length, r).toBeGreaterThan(10);
    }
  });

  it('has every right the brief names, each granted to at least one role', () => {
    const genoemd: Recht[] = [
      'eigen-huishouden:lezen',
      'eigen-huishouden:wijzigen',
      'eigen-verwerkingen:lezen',
      'contactverzoek:indienen',
      'berekening:adhoc',
      'dossier:lezen',
      'beschikking:lezen',
      'beschikking:reproduceren',
      'zaak:lezen',
      'zaak:behandelen',
      'zaak:herverdelen',
      'maatwerk:vastleggen',
      'maatwerk:goedkeuren',
      'contact:vastleggen',
      'signaal:maken',
      'verwerkingen:lezen',
      'feit:melden',
    ];
    for (const r of genoemd) expect(ALLE_RECHTEN).toContain(r);
    for (const r of ALLE_RECHTEN)
      expect(
        ROLLEN.some((rol) => heeftRecht(rol, r)),
        r,
      ).toBe(true);
  });

  it('gives a citizen no staff or partner right', () => {
    for (const r of RECHTEN.burger) expect(['eigen', 'algemeen']).toContain(soort(r));
    expect(heeftRecht('burger', 'dossier:lezen')).toBe(false);
    expect(heeftRecht('burger', 'verwerkingen:lezen')).toBe(false);
  });

  it('gives no staff member or partner a right meant for a citizen about their own data', () => {
    for (const rol of ROLLEN.filter((r) => r !== 'burger'))
      for (const r of RECHTEN[rol]) expect(soort(r), `${rol} ${r}`).not.toBe('eigen');
  });

  it('lets an auditor change nothing, and read the log for any BSN', () => {
    for (const r of RECHTEN.auditor) expect(RECHT_CATALOGUS[r].wijzigt, r).toBe(false);
    expect(heeftRecht('auditor', 'verwerkingen:lezen')).toBe(true);
    expect(heeftRecht('auditor', 'zaak:behandelen')).toBe(false);
  });

  it('gives a partner only feit:melden', () => {
    expect(RECHTEN.partner).toEqual(['feit:melden']);
    for (const rol of ROLLEN.filter((r) => r !== 'partner'))
      expect(heeftRecht(rol, 'feit:melden')).toBe(false);
  });

  it('reserves four-eyes approval and bulk reassignment for the teamleider', () => {
    const met = (r: Recht) => ROLLEN.filter((rol) => heeftRecht(rol, r));
    expect(met('maatwerk:goedkeuren')).toEqual(['teamleider']);
    expect(met('zaak:herverdelen')).toEqual(['teamleider']);
    expect(met('verwerkingen:lezen')).toEqual(['auditor']);
  });

  it('keeps the policy analyst away from individual dossiers', () => {
    for (const r of ['dossier:lezen', 'beschikking:lezen', 'zaak:lezen'] as const)
      expect(heeftRecht('beleidsmedewerker', r)).toBe(false);
  });

  it('answers no for a role that is not in the matrix', () => {
    expect(heeftRecht('beheerder' as Rol, 'dossier:lezen')).toBe(false);
    expect(MEDEWERKER_ROLLEN.every((r) => ROLLEN.includes(r))).toBe(true);
  });
});
