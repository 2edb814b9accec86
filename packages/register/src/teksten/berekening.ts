/**
 * @module
 * The register texts of the calculation of each toeslag, written by people (B1), each with the
 * fingerprint of the regeling it was written for. A test fails when a regeling has no text or its
 * steps changed after the text was written (`vingerafdruk`): read the text again, then record the
 * new fingerprint.
 */

export interface BerekeningTekst {
  readonly naam: string;
  readonly korteOmschrijving: string;
  readonly doelEnImpact: string;
  /** The facts about the household the calculation uses, in words. */
  readonly gegevens: readonly string[];
  readonly vingerafdruk: string;
}

const SAMEN =
  'Het bedrag hangt af van de gegevens van het hele huishouden. Wij rekenen per maand. Verandert er iets in een maand, dan telt dat vanaf de maand erna.';

export const BEREKENING_TEKSTEN: Readonly<Record<string, BerekeningTekst>> = {
  zorgtoeslag: {
    naam: 'Berekening van de zorgtoeslag',
    korteOmschrijving:
      'Dit algoritme berekent hoeveel zorgtoeslag iemand krijgt. Het volgt de regels van de wet precies. Het kijkt naar leeftijd, zorgverzekering, inkomen, vermogen en een eventuele toeslagpartner.',
    doelEnImpact:
      'Zorgtoeslag helpt mensen met een laag inkomen om hun zorgverzekering te betalen. ' +
      'Het algoritme rekent het bedrag uit voor het voorschot, bij een wijziging en bij de definitieve berekening na het jaar. ' +
      `${SAMEN} ` +
      'Een fout in het bedrag kan betekenen dat iemand later veel moet terugbetalen. ' +
      'Daarom laat elk besluit zien hoe het bedrag is berekend, stap voor stap, met het wetsartikel bij elke stap. ' +
      'Iedereen kan de berekening nadoen met dezelfde regels en gegevens.',
    gegevens: [
      'Geboortedatum van de aanvrager en de toeslagpartner',
      'Zorgverzekering en woonland',
      'Inkomen van de aanvrager en de toeslagpartner',
      'Vermogen op 1 januari',
      'Wie de toeslagpartner is, en vanaf wanneer',
      'Of de aanvrager en de toeslagpartner rechtmatig in Nederland verblijven (een voorwaarde van de wet)',
    ],
    vingerafdruk: 'ae891bf8c3e5',
  },
  huurtoeslag: {
    naam: 'Berekening van de huurtoeslag',
    korteOmschrijving:
      'Dit algoritme berekent hoeveel huurtoeslag iemand krijgt. Het volgt de regels van de wet precies. Het kijkt naar de huur, het inkomen en vermogen, de leeftijd en wie er in het huis wonen.',
    doelEnImpact:
      'Huurtoeslag helpt mensen met een laag inkomen om hun huur te betalen. ' +
      'Het algoritme rekent het bedrag uit voor het voorschot, bij een wijziging en bij de definitieve berekening na het jaar. ' +
      `${SAMEN} ` +
      'Vanaf 2026 rekent de wet op een nieuwe manier. Het algoritme heeft beide manieren, elk met zijn eigen jaar. ' +
      'Een fout in het bedrag kan betekenen dat iemand later veel moet terugbetalen. ' +
      'Daarom laat elk besluit zien hoe het bedrag is berekend, stap voor stap, met het wetsartikel bij elke stap.',
    gegevens: [
      'Kale huur en servicekosten',
      'Inkomen van de aanvrager, de toeslagpartner en andere bewoners',
      'Vermogen op 1 januari',
      'Geboortedatum van de aanvrager, de toeslagpartner en andere bewoners',
      'Wie er in het huis wonen, en vanaf wanneer',
      'Of het huis een zelfstandige woonruimte is',
      'Of de aanvrager en de toeslagpartner rechtmatig in Nederland verblijven (een voorwaarde van de wet)',
    ],
    vingerafdruk: '47799c959e20',
  },
  kindgebonden_budget: {
    naam: 'Berekening van het kindgebonden budget',
    korteOmschrijving:
      'Dit algoritme berekent hoeveel kindgebonden budget iemand krijgt. Het volgt de regels van de wet precies. Het kijkt naar de kinderen en hun leeftijd, het inkomen, het vermogen en een eventuele toeslagpartner.',
    doelEnImpact:
      'Het kindgebonden budget is een bijdrage in de kosten van kinderen onder 18 jaar. ' +
      'Het algoritme rekent het bedrag uit voor het voorschot, bij een wijziging en bij de definitieve berekening na het jaar. ' +
      `${SAMEN} ` +
      'Een kind telt mee vanaf de maand na de geboorte. ' +
      'Een fout in het bedrag kan betekenen dat iemand later veel moet terugbetalen. ' +
      'Daarom laat elk besluit zien hoe het bedrag is berekend, stap voor stap, met het wetsartikel bij elke stap.',
    gegevens: [
      'Geboortedatum van de kinderen',
      'Of er kinderbijslag is voor het kind',
      'Inkomen van de aanvrager en de toeslagpartner',
      'Vermogen op 1 januari',
      'Wie de toeslagpartner is, en vanaf wanneer',
      'Of de aanvrager en de toeslagpartner rechtmatig in Nederland verblijven (een voorwaarde van de wet)',
    ],
    vingerafdruk: 'c6fae5a51438',
  },
  kinderopvangtoeslag: {
    naam: 'Berekening van de kinderopvangtoeslag',
    korteOmschrijving:
      'Dit algoritme berekent hoeveel kinderopvangtoeslag iemand krijgt. Het volgt de regels van de wet precies. Het kijkt naar de opvanguren, de uurprijs, de soort opvang, het inkomen en of de ouders werken of studeren.',
    doelEnImpact:
      'Kinderopvangtoeslag helpt ouders die werken of studeren om de kinderopvang te betalen. ' +
      'Het algoritme rekent het bedrag uit voor het voorschot, bij een wijziging en bij de definitieve berekening na het jaar. ' +
      `${SAMEN} ` +
      'De opvang geeft elke maand de uren door. Zo zien wij een verschil met de uren van de ouder vroeg. ' +
      'Een fout in de uren kan betekenen dat iemand later veel moet terugbetalen. ' +
      'Daarom laat elk besluit zien hoe het bedrag is berekend, stap voor stap, met het wetsartikel bij elke stap.',
    gegevens: [
      'Opvanguren per kind per maand, van de ouder en van de kinderopvang',
      'Uurprijs en soort opvang, en of de opvang geregistreerd is',
      'Inkomen van de aanvrager en de toeslagpartner',
      'Of de ouders werken, studeren of een traject volgen',
      'Of de aanvrager en de toeslagpartner rechtmatig in Nederland verblijven (een voorwaarde van de wet)',
    ],
    vingerafdruk: '69ba6256a170',
  },
};
