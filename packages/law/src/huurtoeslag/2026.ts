/**
 * @module
 * Huurtoeslag 2026 (methode 2, from 2026): a fixed basishuur for one person and another for more
 * (Wht art. 17), the rent above the huurgrens only capped, not excluded (Wht art. 13), and a linear
 * inkomenscorrectie: the afbouwpercentage of the toetsingsinkomen above the inkomensijkpunt, per
 * month (Wht art. 17).
 */
import { step } from '@regelmaat/engine';
import { stappenVan, wht } from '../algemeen/wetten';
import { type HuurtoeslagMethode, nodig } from './methode';

const s = stappenVan('huurtoeslag');

/** The steps of methode 2. */
export const HT_2026 = {
  /** 2026 (methode 2): one fixed basishuur for one person, another for more. */
  basishuur: s('basishuur', {
    label: 'Basishuur',
    unit: 'eurocent',
    ref: wht('17'),
    inputs: [
      'huurtoeslag.personen',
      'param:huurtoeslag.basishuur_eenpersoons',
      'param:huurtoeslag.basishuur_meerpersoons',
    ],
    explain:
      'Het deel van de huur dat u altijd zelf betaalt (basishuur) is {waarde} per maand. Dat bedrag is vast voor een huishouden van uw grootte.',
  }),
  ijkpunt: s('inkomensijkpunt', {
    label: 'Inkomensijkpunt',
    unit: 'eurocent',
    ref: wht('17'),
    inputs: ['huurtoeslag.personen'],
    explain: 'Voor uw huishouden begint de inkomenscorrectie bij {waarde} per jaar.',
  }),
  afbouwpct: s('afbouwpercentage', {
    label: 'Afbouwpercentage',
    unit: 'ppm',
    ref: wht('17'),
    inputs: ['huurtoeslag.personen'],
    explain: 'Het afbouwpercentage voor uw huishouden is {waarde}.',
  }),
  afbouw: s('inkomenscorrectie', {
    label: 'Inkomenscorrectie',
    unit: 'microcent',
    ref: wht('17'),
    inputs: ['huurtoeslag.toetsingsinkomen', 'huurtoeslag.inkomensijkpunt', 'huurtoeslag.afbouwpercentage'],
    explain: ({ waardeVan }) =>
      (waardeVan('huurtoeslag.toetsingsinkomen') as number) >
      (waardeVan('huurtoeslag.inkomensijkpunt') as number)
        ? 'Uw inkomen is hoger dan {huurtoeslag.inkomensijkpunt}. Van het deel daarboven gaat {huurtoeslag.afbouwpercentage} per jaar af. Per maand is dat {waarde}.'
        : 'Uw inkomen is niet hoger dan {huurtoeslag.inkomensijkpunt}. Daarom gaat er niets af voor uw inkomen.',
  }),
};

export const METHODE_2026: HuurtoeslagMethode = {
  huurgrensOk: () => true,
  basishuur: (_inkomen, eenpersoons, p, t) =>
    step(
      t,
      HT_2026.basishuur,
      eenpersoons
        ? nodig(p.basishuur_eenpersoons, 'basishuur_eenpersoons')
        : nodig(p.basishuur_meerpersoons, 'basishuur_meerpersoons'),
    ),
  inkomenscorrectie(inkomen, eenpersoons, p, t) {
    const ijkpunt = step(
      t,
      HT_2026.ijkpunt,
      eenpersoons ? p.minimum_inkomensijkpunt_eenpersoons : p.minimum_inkomensijkpunt_meerpersoons,
    );
    const pct = step(
      t,
      HT_2026.afbouwpct,
      eenpersoons
        ? nodig(p.afbouwpercentage_eenpersoons, 'afbouwpercentage_eenpersoons')
        : nodig(p.afbouwpercentage_meerpersoons, 'afbouwpercentage_meerpersoons'),
    );
    return step(t, HT_2026.afbouw, (Math.max(0, inkomen - ijkpunt) * pct) / 12);
  },
};
