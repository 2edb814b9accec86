/** Every command of the CLI's own command table answers `--help` with its help text (issue 11). */
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HULP, main, OPDRACHT_HULP, OPDRACHTEN } from './main';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from([]),
  });
  return { code, out, err };
}

describe('regelmaat <opdracht> --help', () => {
  const opdrachten = Object.keys(OPDRACHTEN) as (keyof typeof OPDRACHTEN)[];

  it('the command table holds every command of the overview', () => {
    expect(opdrachten).toEqual(expect.arrayContaining(['bereken', 'schema', 'server', 'demo', 'worker']));
    for (const o of opdrachten) expect(HULP).toContain(`regelmaat ${o}`);
  });

  for (const o of Object.keys(OPDRACHTEN) as (keyof typeof OPDRACHTEN)[]) {
    it(`${o} --help and ${o} -h print the help of ${o}, exit 0, nothing on stderr`, async () => {
      for (const vlag of ['--help', '-h']) {
        const r = await run([o, vlag]);
        expect(r).toEqual({ code: 0, out: OPDRACHT_HULP[o], err: '' });
        expect(r.out.startsWith(`Gebruik: regelmaat ${o}`)).toBe(true);
      }
      // Also after other arguments, and as `regelmaat help <opdracht>`.
      expect(await run([o, '--poort', '1', '--help'])).toEqual({ code: 0, out: OPDRACHT_HULP[o], err: '' });
      expect(await run(['help', o])).toEqual({ code: 0, out: OPDRACHT_HULP[o], err: '' });
    });
  }

  it('server --help, as a process, shows the help instead of an error (and starts no server)', () => {
    const r = spawnSync(process.execPath, [BIN, 'server', '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(OPDRACHT_HULP.server);
  });

  it('an unknown command is still an error with the overview', async () => {
    const r = await run(['rekenen', '--help']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Onbekende opdracht: rekenen');
  });
});
