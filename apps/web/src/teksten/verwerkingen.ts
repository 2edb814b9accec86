/**
 * @module
 * Content catalogue: what each processing activity in a citizen's own log was for, and who did it,
 * in B1 words (the register's own names are staff words). One text per activity of the register
 * (`ACTIVITEIT_SLEUTELS`; the compiler refuses a missing one) and one per role. Staff names are
 * never shown: the role says what kind of person or part of the organisation acted.
 */
import type { ActiviteitSleutel } from '@regelmaat/logboek';

export const VERWERKING_UITLEG: Readonly<Record<ActiviteitSleutel, string>> = {
  'toeslag-berekenen': 'Wij berekenden uw toeslag en legden uit hoe wij dat deden.',
  'dossier-inzien': 'Iemand bekeek uw gegevens, bijvoorbeeld om een vraag van u te beantwoorden.',
  'wijziging-melden': 'Er is een wijziging in uw situatie doorgegeven en verwerkt.',
  'contactverzoek-indienen': 'U vroeg of wij u willen terugbellen.',
  'voorschot-vaststellen': 'Wij berekenden het voorschot voor het hele jaar.',
  maandbetaling: 'Wij betaalden uw toeslag voor een maand uit.',
  'definitief-vaststellen': 'Wij berekenden na afloop van het jaar het definitieve bedrag.',
  'beschikking-reproduceren': 'Wij controleerden of een berekening van ons opnieuw hetzelfde bedrag geeft.',
  'zaak-behandelen': 'Een medewerker werkte aan een zaak over uw toeslag.',
  'maatwerk-vastleggen': 'Een medewerker legde een besluit vast dat past bij uw situatie.',
  'contact-vastleggen': 'Wij schreven op dat wij contact met u hadden.',
  'partner-feit-melden': 'Een organisatie gaf gegevens over u aan ons door, bijvoorbeeld uw kinderopvang.',
  'logboek-inzien-auditor': 'Een controleur bekeek wie uw gegevens gebruikte. Zo controleren wij ons werk.',
  'eigen-logboek-inzien': 'U bekeek deze pagina.',
  'werkvoorraad-inzien': 'Een medewerker zag uw zaak in de lijst met werk.',
  'signaal-melden': 'Een medewerker meldde een probleem met de regels. Uw zaak was een voorbeeld.',
  'brief-inzien': 'Wij maakten een brief over uw toeslag, of iemand bekeek die brief.',
  'bezwaar-indienen': 'U maakte bezwaar tegen een besluit over uw toeslag, of wij schreven uw bezwaar op.',
  'bezwaar-behandelen': 'Een medewerker werkte aan uw bezwaar.',
  'bericht-inzien': 'Iemand bekeek de berichten die wij u in Mijn toeslagen stuurden.',
  'levensgebeurtenis-signaleren':
    'Wij keken of er binnenkort iets verandert in uw situatie, zoals een verjaardag van uw kind. Zo kunnen wij u op tijd een bericht sturen.',
  'terugvordering-inzien': 'Iemand bekeek wat u moet terugbetalen, of er is een betaling van u verwerkt.',
  'invordering-uitvoeren':
    'Onze computer keek wat u nog moet terugbetalen. Soms rekenden wij rente, hielden wij geld in op uw toeslag of stuurden wij een herinnering.',
  'persoonlijke-begeleiding':
    'Uw persoonlijk begeleider of zijn teamleider bekeek uw gegevens, of schreef op wat u samen bespraken.',
  'eerlijkheid-bewaken':
    'Wij telden hoe vaak onze regels mensen zoals u kozen voor een extra controle. Zo zien wij of dat eerlijk gaat.',
};

export const VERWERKING_ROL: Readonly<Record<string, string>> = {
  burger: 'U of iemand uit uw huishouden, via Mijn toeslagen',
  behandelaar: 'Een medewerker van Toeslagen',
  teamleider: 'Een teamleider van Toeslagen',
  beleidsmedewerker: 'Een beleidsmedewerker van Toeslagen',
  auditor: 'Een controleur van Toeslagen',
  partner: 'Een organisatie die gegevens aan ons geeft',
  systeem: 'Automatisch, door onze computer',
  anoniem: 'Iemand die niet was ingelogd',
};
export const VERWERKING_ROL_ONBEKEND = 'Niet vastgelegd';
