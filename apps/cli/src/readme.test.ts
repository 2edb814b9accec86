/** The README lists every demo account with its password, as the server prints them. */
import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_PARTNER } from '@regelmaat/toegang';
import { describe, expect, it } from 'vitest';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every demo account and the demo partner with their passwords', () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(README).toContain(`\`${a.gebruikersnaam}\``);
      expect(README).toContain(`\`${a.wachtwoord}\``);
    }
    expect(README).toContain(DEMO_PARTNER.clientId);
    expect(README).toContain(DEMO_PARTNER.secret);
  });
});
