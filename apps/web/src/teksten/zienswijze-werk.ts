/** Staff texts of the zienswijze page of a hearing case (issue 15, Awir art. 26b), /werk/zaken/<id>/zienswijze. */
export const zienswijzeWerkTeksten = {
  'werk.zienswijze.titel': 'Zienswijze bij zaak {id}',
  'werk.zienswijze.link': 'Open de zienswijze: berekening, reactie, termijn en beslissing',
  'werk.zienswijze.afrondenHier':
    'Deze zaak rondt u af op de pagina van de zienswijze. Dan gaan de aangehouden beschikkingen uit en worden de terugvorderingen geboekt.',
  'werk.zienswijze.berekening': 'Berekening in de brief',
  'werk.zienswijze.berekeningTabel': 'Terugvordering per toeslag over {jaar}',
  'werk.zienswijze.kol.toeslag': 'Toeslag',
  'werk.zienswijze.kol.voorschot': 'Voorschot',
  'werk.zienswijze.kol.jaarbedrag': 'Jaarbedrag',
  'werk.zienswijze.kol.terug': 'Terug',
  'werk.zienswijze.kol.nabetaling': 'Nabetaling',
  'werk.zienswijze.totaal':
    'Voorgenomen terugvordering in totaal: {bedrag} (brief van {briefdatum}, kenmerk {kenmerk}).',
  'werk.zienswijze.termijn': 'De burger kan reageren tot en met {datum}.',
  'werk.zienswijze.termijnVoorbij': 'De termijn om te reageren liep tot en met {datum} en is voorbij.',
  'werk.zienswijze.reacties': 'Wat de burger vindt',
  'werk.zienswijze.geenReactie': 'Er is nog geen reactie.',
  'werk.zienswijze.reactie': '{op}, {kanaal}{door}:',
  'werk.zienswijze.kanaal.portaal': 'via Mijn toeslagen',
  'werk.zienswijze.kanaal.telefoon': 'telefonisch',
  'werk.zienswijze.telefoon': 'Reactie vastleggen die de burger telefonisch gaf',
  'werk.zienswijze.telefoonLabel': 'Wat zei de burger?',
  'werk.zienswijze.telefoonKnop': 'Reactie vastleggen',
  'werk.zienswijze.maatwerk': 'Lagere terugvordering met maatwerk',
  'werk.zienswijze.maatwerkUitleg':
    'Is volledig terugvorderen onredelijk (Awir artikel 26 lid 2, artikel 13b)? Leg dan een maatwerkbesluit vast met een hoger jaarbedrag. Boven de drempel keurt een teamleider het goed (vier ogen).',
  'werk.zienswijze.maatwerkLink': 'Maatwerkbesluit vastleggen',
  'werk.zienswijze.geenMaatwerk': 'Er is geen maatwerkbesluit op deze zaak.',
  'werk.zienswijze.maatwerkRegel':
    'Besluit {id}, {toeslag}: jaarbedrag {standaard} wordt {afwijking}. Status: {status}.',
  'werk.zienswijze.wacht':
    'Een maatwerkbesluit wacht op goedkeuring van een teamleider (vier ogen). U kunt pas beslissen als het is beoordeeld.',
  'werk.zienswijze.beslissen': 'Beslissen',
  'werk.zienswijze.nietMijn': 'Alleen de behandelaar beslist. Pak de zaak eerst op op de pagina van de zaak.',
  'werk.zienswijze.zaakLink': 'Naar de zaak',
  'werk.zienswijze.nogNiet':
    'U kunt nog niet beslissen: er is geen reactie en de termijn loopt tot en met {datum}.',
  'werk.zienswijze.uitkomst.ongewijzigd':
    'Er is geen maatwerkbesluit van kracht. Als u nu beslist, blijft de terugvordering zoals in de brief.',
  'werk.zienswijze.uitkomst.verlaagd':
    'Er is een maatwerkbesluit van kracht. Als u nu beslist, gaat de terugvordering uit met het bedrag van het maatwerk.',
  'werk.zienswijze.motivering': 'Hoe heeft u de zienswijze gewogen?',
  'werk.zienswijze.knop.ongewijzigd': 'Beslissen: terugvordering ongewijzigd',
  'werk.zienswijze.knop.verlaagd': 'Beslissen: terugvordering verlaagd met maatwerk',
  'werk.zienswijze.beslist.ongewijzigd': 'Beslist op {op} door {door}: de terugvordering is ongewijzigd.',
  'werk.zienswijze.beslist.verlaagd':
    'Beslist op {op} door {door}: de terugvordering is verlaagd met maatwerk.',
  'werk.zienswijze.motiveringWas': 'Motivering: {tekst}',
  'werk.zienswijze.gedaan.telefoon': 'De reactie van de burger is vastgelegd.',
  'werk.zienswijze.gedaan.afgerond':
    'U heeft beslist. De beschikkingen zijn uitgegaan en de zaak is afgerond.',
  'werk.zienswijze.brief': 'De brief aan de burger',
} as const;
