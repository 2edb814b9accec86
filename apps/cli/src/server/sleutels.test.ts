import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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

  it('are kept in a folder made owner-only (0700), and a key file readable by others is narrowed to 0600', () => {
    const nieuw = join(map, 'nog', 'niet', 'daar');
    leesSleutels({}, nieuw);
    expect(statSync(nieuw).mode & 0o777).toBe(0o700);
    expect(statSync(join(nieuw, 'sleutels.json')).mode & 0o777).toBe(0o600);
    chmodSync(join(nieuw, 'sleutels.json'), 0o644);
    const oud = join(map, 'oud');
    mkdirSync(oud, { mode: 0o755 });
    chmodSync(oud, 0o755);
    leesSleutels({}, oud);
    chmodSync(join(oud, 'sleutels.json'), 0o644);
    chmodSync(oud, 0o755);
    leesPseudoniemSleutel({}, oud);
    expect(statSync(join(oud, 'sleutels.json')).mode & 0o777).toBe(0o600);
    expect(statSync(oud).mode & 0o777).toBe(0o700);
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
