import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { detecteerUitval } from './detecteer';
import { ReadOnlyInputError, RuleDefinitionError, UndeclaredFieldError } from './fouten';
import type { UitvalInvoer } from './invoer';
import { defineRegel, type Regel } from './regel';
import { STANDAARD_REGELS } from './standaard-regels';
import { bedragen, rustigeInvoer } from './testing/invoer';

/** A test rule that fires always and does `doe` with its (view of the) input first. */
const regel = (code: string, doe: (invoer: UitvalInvoer) => unknown, velden: Regel['velden'] = ['jaar']) =>
  defineRegel({
    code,
    titel: 'Test',
    rationale: 'Test rule.',
    wettelijkeGrondslag: 'geen',
    prioriteit: 3,
    velden,
    check(invoer) {
      doe(invoer as UitvalInvoer);
      return { toelichting: 'gevonden' };
    },
  });

/** A household on which several standard rules fire, in the definitive run. */
const zwaarHuishouden = () =>
  rustigeInvoer({
    fase: 'definitief',
    voorschot: bedragen({ huurtoeslag: 500_000 }),
    definitief: bedragen({ huurtoeslag: 200_000 }),
    definitiefInkomen: 1_500_000,
    partnerVolgensAanvraag: true,
    ontbrekendeGegevens: ['huur'],
  });

