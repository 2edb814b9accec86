import { describe, expect, it } from 'vitest';
import type { UitvalInvoer } from '../invoer';
import { bedragen, pasToe, rustigeInvoer } from '../testing/invoer';
import { KIND_WORDT_18 } from './kind-wordt-18';

const invoer = (kinderenOnder18: number, kinderenWorden18: number, over: Partial<UitvalInvoer> = {}) =>
  rustigeInvoer({
    kinderenOnder18,
    kinderenWorden18,
    voorschot: bedragen({ kindgebonden_budget: 200_000 }),
    ...over,
  });

describe('KIND_WORDT_18', () => {
  it('fires when a child turns 18 in the advance year', () => {
    const u = pasToe(KIND_WORDT_18, invoer(2, 1));
    expect(u).toMatchObject({ code: 'KIND_WORDT_18', prioriteit: 4 });
    expect(u?.toelichting).toContain('Een kind wordt dit jaar 18');
    expect(u?.toelichting).toContain('wordt dan lager');
    expect(u?.toelichting).toContain('zorgtoeslag');
  });

  it('says the budget stops when the last child under 18 turns 18', () => {
    expect(pasToe(KIND_WORDT_18, invoer(2, 2))?.toelichting).toContain('2 kinderen worden dit jaar 18');
    expect(pasToe(KIND_WORDT_18, invoer(2, 2))?.toelichting).toContain('stopt');
  });

  it('does not fire when no child turns 18', () => {
    expect(pasToe(KIND_WORDT_18, invoer(3, 0))).toBeNull();
  });

  it('only in the advance run and only with a kindgebonden budget advance', () => {
    expect(pasToe(KIND_WORDT_18, invoer(1, 1, { fase: 'definitief' }))).toBeNull();
    expect(pasToe(KIND_WORDT_18, invoer(1, 1, { voorschot: bedragen({ zorgtoeslag: 100_000 }) }))).toBeNull();
  });
});
