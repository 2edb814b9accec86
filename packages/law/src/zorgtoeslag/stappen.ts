/**
 * @module
 * The steps of the zorgtoeslag formula: name, law article and a plain-Dutch sentence each.
 */
import {
  awir,
  leeftijdStap,
  meerderjarigStap,
  partnerStap,
  stappenVan,
  verblijfStap,
  wzt,
} from '../algemeen/wetten';

const s = stappenVan('zorgtoeslag');

export const ZT = {
  leeftijd: leeftijdStap(s, wzt('1', '1')),
  meerderjarig: meerderjarigStap(
    s,
    'zorgtoeslag',
    wzt('1', '1'),
    'U bent jonger dan {param:algemeen.meerderjarig} jaar. Zorgtoeslag krijgt u pas vanaf de maand na uw {param:algemeen.meerderjarig}de verjaardag.',
  ),
  verzekerd: s('voorwaarde_verzekerd', {
    label: 'Zorgverzekering',
    unit: 'boolean',
    ref: wzt('1', '1'),
    inputs: [],
    condition: true,
    explain: 'U heeft een Nederlandse zorgverzekering of bent verdragsgerechtigd.',
    explainFalse:
      'U heeft geen Nederlandse zorgverzekering en bent niet verdragsgerechtigd. Dan krijgt u geen zorgtoeslag.',
  }),
  verblijf: verblijfStap(s),
  partner: partnerStap(s),
  vermogen: s('vermogen', {
    label: 'Vermogen op 1 januari',
    unit: 'eurocent',
    ref: wzt('3', '1'),
    inputs: [],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('zorgtoeslag.toeslagpartner') === true
        ? 'Uw vermogen samen met dat van uw toeslagpartner op 1 januari is {waarde}.'
        : 'Uw vermogen op 1 januari is {waarde}.',
  }),
  vermogensgrens: s('vermogensgrens', {
    label: 'Vermogensgrens',
    unit: 'eurocent',
    ref: wzt('3', '1'),
    inputs: [
      'zorgtoeslag.toeslagpartner',
      'param:zorgtoeslag.vermogensgrens_alleenstaande',
      'param:zorgtoeslag.vermogensgrens_partners',
    ],
    explain: 'Uw vermogen mag niet hoger zijn dan {waarde}.',
  }),
  vermogenOk: s('voorwaarde_vermogen', {
    label: 'Vermogen niet te hoog',
    unit: 'boolean',
    ref: wzt('3', '1'),
    inputs: ['zorgtoeslag.vermogen', 'zorgtoeslag.vermogensgrens'],
    condition: true,
    explain:
      'Uw vermogen van {zorgtoeslag.vermogen} is niet hoger dan de grens van {zorgtoeslag.vermogensgrens}.',
    explainFalse:
      'Uw vermogen van {zorgtoeslag.vermogen} is hoger dan de grens van {zorgtoeslag.vermogensgrens}. Dan krijgt u geen zorgtoeslag.',
  }),
  toetsingsinkomen: s('toetsingsinkomen', {
    label: 'Toetsingsinkomen',
    unit: 'eurocent',
    ref: awir('8', '1'),
    inputs: ['zorgtoeslag.toeslagpartner'],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('zorgtoeslag.toeslagpartner') === true
        ? 'Uw inkomen over het hele jaar, samen met dat van uw toeslagpartner, is {waarde}.'
        : 'Uw inkomen over het hele jaar is {waarde}.',
  }),
  standaardpremie: s('standaardpremie', {
    label: 'Standaardpremie',
    unit: 'microcent',
    ref: wzt('2', '1'),
    inputs: [
      'param:zorgtoeslag.standaardpremie',
      'zorgtoeslag.toeslagpartner',
      'zorgtoeslag.woonlandfactor',
      'zorgtoeslag.woonlandfactor_partner',
    ],
    explain: ({ waardeVan }) => {
      const partner = waardeVan('zorgtoeslag.toeslagpartner') === true;
      const eigen = waardeVan('zorgtoeslag.woonlandfactor') !== undefined;
      const vanPartner = waardeVan('zorgtoeslag.woonlandfactor_partner') !== undefined;
      if (!partner) {
        return eigen
          ? 'De standaardpremie voor u is {param:zorgtoeslag.standaardpremie} keer de woonlandfactor: {waarde} per jaar.'
          : 'De standaardpremie voor u is {waarde} per jaar.';
      }
      const wie =
        eigen && vanPartner
          ? ' Beide premies zijn vermenigvuldigd met de woonlandfactor.'
          : eigen
            ? ' Alleen uw eigen premie is vermenigvuldigd met de woonlandfactor.'
            : vanPartner
              ? ' Alleen de premie van uw toeslagpartner is vermenigvuldigd met de woonlandfactor.'
              : '';
      return `U heeft een toeslagpartner. Daarom telt de standaardpremie van {param:zorgtoeslag.standaardpremie} twee keer.${wie} Samen is dat {waarde} per jaar.`;
    },
  }),
  woonlandfactor: s('woonlandfactor', {
    label: 'Woonlandfactor',
    unit: 'ppm',
    ref: wzt('4a', '1'),
    inputs: ['param:zorgtoeslag.woonlandfactor'],
    explain:
      'U bent verdragsgerechtigd en woont in het buitenland. Uw standaardpremie wordt vermenigvuldigd met de woonlandfactor van uw woonland: {waarde}.',
  }),
  woonlandfactorPartner: s('woonlandfactor_partner', {
    label: 'Woonlandfactor toeslagpartner',
    unit: 'ppm',
    ref: wzt('4a', '4'),
    inputs: ['param:zorgtoeslag.woonlandfactor'],
    explain: ({ waardeVan }) =>
      waardeVan('zorgtoeslag.woonlandfactor') !== undefined
        ? 'Uw toeslagpartner heeft geen Nederlandse zorgverzekering en u bent verdragsgerechtigd. Daarom wordt ook de standaardpremie van uw toeslagpartner vermenigvuldigd met de woonlandfactor van zijn of haar woonland: {waarde}.'
        : 'Uw toeslagpartner is verdragsgerechtigd. Daarom wordt de standaardpremie van uw toeslagpartner vermenigvuldigd met de woonlandfactor van zijn of haar woonland: {waarde}.',
  }),
  normpremie: s('normpremie', {
    label: 'Normpremie',
    unit: 'microcent',
    ref: wzt('2', '2'),
    inputs: [
      'zorgtoeslag.toetsingsinkomen',
      'param:zorgtoeslag.drempelinkomen',
      'zorgtoeslag.percentage_drempel',
      'param:zorgtoeslag.afbouwpercentage',
    ],
    explain:
      'De normpremie is het deel van de premie dat u zelf betaalt: {zorgtoeslag.percentage_drempel} van het drempelinkomen plus {param:zorgtoeslag.afbouwpercentage} van uw inkomen boven het drempelinkomen. Dat is {waarde} per jaar.',
  }),
  percentageDrempel: s('percentage_drempel', {
    label: 'Percentage drempelinkomen',
    unit: 'ppm',
    ref: wzt('2', '3'),
    inputs: [
      'zorgtoeslag.toeslagpartner',
      'param:zorgtoeslag.percentage_drempel_alleenstaande',
      'param:zorgtoeslag.percentage_drempel_partners',
    ],
    explain: 'Voor uw situatie is het percentage van het drempelinkomen {waarde}.',
  }),
  verschil: s('verschil', {
    label: 'Standaardpremie min normpremie',
    unit: 'microcent',
    ref: wzt('2', '1'),
    inputs: ['zorgtoeslag.standaardpremie', 'zorgtoeslag.normpremie'],
    explain:
      'Zorgtoeslag is het verschil tussen de standaardpremie en de normpremie: {waarde} per jaar (niet minder dan nul).',
  }),
  partnerNietVerzekerd: s('partner_niet_verzekerd', {
    label: 'Toeslagpartner niet verzekerd',
    unit: 'boolean',
    ref: wzt('2', '4'),
    inputs: [],
    fact: true,
    explain:
      'Uw toeslagpartner heeft geen Nederlandse zorgverzekering en is niet verdragsgerechtigd. Daarom krijgt u de helft.',
    explainFalse: 'Uw toeslagpartner heeft een Nederlandse zorgverzekering of is verdragsgerechtigd.',
  }),
  jaarbedrag: s('bedrag', {
    label: 'Zorgtoeslag per jaar (deze situatie)',
    unit: 'microcent',
    ref: wzt('2', '1'),
    inputs: [
      'zorgtoeslag.recht',
      'zorgtoeslag.verschil',
      'zorgtoeslag.partner_niet_verzekerd',
      'param:zorgtoeslag.percentage_partner_niet_verzekerd',
    ],
    explain: 'In deze situatie is de zorgtoeslag {waarde} per jaar.',
  }),
  rechtVoorwaarden: s('recht', {
    label: 'Recht op zorgtoeslag',
    unit: 'boolean',
    ref: wzt('1', '1'),
    inputs: [
      'zorgtoeslag.voorwaarde_leeftijd',
      'zorgtoeslag.voorwaarde_verzekerd',
      'zorgtoeslag.voorwaarde_verblijf',
      'zorgtoeslag.voorwaarde_vermogen',
    ],
    explain: 'U voldoet aan de voorwaarden voor zorgtoeslag.',
    explainFalse:
      'U voldoet niet aan alle voorwaarden voor zorgtoeslag. Daarom krijgt u in deze periode geen zorgtoeslag.',
  }),
};
