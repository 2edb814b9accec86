/** The steps of the kinderopvangtoeslag formula: name, law article and a plain-Dutch sentence each. */
import { bko, stappenVan, verblijfStap, wko } from '../algemeen/wetten';

const s = stappenVan('kinderopvangtoeslag');

export const KOT = {
  arbeidseis: s('voorwaarde_arbeid', {
    label: 'Werk of studie',
    unit: 'boolean',
    ref: wko('1.6', '1'),
    inputs: [],
    condition: true,
    explain: 'U (en uw toeslagpartner) werken, studeren of volgen een traject naar werk.',
    explainFalse:
      'U of uw toeslagpartner werkt niet, studeert niet en volgt geen traject. Dan is er geen kinderopvangtoeslag.',
  }),
  verblijf: verblijfStap(s),
  geregistreerd: s('voorwaarde_geregistreerd', {
    label: 'Geregistreerde opvang',
    unit: 'boolean',
    ref: wko('1.5'),
    inputs: [],
    condition: true,
    explain: 'De opvang staat in het Landelijk Register Kinderopvang.',
    explainFalse:
      'Geen van de opvangcontracten in deze periode is bij een geregistreerde opvang (LRK). Dan is er geen kinderopvangtoeslag.',
  }),
  recht: s('recht', {
    label: 'Recht op kinderopvangtoeslag',
    unit: 'boolean',
    ref: wko('1.5'),
    inputs: [
      'kinderopvangtoeslag.voorwaarde_arbeid',
      'kinderopvangtoeslag.voorwaarde_verblijf',
      'kinderopvangtoeslag.voorwaarde_geregistreerd',
    ],
    explain: 'U voldoet aan de voorwaarden voor kinderopvangtoeslag.',
    explainFalse:
      'U voldoet niet aan alle voorwaarden voor kinderopvangtoeslag. Daarom krijgt u in deze periode geen kinderopvangtoeslag.',
  }),
  kinderen: s('kinderen', {
    label: 'Kinderen in de opvang',
    unit: 'count',
    ref: bko('3'),
    inputs: [],
    fact: true,
    explain: 'In deze periode gaan {waarde} kind(eren) naar de opvang.',
  }),
  urenEerste: s('uren_eerste_kind', {
    label: 'Uren eerste kind',
    unit: 'centihours',
    ref: bko('3'),
    inputs: ['param:kinderopvangtoeslag.maximum_uren_per_maand'],
    explain:
      'Het kind met de meeste opvanguren telt als eerste kind: {waarde} per maand (hoogstens {param:kinderopvangtoeslag.maximum_uren_per_maand} uur).',
  }),
  kostenEerste: s('kosten_eerste_kind', {
    label: 'Kosten eerste kind',
    unit: 'microcent',
    ref: bko('1', 'd'),
    inputs: [
      'kinderopvangtoeslag.uren_eerste_kind',
      'param:kinderopvangtoeslag.maximum_uurprijs_dagopvang',
      'param:kinderopvangtoeslag.maximum_uurprijs_buitenschoolse_opvang',
      'param:kinderopvangtoeslag.maximum_uurprijs_gastouderopvang',
    ],
    explain:
      'De kosten die meetellen voor het eerste kind zijn {waarde}: uren maal de uurprijs, maar niet meer dan de maximum uurprijs.',
  }),
  kostenOverige: s('kosten_overige_kinderen', {
    label: 'Kosten overige kinderen',
    unit: 'microcent',
    ref: bko('1', 'd'),
    inputs: [
      'param:kinderopvangtoeslag.maximum_uurprijs_dagopvang',
      'param:kinderopvangtoeslag.maximum_uurprijs_buitenschoolse_opvang',
      'param:kinderopvangtoeslag.maximum_uurprijs_gastouderopvang',
    ],
    explain: 'De kosten die meetellen voor de andere kinderen zijn samen {waarde}.',
  }),
  inkomen: s('toetsingsinkomen', {
    label: 'Toetsingsinkomen',
    unit: 'eurocent',
    ref: { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472', artikel: '8', lid: '1' },
    inputs: [],
    fact: true,
    explain: 'Uw inkomen over het hele jaar, samen met dat van uw toeslagpartner, is {waarde}.',
  }),
  rij: s('tabelrij', {
    label: 'Rij in de tabel',
    unit: 'text',
    ref: bko('6', 'bijlage I'),
    inputs: ['kinderopvangtoeslag.toetsingsinkomen', 'param:kinderopvangtoeslag.percentagetabel'],
    explain: ({ gereconstrueerd }) =>
      gereconstrueerd('kinderopvangtoeslag.percentagetabel')
        ? 'Uw inkomen valt in de rij {waarde} van de tabel. Let op: de officiële tabel voor dit jaar konden wij niet lezen. Wij gebruiken een tabel die is nagebouwd uit andere openbare bronnen.'
        : 'Uw inkomen valt in de rij {waarde} van de tabel.',
  }),
  pctEerste: s('percentage_eerste_kind', {
    label: 'Percentage eerste kind',
    unit: 'ppm',
    ref: bko('6', 'bijlage I'),
    inputs: ['kinderopvangtoeslag.tabelrij'],
    explain: 'Voor het eerste kind krijgt u {waarde} van de kosten.',
  }),
  pctOverige: s('percentage_overige_kinderen', {
    label: 'Percentage volgende kinderen',
    unit: 'ppm',
    ref: bko('6', 'bijlage I'),
    inputs: ['kinderopvangtoeslag.tabelrij'],
    explain: 'Voor de andere kinderen krijgt u {waarde} van de kosten.',
  }),
  andereLezing: s('andere_lezing', {
    label: 'Onzeker percentage',
    unit: 'text',
    ref: bko('6', 'bijlage I'),
    inputs: ['kinderopvangtoeslag.toetsingsinkomen', 'param:kinderopvangtoeslag.percentagetabel_onzeker'],
    explain:
      'Voor uw inkomen weten wij niet zeker welk percentage in de officiële tabel staat. Het kan ook {waarde} zijn.',
  }),
  bedragAndereLezing: s('bedrag_andere_lezing', {
    label: 'Kinderopvangtoeslag met het andere percentage',
    unit: 'microcent',
    ref: bko('6', 'bijlage I'),
    inputs: ['kinderopvangtoeslag.andere_lezing'],
    afgekapt: true,
    explain:
      'Met dat andere percentage is uw kinderopvangtoeslag {waarde} per maand, voordat het naar beneden wordt afgerond op hele euro’s. Welk bedrag klopt, hangt af van de officiële tabel.',
  }),
  bedrag: s('bedrag', {
    label: 'Kinderopvangtoeslag per maand',
    unit: 'microcent',
    ref: wko('1.7'),
    inputs: [
      'kinderopvangtoeslag.recht',
      'kinderopvangtoeslag.kosten_eerste_kind',
      'kinderopvangtoeslag.percentage_eerste_kind',
      'kinderopvangtoeslag.kosten_overige_kinderen',
      'kinderopvangtoeslag.percentage_overige_kinderen',
      'kinderopvangtoeslag.bedrag_andere_lezing',
    ],
    afgekapt: true,
    explain:
      'Uw kinderopvangtoeslag is {waarde} per maand, voordat het naar beneden wordt afgerond op hele euro’s.',
  }),
};
