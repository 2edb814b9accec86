/**
 * @module
 * Huurtoeslag 2025 (methode 1, up to and including 2025): normhuur = a·Y² + b·Y per month from the
 * yearly toetsingsinkomen Y in euros (at least the minimum normhuur; the minimum below the
 * minimum-inkomensijkpunt; Besluit huurtoeslag art. 17), basishuur = normhuur − verlaging eigen
 * bijdrage (Wht art. 17), and no huurtoeslag above the huurgrens (Wht art. 13 lid 1).
 */
import { step } from '@regelmaat/engine';
import { bht, stappenVan, wht } from '../algemeen/wetten';
import { type HuurtoeslagMethode, nodig } from './methode';

const s = stappenVan('huurtoeslag');

/** The steps of methode 1. */
export const HT_2025 = {
  huurgrensOk: s('voorwaarde_huurgrens', {
    label: 'Huur niet boven de huurgrens',
    unit: 'boolean',
    ref: wht('13', '1'),
    inputs: [
      'huurtoeslag.rekenhuur',
      'param:huurtoeslag.maximale_huurgrens',
      'huurtoeslag.jongerenhuishouden',
    ],
    condition: true,
    explain: 'Uw huur van {huurtoeslag.rekenhuur} is niet hoger dan de huurgrens die voor u geldt.',
    explainFalse:
      'Uw huur van {huurtoeslag.rekenhuur} is hoger dan de huurgrens die voor u geldt. In 2025 krijgt u dan geen huurtoeslag.',
  }),
  normhuur: s('normhuur', {
    label: 'Normhuur',
    unit: 'eurocent',
    ref: bht('17'),
    inputs: ['huurtoeslag.toetsingsinkomen', 'huurtoeslag.personen'],
    explain: 'Bij uw inkomen hoort een normhuur van {waarde} per maand.',
  }),
  /** 2025 (methode 1): the normhuur from the income, minus the verlaging eigen bijdrage. */
  basishuur: s('basishuur', {
    label: 'Basishuur',
    unit: 'eurocent',
    ref: wht('17'),
    inputs: ['huurtoeslag.normhuur', 'param:huurtoeslag.verlaging_eigen_bijdrage'],
    explain:
      'Het deel van de huur dat u altijd zelf betaalt (basishuur) is de normhuur min {param:huurtoeslag.verlaging_eigen_bijdrage}: {waarde} per maand.',
  }),
};

export const METHODE_2025: HuurtoeslagMethode = {
  huurgrensOk: (rekenhuur, huurgrens, t) => step(t, HT_2025.huurgrensOk, rekenhuur <= huurgrens),
  basishuur(inkomen, eenpersoons, p, t) {
    const a = eenpersoons
      ? nodig(p.factor_a_eenpersoons, 'factor_a_eenpersoons')
      : nodig(p.factor_a_meerpersoons, 'factor_a_meerpersoons');
    const b = eenpersoons
      ? nodig(p.factor_b_eenpersoons, 'factor_b_eenpersoons')
      : nodig(p.factor_b_meerpersoons, 'factor_b_meerpersoons');
    const minimum = eenpersoons
      ? nodig(p.minimum_normhuur_eenpersoons, 'minimum_normhuur_eenpersoons')
      : nodig(p.minimum_normhuur_meerpersoons, 'minimum_normhuur_meerpersoons');
    const ijkpunt = eenpersoons
      ? p.minimum_inkomensijkpunt_eenpersoons
      : p.minimum_inkomensijkpunt_meerpersoons;
    // Normhuur per month in euros from the yearly income in euros, rounded to whole cents.
    const y = inkomen / 100;
    const formule = Math.round((a * y * y + b * y) * 100);
    const normhuur = step(t, HT_2025.normhuur, inkomen <= ijkpunt ? minimum : Math.max(minimum, formule));
    return step(
      t,
      HT_2025.basishuur,
      normhuur - nodig(p.verlaging_eigen_bijdrage, 'verlaging_eigen_bijdrage'),
    );
  },
  inkomenscorrectie: () => 0,
};
