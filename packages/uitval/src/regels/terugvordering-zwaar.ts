/**
 * @module
 * TERUGVORDERING_ZWAAR — a hardship indicator: the recovery is large compared with the
 * household's own final income. For a household with little income a recovery below € 1,500 can
 * still mean debts; Awir art. 13b and 26 lid 2 allow (and ask for) a lower recovery when the
 * consequences are disproportionate.
 */
import { type Eurocent, eurocent, formatCents, formatPpm, type Ppm, ppm } from '@regelmaat/kernel';
import { defineRegel } from '../regel';
import { engelsBedrag, meerDanAandeel } from '../rekenen';
import { perRegelingTekst, terugvordering } from './terugvordering';

/** The recovery counts as heavy above this share of the definitive joint income. */
export const ZWARE_TERUGVORDERING_AANDEEL: Ppm = ppm(100_000);

/**
 * Awir art. 26a lid 1: a recovery of at most this amount is not recovered at all (indexed yearly).
 * 2025: € 118; 2026: € 121 (Awir texts of 1 January 2025 and 2026).
 */
export const KLEINE_TERUGVORDERING_GRENS: Readonly<Record<number, Eurocent>> = {
  2025: eurocent(11_800),
  2026: eurocent(12_100),
};

/**
 * The art. 26a amount for `jaar`: the year's own amount, or else that of the nearest earlier year
 * (the amount only rises with indexation, so an older one flags slightly more, never fewer,
 * households); before the first known year, the first.
 */
export function kleineTerugvorderingsgrens(jaar: number): Eurocent {
  const gekozen = JAREN.filter((j) => j <= jaar).pop() ?? JAREN[0]!;
  return KLEINE_TERUGVORDERING_GRENS[gekozen]!;
}

/** The years with a known amount, ascending (sorted once: the rule runs for every household). */
const JAREN = Object.keys(KLEINE_TERUGVORDERING_GRENS)
  .map(Number)
  .sort((a, b) => a - b);

export const TERUGVORDERING_ZWAAR = defineRegel({
  code: 'TERUGVORDERING_ZWAAR',
  titel: 'Terugvordering is zwaar vergeleken met het inkomen',
  rationale:
    `A recovery of more than ${formatPpm(ZWARE_TERUGVORDERING_AANDEEL)} of the household's definitive joint ` +
    'income is a hardship indicator: IBTD (2023) estimates that some 150,000 households a year get into ' +
    'financial trouble through recoveries, and most recipients have no reserves. A person weighs whether ' +
    'full recovery is disproportionate (Awir art. 13b, 26 lid 2) and offers a payment plan based on ability ' +
    'to pay. Amounts that art. 26a does not recover at all are left out; an income of nil or less counts as ' +
    'nil. Income is used only as the law uses it (draagkracht), and only to offer help.',
  wettelijkeGrondslag:
    'Awir art. 13b lid 2 en art. 26 lid 2 (geen onevenredige gevolgen; lager bedrag terugvorderen); art. ' +
    '26a (kleine terugvorderingen worden niet teruggevorderd)',
  prioriteit: 1,
  velden: ['jaar', 'fase', 'voorschot', 'definitief', 'definitiefInkomen'],
  drempels: [
    `total recovery > ${formatPpm(ZWARE_TERUGVORDERING_AANDEEL)} of the definitive joint income (fase ` +
      `definitief or herziening)`,
    `and total recovery > the art. 26a amount of the year (${Object.entries(KLEINE_TERUGVORDERING_GRENS)
      .map(([jaar, bedrag]) => `${jaar}: ${engelsBedrag(bedrag)}`)
      .join('; ')})`,
  ],
  check({ jaar, fase, voorschot, definitief, definitiefInkomen }) {
    if (fase === 'voorschot' || !definitief || definitiefInkomen === undefined) return null;
    const t = terugvordering(voorschot, definitief);
    if (t.totaal <= kleineTerugvorderingsgrens(jaar)) return null;
    const inkomen = eurocent(Math.max(0, definitiefInkomen));
    if (!meerDanAandeel(t.totaal, ZWARE_TERUGVORDERING_AANDEEL, inkomen)) return null;
    return {
      toelichting:
        `De burger moet ${formatCents(t.totaal)} terugbetalen (${perRegelingTekst(t)}). Dat is meer dan ` +
        `${formatPpm(ZWARE_TERUGVORDERING_AANDEEL)} van het inkomen van het huishouden over het jaar ` +
        `(${formatCents(inkomen)}). Terugbetalen kan dan tot schulden leiden. Bekijk of een lager bedrag ` +
        'terugvorderen nodig is en bespreek een betalingsregeling die past bij wat de burger kan betalen.',
      bedrag: t.totaal,
    };
  },
});
