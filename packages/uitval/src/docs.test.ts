import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_OPNIEUW, regelsAlsMarkdown } from './docs';
import { STANDAARD_REGELS } from './standaard-regels';

describe('README.md', () => {
  it('is exactly the output of regelsAlsMarkdown(), so it cannot drift from the rules', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(
      readme,
      `README.md is out of date; regenerate it from the repository root with:\n${README_OPNIEUW}`,
    ).toBe(regelsAlsMarkdown());
  });

  it('documents every rule with its title, priority, fields, legal hook and rationale', () => {
    const md = regelsAlsMarkdown();
    for (const regel of STANDAARD_REGELS) {
      expect(md).toContain(`### ${regel.code}\n\n**${regel.titel}**`);
      expect(md).toContain(`- **Priority:** ${regel.prioriteit}`);
      expect(md).toContain(`- **Fields read:** ${regel.velden.map((v) => `\`${v}\``).join(', ')}`);
      expect(md).toContain(regel.wettelijkeGrondslag);
      expect(md).toContain(regel.rationale);
    }
  });
});
