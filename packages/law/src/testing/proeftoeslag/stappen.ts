/**
 * @module
 * The steps of the proeftoeslag (a made-up regeling for tests): name, article and a sentence each.
 */
import { leeftijdStap, meerderjarigStap, partnerStap, stappenVan, wet } from '../../algemeen/wetten';

/** The made-up law the proeftoeslag cites. */
export const wpt = wet('Wet op de proeftoeslag', 'BWBR9999999');

const s = stappenVan('proeftoeslag');

export const PT = {
  leeftijd: leeftijdStap(s, wpt('1')),
  meerderjarig: meerderjarigStap(
    s,
    'proeftoeslag',
    wpt('1'),
    'U bent jonger dan {param:algemeen.meerderjarig} jaar. Dan krijgt u geen proeftoeslag.',
  ),
  partner: partnerStap(s),
  inkomen: s('toetsingsinkomen', {
    label: 'Toetsingsinkomen',
    unit: 'eurocent',
    ref: wpt('2', '2'),
    inputs: ['proeftoeslag.toeslagpartner'],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('proeftoeslag.toeslagpartner') === true
        ? 'Uw inkomen over het hele jaar, samen met dat van uw toeslagpartner, is {waarde}.'
        : 'Uw inkomen over het hele jaar is {waarde}.',
  }),
  afbouw: s('afbouw', {
    label: 'Afbouw',
    unit: 'microcent',
    ref: wpt('2', '2'),
    inputs: [
      'proeftoeslag.toetsingsinkomen',
      'param:proeftoeslag.drempelinkomen',
      'param:proeftoeslag.afbouwpercentage',
    ],
    explain: ({ waarde }) =>
      waarde === 0
        ? 'Uw inkomen is niet hoger dan {param:proeftoeslag.drempelinkomen}. Er gaat niets van de proeftoeslag af.'
        : 'Van de proeftoeslag gaat {param:proeftoeslag.afbouwpercentage} af van uw inkomen boven {param:proeftoeslag.drempelinkomen}. Dat is {waarde} per jaar.',
  }),
  bedrag: s('bedrag', {
    label: 'Proeftoeslag per jaar (deze situatie)',
    unit: 'microcent',
    ref: wpt('2', '1'),
    inputs: ['proeftoeslag.voorwaarde_leeftijd', 'param:proeftoeslag.basisbedrag', 'proeftoeslag.afbouw'],
    explain: 'In deze situatie is de proeftoeslag {waarde} per jaar.',
  }),
};
