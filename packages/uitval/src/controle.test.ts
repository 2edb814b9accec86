import { describe, expect, it } from 'vitest';
import { controleerRegels } from './controle';
import { ForbiddenFieldError, RuleDefinitionError } from './fouten';
import { defineRegel, type Regel } from './regel';
import { STANDAARD_REGELS } from './standaard-regels';
import { isVerbodenVeld, VERBODEN_VELDEN } from './verboden-velden';

const geldig: Regel = {
  code: 'GELDIG',
  titel: 'Geldig',
  rationale: 'Valid.',
  wettelijkeGrondslag: 'geen',
  prioriteit: 2,
  velden: ['jaar'],
  check: () => null,
};
/** A rule with some properties replaced, bypassing the type checks as a careless caller might. */
const met = (over: Record<string, unknown>): Regel => ({ ...geldig, ...over }) as Regel;

describe('controleerRegels', () => {
  it('accepts the standard rules', () => {
    expect(() => controleerRegels(STANDAARD_REGELS)).not.toThrow();
  });

  it('rejects a rule that declares a forbidden field', () => {
    for (const veld of ['nationaliteit', 'etniciteit', 'geboorteland', 'postcode', 'naam', 'bsn']) {
      expect(() => controleerRegels([met({ velden: ['jaar', veld] })]), veld).toThrow(ForbiddenFieldError);
    }
    expect(() => controleerRegels([met({ velden: ['nationaliteit'] })])).toThrow(
      "uitval rule GELDIG: declares the forbidden field 'nationaliteit'",
    );
  });

  it('rejects a field that is not a key of UitvalInvoer', () => {
    expect(() => controleerRegels([met({ velden: ['huur'] })])).toThrow(
      "uitval rule GELDIG: 'huur' is not a field of UitvalInvoer",
    );
  });

  it('rejects other broken definitions', () => {
    const kapot: [Record<string, unknown>, string][] = [
      [{ code: 'kleine_letters' }, 'UPPER_SNAKE_CASE'],
      [{ prioriteit: 5 }, 'priority 5'],
      [{ titel: '' }, 'titel is empty'],
      [{ rationale: '  ' }, 'rationale is empty'],
      [{ wettelijkeGrondslag: '' }, 'wettelijkeGrondslag is empty'],
      [{ velden: [] }, 'declares no fields'],
      [{ velden: ['jaar', 'jaar'] }, 'declared twice'],
      [{ check: undefined }, 'check is not a function'],
    ];
    for (const [over, melding] of kapot) expect(() => controleerRegels([met(over)])).toThrow(melding);
  });

  it('rejects two rules with the same code', () => {
    expect(() => controleerRegels([geldig, geldig])).toThrow(RuleDefinitionError);
  });
});

describe('defineRegel', () => {
  it('checks the definition straight away', () => {
    expect(() => defineRegel(met({ velden: ['etniciteit'] }))).toThrow(ForbiddenFieldError);
  });

  it('returns a frozen rule', () => {
    const r = defineRegel(geldig);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.velden)).toBe(true);
  });
});

describe('isVerbodenVeld', () => {
  it('recognises every entry of the list, in any spelling', () => {
    for (const veld of VERBODEN_VELDEN) {
      expect(isVerbodenVeld(veld), veld).toBe(true);
      expect(isVerbodenVeld(veld.toUpperCase()), veld).toBe(true);
    }
  });

  it('recognises a forbidden word inside a longer name', () => {
    for (const veld of [
      'nationaliteitPartner',
      'partner_bsn',
      'geboortelandOuder',
      'Postcode4',
      'NAAM_KIND',
    ]) {
      expect(isVerbodenVeld(veld), veld).toBe(true);
    }
  });

  it('matches whole words only', () => {
    for (const veld of [
      'totaalInkomen',
      'voorschot',
      'kinderenOnder18',
      'opvangUrenAanbieder',
      'vermogensgrens',
    ]) {
      expect(isVerbodenVeld(veld), veld).toBe(false);
    }
  });
});
