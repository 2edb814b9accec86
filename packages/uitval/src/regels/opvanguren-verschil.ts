/**
 * @module
 * OPVANGUREN_VERSCHIL — the childcare hours the parent reported and the hours the provider
 * reported (Awir art. 38 lid 4-5: monthly, per child) differ clearly in at least one month. The
 * advance is based on the parent's hours; a difference means the kinderopvangtoeslag is probably
 * too high (recovery) or too low. A difference is a question to ask, not evidence of fraud.
 */
import { formatPpm, type Ppm, ppm } from '@regelmaat/kernel';
import { defineRegel } from '../regel';
import { engelseUren, formatUren, maandNaam, meerDanAandeel, opsomming } from '../rekenen';

/** A month counts when the difference is more than this share of the parent's hours … */
export const OPVANGUREN_AFWIJKING_AANDEEL: Ppm = ppm(100_000);
/**
 * … and more than 8 hours (in centihours): about one day of day care, so rounding and a single
 * extra day do not count.
 */
export const OPVANGUREN_AFWIJKING_MINIMUM = 800;

export const OPVANGUREN_VERSCHIL = defineRegel({
  code: 'OPVANGUREN_VERSCHIL',
  titel: 'Opvanguren van ouder en kinderopvang verschillen',
  rationale:
    'Childcare providers report the hours per child every month (Awir art. 38 lid 4-5) so that differences ' +
    'with what the parent reported are found during the year, not years later. Small errors in childcare ' +
    'hours led to full recoveries in the toeslagenaffaire; here a difference only leads to a question. A ' +
    `month counts when the hours differ by more than ${formatPpm(OPVANGUREN_AFWIJKING_AANDEEL)} of the ` +
    `parent's hours and by more than ${engelseUren(OPVANGUREN_AFWIJKING_MINIMUM)}, so rounding and a single ` +
    'extra day do not. Months without a provider report are left to ONTBREKENDE_GEGEVENS.',
  wettelijkeGrondslag:
    'Awir art. 38 lid 4 en 5 (kindercentra en gastouderbureaus geven elke maand de afgenomen uren door)',
  prioriteit: 2,
  velden: ['opvangUrenOuder', 'opvangUrenAanbieder'],
  drempels: [
    `in some month: |provider − parent| > ${formatPpm(OPVANGUREN_AFWIJKING_AANDEEL)} of the parent's hours ` +
      `and > ${engelseUren(OPVANGUREN_AFWIJKING_MINIMUM)}`,
  ],
  check({ opvangUrenOuder, opvangUrenAanbieder }) {
    const maanden: string[] = [];
    opvangUrenOuder.forEach((ouder, maand) => {
      const aanbieder = opvangUrenAanbieder[maand];
      if (aanbieder === null || aanbieder === undefined) return;
      const verschil = Math.abs(aanbieder - ouder);
      if (verschil <= OPVANGUREN_AFWIJKING_MINIMUM) return;
      if (!meerDanAandeel(verschil, OPVANGUREN_AFWIJKING_AANDEEL, ouder)) return;
      maanden.push(`${maandNaam(maand)} (ouder ${formatUren(ouder)}, opvang ${formatUren(aanbieder)})`);
    });
    if (maanden.length === 0) return null;
    return {
      toelichting:
        `De uren kinderopvang van de ouder en van de opvang verschillen veel in ${opsomming(maanden)}. ` +
        'Vraag de ouder (en zo nodig de opvang) hoe dat komt, bijvoorbeeld een nieuw of beëindigd contract. ' +
        'Een verschil is geen bewijs van een fout of van fraude.',
    };
  },
});
