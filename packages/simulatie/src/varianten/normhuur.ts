/**
 * @module
 * The normhuur variant of huurtoeslag: the proposal of 2022–23 to compute huurtoeslag on a norm
 * rent (genormeerde huur) instead of the actual rent — also when the actual rent is lower. Everything
 * else is the huurtoeslag of the law in force (conditions, vermogensgrens, basishuur and
 * inkomenscorrectie of the year, parts A/B/C): only the rent the amount is computed on is the norm
 * rent, capped at the household's huurgrens like an actual rent (the kwaliteitskortingsgrens for a
 * household all under the jongerengrens without a child). A household still needs a zelfstandige
 * huurwoning in the month. The norm rent is a proposal, not law: `VOORSTEL_NORMHUUR`.
 */
import { HUURTOESLAG, type HuurtoeslagFeiten, huurtoeslag } from '@regelmaat/law';
import type { Variant, VariantWaarde } from './variant';

/**
 * The norm rent of the proposal, ≈ € 520 a month. Voorstel, not law: the bill's genormeerde huur as
 * reported (Raad van State advice on the normhuur bill, 2022; the revised bill of February 2023, as
 * cited by NRC and BN DeStem, February 2023). The exact figure per household type in the bill was
 * not verified: it needs confirmation before a figure from this variant is used as more than an
 * order of magnitude.
 */
export const VOORSTEL_NORMHUUR: VariantWaarde = {
  naam: 'normhuur',
  waarde: 52_000,
  eenheid: 'eurocent-per-maand',
  voorstel: 'genormeerde huur ≈ € 520 per maand (wetsvoorstel normhuur 2022–23); te bevestigen',
  bron: 'Raad van State, advies wetsvoorstel normhuur (2022); herzien wetsvoorstel februari 2023, zoals geciteerd door NRC en BN DeStem (februari 2023)',
};

export const NORMHUUR: Variant = {
  naam: 'normhuur',
  titel: 'Huurtoeslag op een normhuur',
  beschrijving:
    'De huurtoeslag wordt berekend op een vaste normhuur van € 520 per maand in plaats van de werkelijke huur, ook als de werkelijke huur lager is.',
  regeling: 'huurtoeslag',
  waarden: [VOORSTEL_NORMHUUR],
  vervang(r) {
    if (r.id !== 'huurtoeslag') throw new RangeError('de normhuur-variant vervangt alleen huurtoeslag');
    // One facts object per replaced regeling (a law is used by one thread), so no allocation per month.
    const norm: HuurtoeslagFeiten = HUURTOESLAG.nieuweFeiten();
    return {
      ...r,
      bereken(f, p, t) {
        HUURTOESLAG.kopieer(f as HuurtoeslagFeiten, norm);
        norm.kaleHuur = VOORSTEL_NORMHUUR.waarde;
        norm.servicekosten = 0;
        return huurtoeslag(norm, p as Parameters<typeof huurtoeslag>[1], t);
      },
    };
  },
};