describe('detecteerUitval', () => {
  it('finds nothing for a quiet household', () => {
    expect(detecteerUitval(rustigeInvoer())).toEqual([]);
  });

  it('returns what the rules found, priority 1 first, ties in rule order', () => {
    const uitval = detecteerUitval(zwaarHuishouden());
    expect(uitval.map((u) => [u.code, u.prioriteit])).toEqual([
      ['HOGE_TERUGVORDERING', 1],
      ['TERUGVORDERING_ZWAAR', 1],
      ['PARTNER_CONFLICT', 2],
      ['ONTBREKENDE_GEGEVENS', 3],
    ]);
    expect(uitval[0]).toEqual({
      code: 'HOGE_TERUGVORDERING',
      prioriteit: 1,
      toelichting: expect.stringContaining('zienswijze'),
      bedrag: 300_000,
    });
    expect(uitval[2]).not.toHaveProperty('bedrag');
  });

  it('sorts by priority whatever the order of the rules', () => {
    const omgekeerd = Object.freeze([...STANDAARD_REGELS].reverse());
    const prioriteiten = detecteerUitval(zwaarHuishouden(), omgekeerd).map((u) => u.prioriteit);
    expect(prioriteiten).toEqual([...prioriteiten].sort((a, b) => a - b));
    expect(prioriteiten).toEqual([1, 1, 2, 3]);
  });

  it('does not change the input', () => {
    const invoer = zwaarHuishouden();
    const voor = structuredClone(invoer);
    detecteerUitval(invoer);
    expect(invoer).toEqual(voor);
  });

  it('throws UndeclaredFieldError when a rule reads a field it did not declare', () => {
    const leest = regel('LEEST_TE_VEEL', (invoer) => invoer.vermogen);
    expect(() => detecteerUitval(rustigeInvoer(), [leest])).toThrow(UndeclaredFieldError);
    expect(() => detecteerUitval(rustigeInvoer(), [leest])).toThrow(
      "uitval rule LEEST_TE_VEEL read 'vermogen', which is not among its declared fields",
    );
  });

  it('also when it only asks whether the field exists, or reads a field that is not in UitvalInvoer', () => {
    expect(() => detecteerUitval(rustigeInvoer(), [regel('VRAAGT', (i) => 'vermogen' in i)])).toThrow(
      UndeclaredFieldError,
    );
    const nationaliteit = regel(
      'NATIONALITEIT',
      (i) => (i as unknown as Record<string, unknown>).nationaliteit,
    );
    expect(() => detecteerUitval(rustigeInvoer(), [nationaliteit])).toThrow(UndeclaredFieldError);
  });

  it('shows a rule only its declared fields', () => {
    let gezien: string[] = [];
    const kijkt = regel(
      'KIJKT',
      (i) => {
        gezien = Object.keys(i);
      },
      ['jaar', 'fase'],
    );
    detecteerUitval(rustigeInvoer(), [kijkt]);
    expect(gezien.sort()).toEqual(['fase', 'jaar']);
  });

  it('never passes on fields that are not in UitvalInvoer', () => {
    const metExtra = { ...rustigeInvoer(), nationaliteit: 'X', naam: 'Y', postcode: '1234AB' };
    let gezien: unknown;
    const alles = regel('ALLES', (i) => {
      gezien = { ...i };
    });
    detecteerUitval(metExtra, [alles]);
    expect(gezien).toEqual({ jaar: 2026 });
  });

  it('throws ReadOnlyInputError when a rule writes a field', () => {
    const schrijvers: [string, (i: UitvalInvoer) => unknown, Regel['velden']][] = [
      [
        'ZET',
        (i) => {
          i.jaar = 2030;
        },
        ['jaar'],
      ],
      [
        'WIS',
        (i) => {
          delete i.definitief;
        },
        ['definitief'],
      ],
      ['DEFINIEER', (i) => Object.defineProperty(i, 'jaar', { value: 1 }), ['jaar']],
      [
        'NIEUW_VELD',
        (i) => {
          (i as unknown as Record<string, unknown>).extra = 1;
        },
        ['jaar'],
      ],
      ['PROTOTYPE', (i) => Object.setPrototypeOf(i, null), ['jaar']],
    ];
    for (const [code, doe, velden] of schrijvers) {
      expect(() => detecteerUitval(rustigeInvoer(), [regel(code, doe, velden)]), code).toThrow(
        ReadOnlyInputError,
      );
    }
    expect(() => detecteerUitval(rustigeInvoer(), [regel('ZET', schrijvers[0]![1])])).toThrow(
      "uitval rule ZET tried to change 'jaar'; the input is read-only",
    );
  });

  it('throws a TypeError when a rule writes inside a record or array', () => {
    const schrijvers: [string, (i: UitvalInvoer) => unknown, Regel['velden']][] = [
      [
        'ZET_GENEST',
        (i) => {
          i.voorschot.zorgtoeslag = eurocent(0);
        },
        ['voorschot'],
      ],
      ['PUSH', (i) => i.ontbrekendeGegevens.push('huur'), ['ontbrekendeGegevens']],
      ['SORTEER', (i) => i.opvangUrenOuder.sort(), ['opvangUrenOuder']],
      [
        'ZET_MAAND',
        (i) => {
          i.opvangUrenAanbieder[0] = 1;
        },
        ['opvangUrenAanbieder'],
      ],
    ];
    for (const [code, doe, velden] of schrijvers) {
      const invoer = rustigeInvoer();
      const voor = structuredClone(invoer);
      expect(() => detecteerUitval(invoer, [regel(code, doe, velden)]), code).toThrow(TypeError);
      expect(invoer, code).toEqual(voor);
    }
  });

  it('leaves the caller unharmed even when a rule throws halfway', () => {
    const invoer = rustigeInvoer();
    expect(() =>
      detecteerUitval(invoer, [
        regel('ZET', (i) => {
          i.jaar = 1;
        }),
      ]),
    ).toThrow();
    expect(invoer.jaar).toBe(2026);
  });

  it('rejects an invalid rule set and invalid findings', () => {
    const dubbel = [regel('DUBBEL', () => 0), regel('DUBBEL', () => 0)];
    expect(() => detecteerUitval(rustigeInvoer(), dubbel)).toThrow(RuleDefinitionError);
    const metBedrag = (bedrag: number) => ({
      ...regel('BEDRAG', () => 0),
      check: () => ({ toelichting: 'x', bedrag }),
    });
    expect(() => detecteerUitval(rustigeInvoer(), [metBedrag(1.5)])).toThrow(
      'not a whole number of eurocents',
    );
    expect(detecteerUitval(rustigeInvoer(), [metBedrag(150)])[0]?.bedrag).toBe(150);
    const leeg = { ...regel('LEEG', () => 0), check: () => ({ toelichting: ' ' }) };
    expect(() => detecteerUitval(rustigeInvoer(), [leeg])).toThrow('without toelichting');
  });
});
