/**
 * @module
 * SCHATTING_WIJKT_AF — in the advance run, the estimated income differs much from the household's
 * last definitive income. A wrong income estimate is the most common cause of recoveries; the
 * advance should be as close as possible to the final amount (Awir art. 16 lid 1). The amounts
 * cannot be recomputed here, so the income gap stands in for the expected difference.
 */
import { type Eurocent, eurocent, formatCents, formatPpm, type Ppm, ppm } from '@regelmaat/kernel';
import { defineRegel } from '../regel';
import { engelsBedrag, meerDanAandeel } from '../rekenen';

/** The gap must be more than this share of the last definitive income … */
export const SCHATTING_AFWIJKING_AANDEEL: Ppm = ppm(250_000);
/**
 * … and more than this amount. Where an allowance is in its afbouw, € 5,000 more income costs a
 * year: huurtoeslag 2026 € 1,350 (27%, single person), zorgtoeslag € 687 (13.73%), kindgebonden
 * budget € 380 (7.6%) — with huurtoeslag and zorgtoeslag together some € 2,000 (parameters in
 * `@regelmaat/law`). That is the order of the € 1,500 at which Awir art. 26b requires a hearing.
 */
export const SCHATTING_AFWIJKING_MINIMUM: Eurocent = eurocent(500_000);

export const SCHATTING_WIJKT_AF = defineRegel({
  code: 'SCHATTING_WIJKT_AF',
  titel: 'Geschat inkomen wijkt sterk af van het laatst bekende inkomen',
  rationale:
    'A wrong income estimate is the most common cause of recoveries (and of advances that are too low). ' +
    'When the estimate differs from the last definitive income by more than ' +
    `${formatPpm(SCHATTING_AFWIJKING_AANDEEL)} and by more than ` +
    `${engelsBedrag(SCHATTING_AFWIJKING_MINIMUM)}, a person checks it with the citizen before the advance ` +
    'goes out: lower than before risks a recovery of € 1,500 or more later, higher than before risks an ' +
    'advance that is too low now. Both directions matter: neither too little nor too much. The share is ' +
    'taken of the last definitive income (its absolute value); the minimum keeps small incomes from being ' +
    'flagged for small gaps.',
  wettelijkeGrondslag:
    'Awir art. 16 lid 1 (voorschot op het bedrag waarop de tegemoetkoming vermoedelijk wordt vastgesteld); ' +
    'art. 26b (zienswijze bij terugvordering ≥ € 1.500)',
  prioriteit: 2,
  velden: ['fase', 'geschatInkomen', 'vorigDefinitiefInkomen'],
  drempels: [
    `|estimate − last definitive income| > ${formatPpm(SCHATTING_AFWIJKING_AANDEEL)} of |last definitive ` +
      `income|`,
    `and > ${engelsBedrag(SCHATTING_AFWIJKING_MINIMUM)} (fase voorschot)`,
  ],
  check({ fase, geschatInkomen, vorigDefinitiefInkomen }) {
    if (fase !== 'voorschot' || vorigDefinitiefInkomen === undefined) return null;
    const verschil = Math.abs(geschatInkomen - vorigDefinitiefInkomen);
    if (verschil <= SCHATTING_AFWIJKING_MINIMUM) return null;
    if (!meerDanAandeel(verschil, SCHATTING_AFWIJKING_AANDEEL, Math.abs(vorigDefinitiefInkomen))) return null;
    const lager = geschatInkomen < vorigDefinitiefInkomen;
    return {
      toelichting:
        `Het geschatte inkomen (${formatCents(geschatInkomen)}) is ${formatCents(eurocent(verschil))} ` +
        `${lager ? 'lager' : 'hoger'} dan het laatst vastgestelde inkomen ` +
        `(${formatCents(vorigDefinitiefInkomen)}). ` +
        (lager
          ? 'Als het inkomen niet echt zo laag wordt, moet de burger later veel terugbetalen. '
          : 'Als het inkomen niet echt zo hoog wordt, krijgt de burger nu te weinig voorschot. ') +
        'Neem contact op en vraag of de schatting klopt, voordat het voorschot wordt vastgesteld.',
    };
  },
});
