/**
 * @module
 * The steps of the zorgtoeslag formula: name, law article and a plain-Dutch sentence each.
 */
import { defineStep } from '@regelmaat/engine';
import type { LawRef } from '@regelmaat/kernel';

const WZT = { wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451' } as const;
const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;
const wzt = (artikel: string, lid?: string): LawRef => ({ ...WZT, artikel, ...(lid ? { lid } : {}) });
const awir = (artikel: string, lid?: string): LawRef => ({ ...AWIR, artikel, ...(lid ? { lid } : {}) });

export const ZT = {
  leeftijd: defineStep({
    id: 'zorgtoeslag.leeftijd',
    label: 'Leeftijd aanvrager',
    unit: 'years',
    ref: wzt('1', '1'),
    inputs: [],
    fact: true,
    explain: 'U bent {waarde} oud aan het begin van deze periode.',
  }),
  meerderjarig: defineStep({
    id: 'zorgtoeslag.voorwaarde_leeftijd',
    label: '18 jaar of ouder',
    unit: 'boolean',
    ref: wzt('1', '1'),
    inputs: ['zorgtoeslag.leeftijd', 'param:algemeen.meerderjarig'],
    condition: true,
    explain: 'U bent 18 jaar of ouder. Dat is nodig voor zorgtoeslag.',
    explainFalse: 'U bent jonger dan 18 jaar. Zorgtoeslag krijgt u pas vanaf de maand na uw 18de verjaardag.',
  }),
  verzekerd: defineStep({
    id: 'zorgtoeslag.voorwaarde_verzekerd',
    label: 'Zorgverzekering',
    unit: 'boolean',
    ref: wzt('1', '1'),
    inputs: [],
    condition: true,
    explain: 'U heeft een Nederlandse zorgverzekering of bent verdragsgerechtigd.',
    explainFalse:
      'U heeft geen Nederlandse zorgverzekering en bent niet verdragsgerechtigd. Dan krijgt u geen zorgtoeslag.',
  }),
  verblijf: defineStep({
    id: 'zorgtoeslag.voorwaarde_verblijf',
    label: 'Rechtmatig verblijf',
    unit: 'boolean',
    ref: awir('9', '1'),
    inputs: [],
    condition: true,
    explain: 'U (en uw toeslagpartner) wonen rechtmatig in Nederland of zijn Nederlander.',
    explainFalse: 'U of uw toeslagpartner heeft geen rechtmatig verblijf. Dan is er geen recht op toeslag.',
  }),
  partner: defineStep({
    id: 'zorgtoeslag.toeslagpartner',
    label: 'Toeslagpartner',
    unit: 'boolean',
    ref: awir('3'),
    inputs: [],
    fact: true,
    explain: 'U heeft in deze periode een toeslagpartner.',
    explainFalse: 'U heeft in deze periode geen toeslagpartner.',
  }),
  vermogen: defineStep({
    id: 'zorgtoeslag.vermogen',
    label: 'Vermogen op 1 januari',
    unit: 'eurocent',
    ref: wzt('3', '1'),
    inputs: [],
    fact: true,
    explain: 'Uw vermogen (samen met uw toeslagpartner) op 1 januari is {waarde}.',
  }),
  vermogensgrens: defineStep({
    id: 'zorgtoeslag.vermogensgrens',
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
  vermogenOk: defineStep({
    id: 'zorgtoeslag.voorwaarde_vermogen',
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
  toetsingsinkomen: defineStep({
    id: 'zorgtoeslag.toetsingsinkomen',
    label: 'Toetsingsinkomen',
    unit: 'eurocent',
    ref: awir('8', '1'),
    inputs: ['zorgtoeslag.toeslagpartner'],
    fact: true,
    explain:
      'Uw inkomen over het hele jaar, samen met dat van uw toeslagpartner, is {waarde} (Awir art. 7 en 8).',
  }),
  standaardpremie: defineStep({
    id: 'zorgtoeslag.standaardpremie',
    label: 'Standaardpremie',
    unit: 'microcent',
    ref: wzt('2', '1'),
    inputs: ['param:zorgtoeslag.standaardpremie', 'zorgtoeslag.toeslagpartner', 'zorgtoeslag.woonlandfactor'],
    explain:
      'De standaardpremie voor uw huishouden is {waarde} per jaar. Met een toeslagpartner telt die twee keer.',
  }),
  woonlandfactor: defineStep({
    id: 'zorgtoeslag.woonlandfactor',
    label: 'Woonlandfactor',
    unit: 'ppm',
    ref: wzt('4a'),
    inputs: ['param:zorgtoeslag.woonlandfactor'],
    explain:
      'U woont in het buitenland. De standaardpremie wordt vermenigvuldigd met de woonlandfactor van {waarde}.',
  }),
  normpremie: defineStep({
    id: 'zorgtoeslag.normpremie',
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
  percentageDrempel: defineStep({
    id: 'zorgtoeslag.percentage_drempel',
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
  verschil: defineStep({
    id: 'zorgtoeslag.verschil',
    label: 'Standaardpremie min normpremie',
    unit: 'microcent',
    ref: wzt('2', '1'),
    inputs: ['zorgtoeslag.standaardpremie', 'zorgtoeslag.normpremie'],
    explain:
      'Zorgtoeslag is het verschil tussen de standaardpremie en de normpremie: {waarde} per jaar (niet minder dan nul).',
  }),
  partnerNietVerzekerd: defineStep({
    id: 'zorgtoeslag.partner_niet_verzekerd',
    label: 'Toeslagpartner niet verzekerd',
    unit: 'boolean',
    ref: wzt('2', '4'),
    inputs: [],
    fact: true,
    explain: 'Uw toeslagpartner is niet verzekerd voor de zorgverzekering. Daarom krijgt u de helft.',
    explainFalse: 'Uw toeslagpartner is verzekerd.',
  }),
  jaarbedrag: defineStep({
    id: 'zorgtoeslag.bedrag',
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
  rechtVoorwaarden: defineStep({
    id: 'zorgtoeslag.recht',
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
