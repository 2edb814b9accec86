/**
 * @module
 * ONTBREKENDE_GEGEVENS — facts needed for the amount are missing: named missing facts, or months
 * in which the parent claims childcare hours but no provider reported any. Without data the
 * advance is nil (Awir art. 16 lid 4) and an amount may be set ex officio only after a reasonable
 * effort to reach the person (art. 18 lid 3-6). So a person asks first — preferably by phone.
 */
import { defineRegel } from '../regel';
import { maandNaam, opsomming } from '../rekenen';

export const ONTBREKENDE_GEGEVENS = defineRegel({
  code: 'ONTBREKENDE_GEGEVENS',
  titel: 'Gegevens ontbreken',
  rationale:
    'Missing data lead to a nil advance (Awir art. 16 lid 4) or to an amount set ex officio (art. 18), ' +
    'which hits people who cannot cope with letters hardest. A person asks for the data and makes a real ' +
    'effort to reach the citizen before anything is decided. Childcare months count as missing when the ' +
    'parent claims hours and no provider reported that month although a report was due: in the definitive ' +
    'run every month is due (providers report the whole year again by 1 March, art. 38 lid 5); in the ' +
    'advance run a month is due only when the provider already reported a later month, because the rules ' +
    "cannot know today's date.",
  wettelijkeGrondslag:
    'Awir art. 16 lid 4 (voorschot nihil bij onvoldoende gegevens); art. 18 (gegevens opvragen; eerst een ' +
    'redelijke inspanning om de burger te bereiken); art. 38 lid 5 (wanneer de kinderopvang uren doorgeeft)',
  prioriteit: 3,
  velden: ['fase', 'ontbrekendeGegevens', 'opvangUrenOuder', 'opvangUrenAanbieder'],
  drempels: [
    'any named missing fact, or a month with parent hours > 0 and no provider report while one was due',
  ],
  check({ fase, ontbrekendeGegevens, opvangUrenOuder, opvangUrenAanbieder }) {
    const laatsteMelding = opvangUrenAanbieder.reduce<number>(
      (laatste, uren, maand) => (uren === null ? laatste : maand),
      -1,
    );
    const maanden: string[] = [];
    opvangUrenOuder.forEach((ouder, maand) => {
      const verwacht = fase === 'definitief' || maand < laatsteMelding;
      const aanbieder = opvangUrenAanbieder[maand];
      if (ouder > 0 && verwacht && (aanbieder === null || aanbieder === undefined))
        maanden.push(maandNaam(maand));
    });
    if (ontbrekendeGegevens.length === 0 && maanden.length === 0) return null;
    const zinnen: string[] = [];
    if (ontbrekendeGegevens.length > 0)
      zinnen.push(`Deze gegevens ontbreken: ${opsomming(ontbrekendeGegevens)}.`);
    if (maanden.length > 0) {
      zinnen.push(
        `De kinderopvang gaf geen uren door voor ${opsomming(maanden)}, maar de ouder gaf voor die ` +
          `maanden wel uren op.`,
      );
    }
    zinnen.push(
      'Vraag de ontbrekende gegevens op. Probeer de burger eerst te bereiken, liefst door te bellen, ' +
        'voordat er iets wordt vastgesteld zonder die gegevens.',
    );
    return { toelichting: zinnen.join(' ') };
  },
});
