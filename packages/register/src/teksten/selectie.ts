/**
 * @module
 * The register texts of the exception detection (uitval): the entry as a whole and one B1
 * explanation per selection rule, each with the fingerprint of the rule it was written for. A test
 * fails when a rule is added, or changed after its text was written.
 */

export interface RegelTekst {
  /** B1: what the rule looks at, and why a person then looks. */
  readonly uitleg: string;
  readonly vingerafdruk: string;
}

export const SELECTIE_TEKST = {
  naam: 'Vroeg signaleren van situaties die een mens moet bekijken',
  korteOmschrijving:
    'Dit algoritme kijkt bij elke berekening of een mens het dossier eerst moet bekijken. Bijvoorbeeld bij een hoge terugbetaling of als gegevens ontbreken. Het verandert zelf geen bedrag.',
  doelEnImpact:
    'Het doel is om problemen te vinden voordat een besluit verstuurd wordt. ' +
    'Zo voorkomen wij dat iemand later veel moet terugbetalen of te weinig krijgt. ' +
    'Elke regel zoekt één soort situatie, met een vaste reden. ' +
    'Een regel mag alleen de gegevens lezen die hij vooraf noemt. ' +
    'Gegevens over afkomst of nationaliteit zijn niet te lezen voor de regels. ' +
    'Een regel zet een zaak klaar voor een medewerker. Hij verlaagt geen bedrag, stopt geen betaling en geeft niemand een label. ' +
    'De medewerker beslist wat er gebeurt en schrijft de reden op.',
} as const;

export const REGEL_TEKSTEN: Readonly<Record<string, RegelTekst>> = {
  HOGE_TERUGVORDERING: {
    uitleg:
      'De burger moet € 1.500 of meer terugbetalen. Dat kan na de definitieve berekening. Het kan ook eerder, als het voorschot tijdens het jaar omlaag gaat. Bijvoorbeeld na een wijziging of een melding van de kinderopvang. Er is dan al meer betaald dan het nieuwe bedrag. Dan vragen wij de burger eerst om zijn mening. Een medewerker kijkt of het bedrag klopt en niet te zwaar is.',
    vingerafdruk: 'c90723217bd0',
  },
  TERUGVORDERING_ZWAAR: {
    uitleg:
      'De terugbetaling is groot vergeleken met het inkomen van het huishouden. Dat kan na de definitieve berekening, of eerder als het voorschot tijdens het jaar omlaag gaat. Een medewerker kijkt of volledig terugvragen te zwaar is. Hij kan een betalingsregeling aanbieden die past bij wat iemand kan betalen.',
    vingerafdruk: '3a7a6ad76d8b',
  },
  SCHATTING_WIJKT_AF: {
    uitleg:
      'Het inkomen dat iemand voor dit jaar schat, wijkt veel af van het laatst bekende inkomen. Een medewerker vraagt na of de schatting klopt. Zo voorkomen wij een terugbetaling later, of een voorschot dat te laag is.',
    vingerafdruk: '665e4d9cda4c',
  },
  OPVANGUREN_VERSCHIL: {
    uitleg:
      'De ouder en de kinderopvang geven een ander aantal opvanguren door. Een medewerker vraagt na welke uren kloppen. Een klein verschil telt niet mee.',
    vingerafdruk: '48465671adf1',
  },
  PARTNER_CONFLICT: {
    uitleg:
      'De aanvraag en de registratie zeggen iets anders over de toeslagpartner. Een medewerker zoekt uit wat klopt, voordat het besluit verstuurd wordt.',
    vingerafdruk: '29538065a197',
  },
  ONTBREKENDE_GEGEVENS: {
    uitleg:
      'Er ontbreken gegevens die nodig zijn voor de berekening. Een medewerker vraagt de gegevens op en probeert de burger echt te bereiken, voordat er iets besloten wordt.',
    vingerafdruk: '800d2a8a31cc',
  },
  VERMOGEN_RAND: {
    uitleg:
      'Het vermogen ligt net onder de grens. Eén euro meer betekent dan: het hele jaar geen zorgtoeslag, huurtoeslag of kindgebonden budget. Een medewerker neemt contact op, zodat een fout in de schatting vroeg wordt verbeterd.',
    vingerafdruk: 'f216fb6670c0',
  },
  KIND_WORDT_18: {
    uitleg:
      'Een kind wordt dit jaar 18. Dan verandert het kindgebonden budget. Wij nemen vooraf contact op, zodat het huishouden niet verrast wordt.',
    vingerafdruk: '9cb08a62e293',
  },
  KOT_TABEL_ONZEKER: {
    uitleg:
      'Het bedrag van de kinderopvangtoeslag hangt af van een waarde in een tabel die wij niet zeker weten. Een medewerker controleert de officiële tekst voordat het bedrag vaststaat.',
    vingerafdruk: 'a22869ecb661',
  },
};
