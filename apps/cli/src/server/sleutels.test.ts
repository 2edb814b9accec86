import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leesPseudoniemSleutel, leesSleutels, SleutelsOntbreken } from './sleutels';

describe('the server keys', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-sleutels-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('are made once in the data folder, readable by the owner only, and kept', () => {
    const eerst = leesSleutels({}, map);
    expect(eerst.sessie).not.toBe(eerst.pseudoniem);
    expect(statSync(join(map, 'sleutels.json')).mode & 0o777).toBe(0o600);
    expect(leesSleutels({}, map)).toEqual(eerst);
    expect(leesPseudoniemSleutel({}, map)).toBe(eerst.pseudoniem);
  });

  it('come from the environment when it sets them', () => {
    const env = { REGELMAAT_SESSIESLEUTEL: 's'.repeat(32), REGELMAAT_PSEUDONIEMSLEUTEL: 'p'.repeat(32) };
    expect(leesSleutels(env, map)).toEqual({
      sessie: env.REGELMAAT_SESSIESLEUTEL,
      pseudoniem: env.REGELMAAT_PSEUDONIEMSLEUTEL,
    });
    expect(leesPseudoniemSleutel(env, undefined)).toBe(env.REGELMAAT_PSEUDONIEMSLEUTEL);
  });

  it('of an in-memory database live in this process only: no folder named "memory:" appears', () => {
    const a = leesSleutels({}, 'memory://');
    expect(leesPseudoniemSleutel({}, 'memory://')).toBe(a.pseudoniem);
    expect(existsSync('memory:')).toBe(false);
  });

  it('must be set in the environment for a PostgreSQL server', () => {
    expect(() => leesSleutels({}, undefined)).toThrow(SleutelsOntbreken);
    expect(() => leesPseudoniemSleutel({}, undefined)).toThrow(/REGELMAAT_PSEUDONIEMSLEUTEL/);
  });
});
