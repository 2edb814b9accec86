/**
 * @module
 * The regulations the toeslagen rest on, as LawRef builders, and the step factories and steps that
 * every regeling shares (residence, toeslagpartner).
 */
import { defineStep, type StepDef } from '@regelmaat/engine';
import type { LawRef } from '@regelmaat/kernel';

/** A builder for references into one regulation: `wzt('2', '1')` → Wzt art. 2 lid 1. */
export const wet =
  (naam: string, bwb: string) =>
  (artikel: string, lid?: string, onderdeel?: string): LawRef => ({
    wet: naam,
    bwb,
    artikel,
    ...(lid ? { lid } : {}),
    ...(onderdeel ? { onderdeel } : {}),
  });

export const awir = wet('Algemene wet inkomensafhankelijke regelingen', 'BWBR0018472');
export const wzt = wet('Wet op de zorgtoeslag', 'BWBR0018451');
export const wht = wet('Wet op de huurtoeslag', 'BWBR0008659');
export const bht = wet('Besluit huurtoeslag', 'BWBR0008763');
export const wkgb = wet('Wet op het kindgebonden budget', 'BWBR0022751');
export const wko = wet('Wet kinderopvang', 'BWBR0017017');
export const bko = wet('Besluit kinderopvangtoeslag', 'BWBR0017321');

export type StapMaker = (id: string, rest: Omit<StepDef, 'id'>) => StepDef;

/** Defines steps of one regeling: ids are `<regeling>.<name>`. */
export const stappenVan =
  (regeling: string): StapMaker =>
  (id, rest) =>
    defineStep({ id: `${regeling}.${id}`, ...rest });

/** Condition: applicant and toeslagpartner are Dutch or lawfully resident (Awir art. 9). */
export const verblijfStap = (s: StapMaker): StepDef =>
  s('voorwaarde_verblijf', {
    label: 'Rechtmatig verblijf',
    unit: 'boolean',
    ref: awir('9', '1'),
    inputs: [],
    condition: true,
    explain: 'U (en uw toeslagpartner) wonen rechtmatig in Nederland of zijn Nederlander.',
    explainFalse: 'U of uw toeslagpartner heeft geen rechtmatig verblijf. Dan is er geen recht op toeslag.',
  });

/** Fact: whether there is a toeslagpartner in the period (Awir art. 3). */
export const partnerStap = (s: StapMaker): StepDef =>
  s('toeslagpartner', {
    label: 'Toeslagpartner',
    unit: 'boolean',
    ref: awir('3'),
    inputs: [],
    fact: true,
    explain: 'U heeft in deze periode een toeslagpartner.',
    explainFalse: 'U heeft in deze periode geen toeslagpartner.',
  });

/** Fact: the applicant's age at the start of the period. */
export const leeftijdStap = (s: StapMaker, ref: LawRef): StepDef =>
  s('leeftijd', {
    label: 'Leeftijd aanvrager',
    unit: 'years',
    ref,
    inputs: [],
    fact: true,
    explain: 'U bent {waarde} oud aan het begin van deze periode.',
  });

/** Condition: the applicant is of age (parameter `algemeen.meerderjarig`); `regeling` is the step prefix, `explainFalse` the Dutch reason. */
export const meerderjarigStap = (
  s: StapMaker,
  regeling: string,
  ref: LawRef,
  explainFalse: string,
): StepDef =>
  s('voorwaarde_leeftijd', {
    label: '{param:algemeen.meerderjarig} jaar of ouder',
    unit: 'boolean',
    ref,
    inputs: [`${regeling}.leeftijd`, 'param:algemeen.meerderjarig'],
    condition: true,
    explain: 'U bent {param:algemeen.meerderjarig} jaar of ouder.',
    explainFalse,
  });
