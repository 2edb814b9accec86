/** A reader that closes the pipe early (`regelmaat … | head -1`) ends the command quietly (issue 11). */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stilBijGeslotenPijp } from './gesloten-pijp';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));
const VOORBEELD = fileURLToPath(
  new URL('../../../packages/law/examples/gezin-met-kinderopvang-2026.json', import.meta.url),
);

/** Runs the CLI with its standard output's reader closed before the CLI writes anything. */
function metGeslotenUitvoer(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const kind = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  kind.stdout.destroy();
  let stderr = '';
  kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((klaar) => kind.on('close', (code) => klaar({ code, stderr })));
}

describe('a closed pipe', () => {
  it('bereken into a closed pipe exits 0 without a stack trace', async () => {
    expect(await metGeslotenUitvoer(['bereken', VOORBEELD])).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  it('the overview into a closed pipe too', async () => {
    expect(await metGeslotenUitvoer(['--help'])).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  it('EPIPE stops quietly; any other write error stays an error', () => {
    let gestopt = 0;
    const stroom = new Writable({ write: (_c, _e, klaar) => klaar() });
    stilBijGeslotenPijp(stroom, () => gestopt++);
    stroom.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(gestopt).toBe(1);
    expect(() => stroom.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toThrow(
      'no space',
    );
    expect(gestopt).toBe(1);
  });
});
