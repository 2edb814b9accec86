/** The steps of the huurtoeslag formula: name, law article and a plain-Dutch sentence each. */
import {
  awir,
  leeftijdStap,
  meerderjarigStap,
  partnerStap,
  stappenVan,
  verblijfStap,
  wht,
} from '../algemeen/wetten';

const s = stappenVan('huurtoeslag');

export const HT = {
  leeftijd: leeftijdStap(s, wht('9')),
  meerderjarig: meerderjarigStap(
    s,
    'huurtoeslag',
    wht('9'),
    'U bent jonger dan {param:algemeen.meerderjarig} jaar. Dan krijgt u meestal geen huurtoeslag.',
  ),
  zelfstandig: s('voorwaarde_zelfstandig', {
    label: 'Zelfstandige woonruimte',
    unit: 'boolean',
    ref: wht('1'),
    inputs: [],
    condition: true,
    explain: 'U huurt een zelfstandige woning met eigen voordeur, keuken, toilet en douche.',
    explainFalse: 'Uw woning is geen zelfstandige woonruimte. Dan krijgt u geen huurtoeslag.',
  }),
  verblijf: verblijfStap(s),
  partner: partnerStap(s),
  vermogen: s('vermogen', {
    label: 'Vermogen op 1 januari',
    unit: 'eurocent',
    ref: awir('7', '3'),
    inputs: ['huurtoeslag.toeslagpartner'],
    fact: true,
    explain: ({ waardeVan }) =>
      waardeVan('huurtoeslag.toeslagpartner') === true
        ? 'Uw vermogen samen met dat van uw toeslagpartner op 1 januari is {waarde}.'
        : 'Uw vermogen op 1 januari is {waarde}.',
  }),
  vermogensgrens: s('vermogensgrens', {
    label: 'Vermogensgrens',
    unit: 'eurocent',
    ref: awir('7', '3'),
    inputs: ['param:huurtoeslag.vermogensgrens_per_persoon', 'param:huurtoeslag.vermogensgrens_partners'],
    explain: 'Uw vermogen mag niet hoger zijn dan {waarde}.',
  }),
  vermogenOk: s('voorwaarde_vermogen', {
    label: 'Vermogen niet te hoog',
    unit: 'boolean',
    ref: awir('7', '3'),
    inputs: ['huurtoeslag.vermogen', 'huurtoeslag.vermogensgrens', 'huurtoeslag.vermogen_medebewoner'],
    condition: true,
    explain: 'Het vermogen van u en de mensen die bij u wonen is niet te hoog.',
    explainFalse:
      'Het vermogen van u of iemand die bij u woont is hoger dan de grens. Dan krijgt u geen huurtoeslag.',
  }),
  vermogenMedebewoner: s('vermogen_medebewoner', {
    label: 'Hoogste vermogen van een medebewoner',
    unit: 'eurocent',
    ref: awir('7', '3'),
    inputs: ['param:huurtoeslag.vermogensgrens_per_persoon'],
    fact: true,
    explain: ({ waarde }) =>
      waarde === 0
        ? 'Niemand die bij u woont heeft vermogen. Per persoon mag dat niet hoger zijn dan {param:huurtoeslag.vermogensgrens_per_persoon}.'
        : 'Het hoogste vermogen van iemand die bij u woont is {waarde}. Per persoon mag dat niet hoger zijn dan {param:huurtoeslag.vermogensgrens_per_persoon}.',
  }),
  personen: s('personen', {
    label: 'Aantal personen',
    unit: 'count',
    ref: wht('1'),
    inputs: [],
    fact: true,
    explain: ({ waarde }) => (waarde === 1 ? 'U woont alleen.' : 'Er wonen {waarde} personen in uw huis.'),
  }),
  oudste: s('oudste', {
    label: 'Leeftijd oudste bewoner',
    unit: 'years',
    ref: wht('13', '1'),
    inputs: [],
    fact: true,
    explain: 'De oudste bewoner is {waarde} oud aan het begin van deze periode.',
  }),
  jongeren: s('jongerenhuishouden', {
    label: 'Jongerenhuishouden',
    unit: 'boolean',
    ref: wht('13', '1'),
    inputs: [
      'huurtoeslag.oudste',
      'param:huurtoeslag.jongerengrens',
      'param:huurtoeslag.kwaliteitskortingsgrens',
    ],
    explain:
      'Iedereen in uw huis is jonger dan {param:huurtoeslag.jongerengrens} jaar en er woont geen kind. Dan telt de huur maar tot {param:huurtoeslag.kwaliteitskortingsgrens}.',
    explainFalse:
      'Niet iedereen in uw huis is jonger dan {param:huurtoeslag.jongerengrens} jaar, of er woont een kind. De jongerengrens geldt niet.',
  }),
  rekenhuur: s('rekenhuur', {
    label: 'Rekenhuur',
    unit: 'eurocent',
    ref: wht('5', '1'),
    inputs: ['huurtoeslag.kale_huur', 'huurtoeslag.servicekosten', 'param:huurtoeslag.max_servicekosten'],
    explain: ({ waarde, waardeVan, parameter }) => {
      const service = waardeVan('huurtoeslag.servicekosten') as number;
      if (service === 0)
        return 'De huur waarmee we rekenen is uw kale huur: {waarde} per maand. U betaalt geen servicekosten.';
      if (parameter('huurtoeslag.max_servicekosten') === 0)
        return 'De huur waarmee we rekenen is uw kale huur: {waarde} per maand. Servicekosten tellen in dit jaar niet mee.';
      return waarde === (waardeVan('huurtoeslag.kale_huur') as number) + service
        ? 'De huur waarmee we rekenen is {waarde} per maand: de kale huur plus uw servicekosten (die tellen mee tot {param:huurtoeslag.max_servicekosten}).'
        : 'De huur waarmee we rekenen is {waarde} per maand: de kale huur plus {param:huurtoeslag.max_servicekosten} servicekosten. Wat u meer aan servicekosten betaalt, telt niet mee.';
    },
  }),
  kaleHuur: s('kale_huur', {
    label: 'Kale huur',
    unit: 'eurocent',
    ref: wht('5', '1'),
    inputs: [],
    fact: true,
    explain: 'Uw kale huur is {waarde} per maand.',
  }),
  servicekosten: s('servicekosten', {
    label: 'Servicekosten',
    unit: 'eurocent',
    ref: wht('5', '2'),
    inputs: [],
    fact: true,
    explain: 'U betaalt {waarde} per maand aan servicekosten.',
  }),
  gemaximeerd: s('huur_gemaximeerd', {
    label: 'Huur die meetelt',
    unit: 'eurocent',
    ref: wht('13', '1'),
    inputs: [
      'huurtoeslag.rekenhuur',
      'param:huurtoeslag.maximale_huurgrens',
      'huurtoeslag.jongerenhuishouden',
    ],
    explain: ({ waarde, waardeVan }) =>
      (waarde as number) < (waardeVan('huurtoeslag.rekenhuur') as number)
        ? 'Uw huur is hoger dan de huurgrens die voor u geldt. Alleen de huur tot die grens telt mee: {waarde}.'
        : 'Uw hele huur van {waarde} telt mee: die is niet hoger dan de huurgrens die voor u geldt.',
  }),
  inkomen: s('toetsingsinkomen', {
    label: 'Inkomen van het huishouden',
    unit: 'eurocent',
    ref: awir('7', '1'),
    inputs: ['param:algemeen.vrijstelling_inkomen_kind'],
    explain:
      'Het inkomen van u, uw toeslagpartner en de mensen die bij u wonen is samen {waarde} per jaar. Van kinderen onder de {param:algemeen.leeftijd_vrijstelling_kind} telt alleen het inkomen boven {param:algemeen.vrijstelling_inkomen_kind}.',
  }),
  deelA: s('deel_a', {
    label: 'Deel A (100%)',
    unit: 'microcent',
    ref: wht('20', '1'),
    inputs: [
      'huurtoeslag.huur_gemaximeerd',
      'huurtoeslag.basishuur',
      'param:huurtoeslag.kwaliteitskortingsgrens',
    ],
    explain:
      'De huur tussen de basishuur en {param:huurtoeslag.kwaliteitskortingsgrens} krijgt u helemaal vergoed: {waarde}.',
  }),
  deelB: s('deel_b', {
    label: 'Deel B ({param:huurtoeslag.percentage_b})',
    unit: 'microcent',
    ref: wht('20', '1'),
    inputs: ['huurtoeslag.huur_gemaximeerd', 'huurtoeslag.aftoppingsgrens', 'param:huurtoeslag.percentage_b'],
    explain:
      'Van de huur tussen {param:huurtoeslag.kwaliteitskortingsgrens} en {huurtoeslag.aftoppingsgrens} krijgt u {param:huurtoeslag.percentage_b}: {waarde}.',
  }),
  deelC: s('deel_c', {
    label: 'Deel C ({param:huurtoeslag.percentage_c})',
    unit: 'microcent',
    ref: wht('20', '1'),
    inputs: ['huurtoeslag.huur_gemaximeerd', 'huurtoeslag.aftoppingsgrens', 'param:huurtoeslag.percentage_c'],
    explain:
      'Van de huur boven {huurtoeslag.aftoppingsgrens} krijgt u {param:huurtoeslag.percentage_c}: {waarde}.',
  }),
  aftoppingsgrens: s('aftoppingsgrens', {
    label: 'Aftoppingsgrens',
    unit: 'eurocent',
    ref: wht('20', '2'),
    inputs: [
      'huurtoeslag.personen',
      'param:huurtoeslag.aftoppingsgrens_laag',
      'param:huurtoeslag.aftoppingsgrens_hoog',
    ],
    explain: 'Voor een huishouden van uw grootte is de aftoppingsgrens {waarde}.',
  }),
  recht: s('recht', {
    label: 'Recht op huurtoeslag',
    unit: 'boolean',
    ref: wht('7'),
    inputs: [
      'huurtoeslag.voorwaarde_leeftijd',
      'huurtoeslag.voorwaarde_zelfstandig',
      'huurtoeslag.voorwaarde_verblijf',
      'huurtoeslag.voorwaarde_vermogen',
      'huurtoeslag.voorwaarde_huurgrens',
    ],
    explain: 'U voldoet aan de voorwaarden voor huurtoeslag.',
    explainFalse:
      'U voldoet niet aan alle voorwaarden voor huurtoeslag. Daarom krijgt u in deze periode geen huurtoeslag.',
  }),
  bedrag: s('bedrag', {
    label: 'Huurtoeslag per maand',
    unit: 'microcent',
    ref: wht('20', '1'),
    inputs: [
      'huurtoeslag.recht',
      'huurtoeslag.deel_a',
      'huurtoeslag.deel_b',
      'huurtoeslag.deel_c',
      'huurtoeslag.inkomenscorrectie',
    ],
    afgekapt: true,
    explain: 'Uw huurtoeslag is {waarde} per maand, voordat het naar beneden wordt afgerond op hele euro’s.',
  }),
};
