/** Steps of the year derivation shared by all toeslagen (Awir). */
import { awir, stappenVan } from './wetten';

const s = stappenVan('jaar');

export const JAAR = {
  som: s('som', {
    label: 'Totaal over de maanden',
    unit: 'microcent',
    ref: awir('5', '1'),
    inputs: [],
    afgekapt: true,
    explain: 'Elke maand telt met de situatie van die maand. Opgeteld over het jaar is dat {waarde}.',
  }),
  afgerond: s('afgerond', {
    label: 'Jaarbedrag afgerond',
    unit: 'eurocent',
    ref: awir('14', '4'),
    inputs: ['jaar.som'],
    explain: 'Het bedrag voor het jaar wordt afgerond op hele euro’s: {waarde}.',
  }),
  minimum: s('minimum_gehaald', {
    label: 'Minimaal € 24 per jaar',
    unit: 'boolean',
    ref: awir('14', '5'),
    inputs: ['jaar.afgerond', 'param:algemeen.minimum_tegemoetkoming'],
    explain: 'Het bedrag is minstens {param:algemeen.minimum_tegemoetkoming} per jaar, dus u krijgt het.',
    explainFalse:
      'Het bedrag is minder dan {param:algemeen.minimum_tegemoetkoming} per jaar. Dan krijgt u niets.',
  }),
  jaarbedrag: s('bedrag', {
    label: 'Bedrag per jaar',
    unit: 'eurocent',
    ref: awir('14', '4'),
    inputs: ['jaar.afgerond', 'jaar.minimum_gehaald'],
    explain: 'U krijgt over het jaar {waarde}.',
  }),
};
