/** leesYaml: a text parsed at build time is read from its JSON; any other text is parsed. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('leesYaml', () => {
  it('without a build (vitest, tsx) parses every text', async () => {
    const { leesYaml } = await import('./yaml');
    expect(leesYaml('a: 1\nb: [x, "2026-01-01"]\nc: 2026-01-01\n')).toStrictEqual({
      a: 1,
      b: ['x', '2026-01-01'],
      c: '2026-01-01',
    });
    expect(() => leesYaml('a: [1\n')).toThrow();
  });

  it('with the build reads a known text from its JSON and parses any other text', async () => {
    // A JSON that differs from the text's own value shows which path was taken.
    vi.stubGlobal('REGELMAAT_YAML_ALS_JSON', { 'a: 1\n': '{"a":"uit de build"}' });
    const { leesYaml } = await import('./yaml');
    expect(leesYaml('a: 1\n')).toStrictEqual({ a: 'uit de build' });
    expect(leesYaml('a: 2\n')).toStrictEqual({ a: 2 });
    // Each read is a fresh value: a caller that changes it changes no later read.
    (leesYaml('a: 1\n') as { a: string }).a = 'veranderd';
    expect(leesYaml('a: 1\n')).toStrictEqual({ a: 'uit de build' });
  });
});
