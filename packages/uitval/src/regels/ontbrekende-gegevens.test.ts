import { describe, expect, it } from 'vitest';
import type { UitvalInvoer } from '../invoer';
import { pasToe, rustigeInvoer } from '../testing/invoer';
import { ONTBREKENDE_GEGEVENS } from './ontbrekende-gegevens';

const opvang = (fase: UitvalInvoer['fase'], ouder: number[], aanbieder: (number | null)[]) =>
  rustigeInvoer({ fase, opvangUrenOuder: ouder, opvangUrenAanbieder: aanbieder });
const jaar = <T>(waarde: T, anders: Record<number, T> = {}): T[] =>
  Array.from({ length: 12 }, (_, m) => (m in anders ? anders[m]! : waarde));

describe('ONTBREKENDE_GEGEVENS', () => {
  it('fires when facts are missing, and names them', () => {
    const u = pasToe(ONTBREKENDE_GEGEVENS, rustigeInvoer({ ontbrekendeGegevens: ['huur', 'inkomen'] }));
    expect(u).toMatchObject({ code: 'ONTBREKENDE_GEGEVENS', prioriteit: 3 });
    expect(u?.toelichting).toContain('Deze gegevens ontbreken: huur en inkomen.');
    expect(u?.toelichting).toContain('bellen');
  });

  it('does not fire when nothing is missing', () => {
    expect(pasToe(ONTBREKENDE_GEGEVENS, rustigeInvoer())).toBeNull();
    expect(
      pasToe(ONTBREKENDE_GEGEVENS, opvang('definitief', jaar(10_000), jaar<number | null>(10_000))),
    ).toBeNull();
  });

  it('definitive run: fires for a month with parent hours and no provider report', () => {
    const u = pasToe(
      ONTBREKENDE_GEGEVENS,
      opvang('definitief', jaar(10_000), jaar<number | null>(10_000, { 1: null })),
    );
    expect(u?.toelichting).toContain('geen uren door voor februari');
  });

  it('definitive run: one centihour claimed is enough; none claimed is not', () => {
    const aanbieder = jaar<number | null>(0, { 1: null });
    expect(pasToe(ONTBREKENDE_GEGEVENS, opvang('definitief', jaar(0, { 1: 1 }), aanbieder))).not.toBeNull();
    expect(pasToe(ONTBREKENDE_GEGEVENS, opvang('definitief', jaar(0), aanbieder))).toBeNull();
  });

  it('advance run: months the providers have not reported yet do not count', () => {
    expect(
      pasToe(ONTBREKENDE_GEGEVENS, opvang('voorschot', jaar(10_000), jaar<number | null>(null))),
    ).toBeNull();
    const totMaart = jaar<number | null>(null, { 0: 10_000, 1: 10_000, 2: 10_000 });
    expect(pasToe(ONTBREKENDE_GEGEVENS, opvang('voorschot', jaar(10_000), totMaart))).toBeNull();
  });

  it('advance run: a gap before a later report counts', () => {
    const gat = jaar<number | null>(null, { 0: 10_000, 2: 10_000 });
    const u = pasToe(ONTBREKENDE_GEGEVENS, opvang('voorschot', jaar(10_000), gat));
    expect(u?.toelichting).toContain('geen uren door voor februari,');
  });
});
