/**
 * @module
 * VERMOGEN_RAND — the vermogen on 1 January is just under the limit. Above the limit there is no
 * right at all for the whole year (Awir art. 7 lid 3): a cliff, not a gradual decrease. A small
 * difference between the estimated and the assessed vermogen can turn a year of advances into a
 * full recovery, so the citizen is told in time.
 */
import { eurocent, formatCents, formatPpm, type Ppm, ppm } from '@regelmaat/kernel';
import { defineRegel } from '../regel';
import { minstensAandeel } from '../rekenen';

/** The rule looks at vermogen from this share of the limit up to the limit itself. */
export const VERMOGEN_RAND_AANDEEL: Ppm = ppm(950_000);

export const VERMOGEN_RAND = defineRegel({
  code: 'VERMOGEN_RAND',
  titel: 'Vermogen ligt net onder de vermogensgrens',
  rationale:
    'Above the asset limit on 1 January there is no zorgtoeslag, huurtoeslag or kindgebonden budget for the ' +
    'whole year (Awir art. 7 lid 3): one euro more turns the advance into a full recovery. When the ' +
    `vermogen is between ${formatPpm(VERMOGEN_RAND_AANDEEL)} of the limit and the limit itself, the citizen ` +
    'is contacted before the advance goes out, so a wrong estimate is corrected before it becomes a debt. ' +
    'Only in the advance run, and only when there is an advance for a toeslag with an asset test ' +
    '(kinderopvangtoeslag has none).',
  wettelijkeGrondslag:
    'Awir art. 7 lid 3 (geen aanspraak als het vermogen aan het begin van het berekeningsjaar boven de ' +
    'grens ligt)',
  prioriteit: 4,
  velden: ['fase', 'voorschot', 'vermogen', 'vermogensgrens'],
  drempels: [
    `${formatPpm(VERMOGEN_RAND_AANDEEL)} of the limit ≤ vermogen ≤ limit (fase voorschot, advance for ` +
      'zorgtoeslag, huurtoeslag or kindgebonden budget)',
  ],
  check({ fase, voorschot, vermogen, vermogensgrens }) {
    if (fase !== 'voorschot' || vermogensgrens <= 0 || vermogen > vermogensgrens) return null;
    if (voorschot.zorgtoeslag <= 0 && voorschot.huurtoeslag <= 0 && voorschot.kindgebonden_budget <= 0)
      return null;
    if (!minstensAandeel(vermogen, VERMOGEN_RAND_AANDEEL, vermogensgrens)) return null;
    return {
      toelichting:
        `Het vermogen op 1 januari (${formatCents(vermogen)}) ligt net onder de vermogensgrens ` +
        `(${formatCents(vermogensgrens)}). Er is nog ${formatCents(eurocent(vermogensgrens - vermogen))} ruimte. Is ` +
        'het vermogen op 1 januari hoger dan de grens, dan is er het hele jaar geen recht op zorgtoeslag, ' +
        'huurtoeslag en kindgebonden budget, en moet de burger alles terugbetalen. Informeer de burger en ' +
        'vraag of het bedrag klopt.',
    };
  },
});
