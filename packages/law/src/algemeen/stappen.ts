/** Steps of the year derivation shared by all toeslagen (Awir). */
import { defineStep } from '@regelmaat/engine';

const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;

export const JAAR = {
  som: defineStep({
    id: 'jaar.som',
    label: 'Totaal over de maanden',
    unit: 'microcent',
    ref: { ...AWIR, artikel: '5', lid: '1' },
    inputs: [],
    explain: 'Elke maand telt met de situatie van die maand. Opgeteld over het jaar is dat {waarde}.',
  }),
  afgerond: defineStep({
    id: 'jaar.afgerond',
    label: 'Jaarbedrag afgerond',
    unit: 'eurocent',
    ref: { ...AWIR, artikel: '14', lid: '4' },
    inputs: ['jaar.som'],
    explain: 'Het bedrag voor het jaar wordt afgerond op hele euro’s: {waarde}.',
  }),
  minimum: defineStep({
    id: 'jaar.minimum_gehaald',
    label: 'Minimaal € 24 per jaar',
    unit: 'boolean',
    ref: { ...AWIR, artikel: '14', lid: '5' },
    inputs: ['jaar.afgerond', 'param:algemeen.minimum_tegemoetkoming'],
    explain: 'Het bedrag is minstens {param:algemeen.minimum_tegemoetkoming} per jaar, dus u krijgt het.',
    explainFalse:
      'Het bedrag is minder dan {param:algemeen.minimum_tegemoetkoming} per jaar. Dan krijgt u niets.',
  }),
  jaarbedrag: defineStep({
    id: 'jaar.bedrag',
    label: 'Bedrag per jaar',
    unit: 'eurocent',
    ref: { ...AWIR, artikel: '14', lid: '4' },
    inputs: ['jaar.afgerond', 'jaar.minimum_gehaald'],
    explain: 'U krijgt over het jaar {waarde}.',
  }),
};
