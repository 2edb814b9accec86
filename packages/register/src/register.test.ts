/**
 * The register is generated from the code and fails without a current text: every regeling and
 * every selection rule has one; a changed rule or a new regeling without its text is refused by
 * name; the texts keep the Publicatiestandaard's limits and pass the B1 check; the legal basis and
 * the parameters come from the law itself.
 */
import { controleerB1, eurocent, formatCents } from '@regelmaat/kernel';
import { laadWetgeving, REGELINGEN, wetgeving } from '@regelmaat/law';
import { PROEFTOESLAG } from '@regelmaat/law/testing';
import { defineRegel, STANDAARD_REGELS } from '@regelmaat/uitval';
import { describe, expect, it } from 'vitest';
import { MAX_DOEL_EN_IMPACT, MAX_KORTE_OMSCHRIJVING, MAX_NAAM } from './publicatiestandaard';
import { algoritmeregister, type RegisterInvoer } from './register';

const invoer: RegisterInvoer = {
  wetgeving: wetgeving(),
  regels: STANDAARD_REGELS,
  peildatum: '2026-07-01',
  zaaktypeVoor: (code) =>
    code === 'HOGE_TERUGVORDERING'
      ? { naam: 'Zienswijze vóór terugvordering', team: 'invordering' }
      : { naam: 'Controle na uitval', team: 'uitval' },
  goedkeuringsdrempel: eurocent(50_000),
};

describe('the algorithm register', () => {
  const register = algoritmeregister(invoer);

  it('has one entry per regeling and one for the exception detection', () => {
    expect(register.map((e) => e.id)).toEqual([
      'berekening-zorgtoeslag',
      'berekening-huurtoeslag',
      'berekening-kindgebonden_budget',
      'berekening-kinderopvangtoeslag',
      'uitval-selectie',
    ]);
  });

  it('keeps the limits of the Publicatiestandaard, and its texts for people pass the B1 check', () => {
    for (const e of register) {
      expect(e.naam.length).toBeLessThanOrEqual(MAX_NAAM);
      expect(e.korteOmschrijving.length).toBeLessThanOrEqual(MAX_KORTE_OMSCHRIJVING);
      expect(e.doelEnImpact.length).toBeLessThanOrEqual(MAX_DOEL_EN_IMPACT);
      const teksten: Record<string, string> = {
        [`${e.id}.korteOmschrijving`]: e.korteOmschrijving,
        [`${e.id}.doelEnImpact`]: e.doelEnImpact,
        ...Object.fromEntries(e.menselijkeTussenkomst.map((t, i) => [`${e.id}.tussenkomst.${i}`, t])),
        ...Object.fromEntries((e.regels ?? []).map((r) => [`${e.id}.${r.code}`, r.uitleg])),
      };
      expect(controleerB1(teksten)).toEqual([]);
    }
  });

  it('takes the legal basis from the steps: the zorgtoeslag cites Wzt art. 2 and links it as in force', () => {
    const zt = register[0]!;
    const art2 = zt.wettelijkeGrondslag.find((g) => g.tekst.startsWith('Wet op de zorgtoeslag, artikel 2'));
    expect(art2?.url).toMatch(/^https:\/\/wetten\.overheid\.nl\/BWBR0018451\/2026-07-01/);
    expect(zt.wettelijkeGrondslag.some((g) => g.tekst.startsWith('Algemene wet inkomensafhankelijke'))).toBe(
      true,
    );
  });

  it('lists the parameters in force on its date with their sources', () => {
    const zt = register[0]!;
    const premie = zt.parameters.find((p) => p.pad === 'zorgtoeslag.standaardpremie');
    expect(premie).toMatchObject({ waarde: formatCents(eurocent(211_900)), geldigVanaf: '2026-01-01' });
    expect(premie?.bron.length).toBeGreaterThan(10);
    const kot = register[3]!;
    expect(kot.parameters.some((p) => p.waarde === 'tabel')).toBe(true);
  });

  it('says per selection rule what it reads and whose queue its selections land in', () => {
    const regels = register[4]!.regels!;
    expect(regels.map((r) => r.code)).toEqual(STANDAARD_REGELS.map((r) => r.code));
    const hoog = regels.find((r) => r.code === 'HOGE_TERUGVORDERING')!;
    expect(hoog).toMatchObject({ team: 'invordering', gegevens: ['fase', 'voorschot', 'definitief'] });
    expect(register[4]!.gegevens).not.toContain('nationaliteit');
  });

  it('refuses a rule that changed after its text was written, naming it', () => {
    const [eerste, ...rest] = STANDAARD_REGELS;
    const gewijzigd = defineRegel({ ...eerste!, drempels: ['total recovery ≥ € 1,000 (fase definitief)'] });
    expect(() => algoritmeregister({ ...invoer, regels: [gewijzigd, ...rest] })).toThrow(
      new RegExp(`selection rule ${eerste!.code} \\(fingerprint [0-9a-f]{12}\\)`),
    );
  });

  it('refuses a new regeling without its text', () => {
    expect(() =>
      algoritmeregister({ ...invoer, wetgeving: laadWetgeving({}, [...REGELINGEN, PROEFTOESLAG]) }),
    ).toThrow(new RegExp(`calculation of ${PROEFTOESLAG.id}`));
  });
});
