/** The README lists every demo account with its password, as the server prints them. */
import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_PARTNERS } from '@regelmaat/toegang';
import { describe, expect, it } from 'vitest';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every demo account and the demo partners with their passwords', () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(README).toContain(`\`${a.gebruikersnaam}\``);
      expect(README).toContain(`\`${a.wachtwoord}\``);
    }
    for (const p of DEMO_PARTNERS) {
      expect(README).toContain(`\`${p.clientId}\``);
      expect(README).toContain(`\`${p.secret}\``);
    }
  });
});
