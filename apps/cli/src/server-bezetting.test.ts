/**
 * `regelmaat server` refuses to start when a case type lands in a team without staff (issue 17):
 * on a database whose only staff member works in team uitval, the call-back and hearing case types
 * would be in nobody's queue. The process exits with code 2 and names them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '@regelmaat/db';
import { maakGebruiker } from '@regelmaat/toegang';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));

describe('regelmaat server with a case type whose team has no staff', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-bezetting-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('does not start and names the case types and their teams', async () => {
    const db = await openDb({ dataDir: map });
    await maakGebruiker(db, {
      id: 'm-alleen',
      gebruikersnaam: 'alleen-uitval',
      naam: 'Alleen Uitval',
      rol: 'behandelaar',
      team: 'uitval',
      wachtwoord: 'een-lang-wachtwoord',
    });
    await db.close();
    const env: NodeJS.ProcessEnv = { ...process.env, REGELMAAT_DATA: map };
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, [BIN, 'server', '--poort', '0', '--stil'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).not.toContain('draait op');
    expect(r.stderr).toContain('Fout: Niet gestart');
    expect(r.stderr).toContain('contactverzoek (Verzoek om contact) → team klantcontact');
    expect(r.stderr).toContain(
      'hoorzitting-terugvordering (Zienswijze vóór terugvordering) → team invordering',
    );
    expect(r.stderr).toContain('maatwerk-verzoek (Verzoek om maatwerk) → team maatwerk');
    expect(r.stderr).not.toContain('uitval-controle');
  }, 120_000);
});
