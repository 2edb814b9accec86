/**
 * @module
 * HOGE_TERUGVORDERING — the definitive run leads to a recovery of € 1,500 or more. Awir art. 26b
 * lid 1 (text of 1 January 2026) then requires that the citizen is given the chance to be heard
 * (zienswijze) before the decision is taken; art. 13b and 26 lid 2 require a proportionality
 * check. The rule makes sure a person does that before the letter goes out.
 */
import { type Eurocent, eurocent, formatCents, formatWholeEuros } from '@regelmaat/kernel';
import { defineRegel } from '../regel';
import { engelsBedrag } from '../rekenen';
import { perRegelingTekst, terugvordering } from './terugvordering';

/** Awir art. 26b lid 1: a hearing is always offered at a total recovery of at least € 1,500 a year. */
export const HOORPLICHT_GRENS: Eurocent = eurocent(150_000);

export const HOGE_TERUGVORDERING = defineRegel({
  code: 'HOGE_TERUGVORDERING',
  titel: 'Hoge terugvordering: eerst de burger horen',
  rationale:
    `A total recovery of ${engelsBedrag(HOORPLICHT_GRENS)} or more per year obliges Dienst Toeslagen to ` +
    'hear the citizen before the decision (Awir art. 26b). Large recoveries push households without ' +
    'reserves into debt, so a person checks the amount, hears the citizen, weighs proportionality (art. ' +
    '13b, 26 lid 2) and can offer a personal guide. The recovery is the sum over the toeslagen of what the ' +
    'advance exceeds the definitive amount; a back-payment on another toeslag does not lower it. Whether an ' +
    'exception of art. 26b lid 2-3 applies (own request, own data, only a new income figure) is for the ' +
    'case worker to judge. A revision of the advance outside the runs (a change, a partner report, ' +
    'maatwerk) whose months already paid exceed the new year amount leads to the same recovery (art. 26 ' +
    'names the revision of an advance), so the rule looks at it too (fase herziening).',
  wettelijkeGrondslag:
    'Awir art. 26b lid 1 (zienswijze bij terugvordering van in totaal ten minste € 1.500 per ' +
    'berekeningsjaar); art. 13b en 26 lid 2 (evenredigheid)',
  prioriteit: 1,
  velden: ['fase', 'voorschot', 'definitief'],
  drempels: [`total recovery ≥ ${engelsBedrag(HOORPLICHT_GRENS)} (fase definitief or herziening)`],
  check({ fase, voorschot, definitief }) {
    if (fase === 'voorschot' || !definitief) return null;
    const t = terugvordering(voorschot, definitief);
    if (t.totaal < HOORPLICHT_GRENS) return null;
    return {
      toelichting:
        `De burger moet in totaal ${formatCents(t.totaal)} terugbetalen (${perRegelingTekst(t)}). Dat is ` +
        `${formatWholeEuros(HOORPLICHT_GRENS)} of meer. Vraag de burger om zijn of haar zienswijze voordat ` +
        'de beschikking verstuurd wordt. Kijk ook of volledig terugvorderen te zwaar is en bied zo nodig ' +
        'een persoonlijk begeleider aan. Horen hoeft niet als de terugvordering alleen komt door een nieuw ' +
        'inkomensgegeven of door gegevens die de burger zelf gaf.',
      bedrag: t.totaal,
    };
  },
});
