/**
 * The build (scripts/build.mjs) that every program runs from: its output computes exactly what the
 * TypeScript sources compute, reading the files beside the sources (parameter YAML) from the
 * source tree; the parameter files parsed at build time give the values parsing gives.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { leesYaml } from '@regelmaat/engine';
import { describe, expect, it } from 'vitest';
import { PROGRAMMAS, yamlAlsJson } from '../../../scripts/build.mjs';
import { main } from './main';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));
const voorbeeld = (naam: string) => `${ROOT}packages/law/examples/${naam}`;

async function bronnen(args: string[]): Promise<string> {
  let out = '';
  await main(args, { stdout: (s) => (out += s), stderr: () => {}, stdin: Readable.from([]) });
  return out;
}

describe('the build', () => {
  it('has a program for every bin/ entry', () => {
    for (const naam of ['main', 'worker', 'bench-engine', 'bench-batch', 'bench-api', 'bench-cli'])
      expect(PROGRAMMAS).toHaveProperty(naam);
  });

  for (const args of [
    ['bereken', '--json', voorbeeld('gezin-met-kinderopvang-2026.json')],
    ['bereken', voorbeeld('gezin-met-kinderopvang-2026.json')],
    ['bereken', voorbeeld('alleenstaande-2025.json')],
  ]) {
    it(`regelmaat ${args.slice(0, -1).join(' ')} <${args.at(-1)!.split('/').at(-1)}>: the built program prints what the sources print`, async () => {
      const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(await bronnen(args));
      expect(r.stdout.length).toBeGreaterThan(500);
    });
  }

  it('parses every parameter file of the law at build time, to the value parsing gives', () => {
    const vooraf = yamlAlsJson();
    for (const regeling of [
      'algemeen',
      'zorgtoeslag',
      'huurtoeslag',
      'kindgebonden-budget',
      'kinderopvangtoeslag',
    ]) {
      const tekst = readFileSync(`${ROOT}packages/law/src/${regeling}/parameters.yaml`, 'utf8');
      expect(vooraf[tekst], regeling).toBeDefined();
      expect(JSON.parse(vooraf[tekst]!)).toStrictEqual(leesYaml(tekst)); // parsed: vitest runs the sources, without the build's values;
    }
  });

  it('a program that is not built says how to build it, without a stack trace', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `(await import(${JSON.stringify(`${ROOT}apps/cli/bin/gebouwd.mjs`)})).gebouwd('bestaat-niet')`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "Regelmaat is nog niet gebouwd (bestaat-niet.mjs ontbreekt in apps/cli/dist). Voer eerst 'npm run build' uit (npm install doet dat ook).\n",
    );
  });
});
