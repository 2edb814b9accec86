/** The steps of the kindgebonden budget formula: name, law article and a plain-Dutch sentence each. */
import type { StapWaarden } from '@regelmaat/engine';
import { awir, partnerStap, stappenVan, verblijfStap, wkgb } from '../algemeen/wetten';

const s = stappenVan('kindgebonden_budget');

/** "12 tot en met 15 jaar", "16 of 17 jaar": the ages from parameter `van` up to (not including) parameter `tot`. */
function leeftijden(parameter: StapWaarden['parameter'], van: string, tot: string): string {
  const eerste = parameter(`kindgebonden_budget.${van}`) as number;
  const laatste = (parameter(`kindgebonden_budget.${tot}`) as number) - 1;
  return laatste === eerste + 1 ? `${eerste} of ${laatste} jaar` : `${eerste} tot en met ${laatste} jaar`;
}

export const KGB = {
  kinderen: s('kinderen', {
    label: 'Kinderen',
    unit: 'count',
    ref: wkgb('2', '1'),
    inputs: ['param:kindgebonden_budget.leeftijdsgrens_kind'],
    fact: true,
    explain: ({ waarde }) =>
      waarde === 1
        ? 'U heeft in deze periode 1 kind jonger dan {param:kindgebonden_budget.leeftijdsgrens_kind} jaar waarvoor u kinderbijslag krijgt.'
        : 'U heeft in deze periode {waarde} kinderen jonger dan {param:kindgebonden_budget.leeftijdsgrens_kind} jaar waarvoor u kinderbijslag krijgt.',
  }),
  heeftKind: s('voorwaarde_kind', {
    label: 'Kind met kinderbijslag',
    unit: 'boolean',
    ref: wkgb('2', '1'),
    inputs: ['kindgebonden_budget.kinderen'],
    condition: true,
    explain:
      'U krijgt kinderbijslag voor een kind jonger dan {param:kindgebonden_budget.leeftijdsgrens_kind} jaar.',
    explainFalse:
      'U heeft in deze periode geen kind jonger dan {param:kindgebonden_budget.leeftijdsgrens_kind} jaar waarvoor u kinderbijslag krijgt. Dan is er geen kindgebonden budget.',
  }),
  verblijf: verblijfStap(s),
  partner: partnerStap(s),
  vermogen: s('vermogen', {
    label: 'Vermogen op 1 januari',
    unit: 'eurocent',
    ref: wkgb('3'),
    inputs: [],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('kindgebonden_budget.toeslagpartner') === true
        ? 'Het vermogen van u, uw toeslagpartner en uw minderjarige kinderen op 1 januari is {waarde}.'
        : 'Het vermogen van u en uw minderjarige kinderen op 1 januari is {waarde}.',
  }),
  vermogensgrens: s('vermogensgrens', {
    label: 'Vermogensgrens',
    unit: 'eurocent',
    ref: wkgb('3'),
    inputs: [
      'kindgebonden_budget.toeslagpartner',
      'param:kindgebonden_budget.vermogensgrens_alleenstaande',
      'param:kindgebonden_budget.vermogensgrens_partners',
    ],
    explain: 'Het vermogen mag niet hoger zijn dan {waarde}.',
  }),
  vermogenOk: s('voorwaarde_vermogen', {
    label: 'Vermogen niet te hoog',
    unit: 'boolean',
    ref: wkgb('3'),
    inputs: ['kindgebonden_budget.vermogen', 'kindgebonden_budget.vermogensgrens'],
    condition: true,
    explain:
      'Het vermogen van {kindgebonden_budget.vermogen} is niet hoger dan de grens van {kindgebonden_budget.vermogensgrens}.',
    explainFalse:
      'Het vermogen van {kindgebonden_budget.vermogen} is hoger dan de grens van {kindgebonden_budget.vermogensgrens}. Dan krijgt u geen kindgebonden budget.',
  }),
  recht: s('recht', {
    label: 'Recht op kindgebonden budget',
    unit: 'boolean',
    ref: wkgb('2', '1'),
    inputs: [
      'kindgebonden_budget.voorwaarde_kind',
      'kindgebonden_budget.voorwaarde_verblijf',
      'kindgebonden_budget.voorwaarde_vermogen',
    ],
    explain: 'U voldoet aan de voorwaarden voor kindgebonden budget.',
    explainFalse:
      'U voldoet niet aan alle voorwaarden voor kindgebonden budget. Daarom krijgt u in deze periode geen kindgebonden budget.',
  }),
  kinderen12: s('kinderen_12_15', {
    label: 'Kinderen van 12 tot en met 15',
    unit: 'count',
    ref: wkgb('2', '3'),
    inputs: [],
    fact: true,
    explain: ({ waarde, parameter }) => {
      const jaren = leeftijden(parameter, 'leeftijd_verhoging_12', 'leeftijd_verhoging_16');
      return waarde === 0
        ? `Geen van uw kinderen is ${jaren}.`
        : waarde === 1
          ? `1 kind is ${jaren}.`
          : `{waarde} kinderen zijn ${jaren}.`;
    },
  }),
  kinderen16: s('kinderen_16_17', {
    label: 'Kinderen van 16 en 17',
    unit: 'count',
    ref: wkgb('2', '3'),
    inputs: [],
    fact: true,
    explain: ({ waarde, parameter }) => {
      const jaren = leeftijden(parameter, 'leeftijd_verhoging_16', 'leeftijdsgrens_kind');
      return waarde === 0
        ? `Geen van uw kinderen is ${jaren}.`
        : waarde === 1
          ? `1 kind is ${jaren}.`
          : `{waarde} kinderen zijn ${jaren}.`;
    },
  }),
  maximum: s('maximum', {
    label: 'Maximaal bedrag',
    unit: 'eurocent',
    ref: wkgb('2', '2'),
    inputs: [
      'kindgebonden_budget.kinderen',
      'param:kindgebonden_budget.basisbedrag_per_kind',
      'kindgebonden_budget.kinderen_12_15',
      'param:kindgebonden_budget.verhoging_12_15',
      'kindgebonden_budget.kinderen_16_17',
      'param:kindgebonden_budget.verhoging_16_17',
      'kindgebonden_budget.toeslagpartner',
      'param:kindgebonden_budget.alleenstaande_ouderkop',
    ],
    explain:
      'Voor uw kinderen is het hoogste bedrag {waarde} per jaar: een bedrag per kind, extra voor kinderen vanaf {param:kindgebonden_budget.leeftijd_verhoging_12} jaar, en extra als u geen toeslagpartner heeft.',
  }),
  inkomen: s('toetsingsinkomen', {
    label: 'Toetsingsinkomen',
    unit: 'eurocent',
    ref: awir('8', '1'),
    inputs: ['kindgebonden_budget.toeslagpartner'],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('kindgebonden_budget.toeslagpartner') === true
        ? 'Uw inkomen over het hele jaar, samen met dat van uw toeslagpartner, is {waarde}.'
        : 'Uw inkomen over het hele jaar is {waarde}.',
  }),
  drempel: s('drempelinkomen', {
    label: 'Drempelinkomen',
    unit: 'eurocent',
    ref: wkgb('2', '6'),
    inputs: [
      'kindgebonden_budget.toeslagpartner',
      'param:kindgebonden_budget.drempelinkomen_alleenstaande',
      'param:kindgebonden_budget.drempelinkomen_partners',
    ],
    explain: 'Tot een inkomen van {waarde} krijgt u het hoogste bedrag.',
  }),
  vermindering: s('vermindering', {
    label: 'Vermindering door inkomen',
    unit: 'microcent',
    ref: wkgb('2', '6'),
    inputs: [
      'kindgebonden_budget.toetsingsinkomen',
      'kindgebonden_budget.drempelinkomen',
      'param:kindgebonden_budget.afbouwpercentage',
    ],
    explain: ({ waardeVan }) =>
      (waardeVan('kindgebonden_budget.toetsingsinkomen') as number) >
      (waardeVan('kindgebonden_budget.drempelinkomen') as number)
        ? 'Uw inkomen is hoger dan het drempelinkomen. Van het deel daarboven gaat {param:kindgebonden_budget.afbouwpercentage} af: {waarde} per jaar.'
        : 'Uw inkomen is niet hoger dan het drempelinkomen. Daarom gaat er niets af.',
  }),
  bedrag: s('bedrag', {
    label: 'Kindgebonden budget per jaar (deze situatie)',
    unit: 'microcent',
    ref: wkgb('2', '2'),
    inputs: ['kindgebonden_budget.recht', 'kindgebonden_budget.maximum', 'kindgebonden_budget.vermindering'],
    explain: 'In deze situatie is het kindgebonden budget {waarde} per jaar.',
  }),
};
