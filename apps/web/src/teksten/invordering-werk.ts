/** Staff texts of the recovery pages (issue 15): the household's ledger and plans, the team lead's counts. */
export const invorderingWerkTeksten = {
  'werk.invordering.titel': 'Invordering',
  'werk.invordering.intro':
    'Zoek een huishouden op BSN. U ziet dan de terugvorderingen, het grootboek en de betalingsregeling. Het bekijken wordt vastgelegd in het verwerkingenlogboek.',
  'werk.invordering.bsn': 'BSN van de aanvrager',
  'werk.invordering.zoek': 'Zoeken',
  'werk.invordering.geen': 'Dit huishouden heeft geen terugvorderingen.',
  'werk.invordering.vordering': '{naam} {jaar}: terugvordering {bedrag}, nog open {saldo}',
  'werk.invordering.uiterlijk':
    'Betalen uiterlijk {datum} (Awir art. 28: 6 weken na de dagtekening {dagtekening}).',
  'werk.invordering.grootboek': 'Grootboek van {naam} {jaar}',
  'werk.invordering.kol.datum': 'Datum',
  'werk.invordering.kol.soort': 'Soort',
  'werk.invordering.kol.bedrag': 'Bedrag',
  'werk.invordering.kol.omschrijving': 'Omschrijving',
  'werk.invordering.regeling': 'Betalingsregeling ({soort}), aangegaan op {op} door {door}',
  'werk.invordering.regelingDetail':
    '{termijnen} termijnen vanaf {eerste}, maandbedrag {maandbedrag}, laatste termijn {laatste}; schuld bij aangaan {schuld}; rest na de looptijd {rest}.',
  'werk.invordering.stand':
    'Verschuldigd tot nu {verschuldigd}, betaald sinds aangaan {betaald}, achterstand {achterstand}.',
  'werk.invordering.draagkracht':
    'Draagkracht ({leefsituatie}): inkomen {inkomen}, woonlasten {woonlasten}, zorgkosten {zorgkosten}, overige lasten {overig} per maand.',
  'werk.invordering.geenRegeling': 'Geen betalingsregeling.',
  'werk.invordering.cijfers': 'Cijfers van het team',
  'werk.invordering.cijfersTabel': 'Terugvorderingen naar grootte en stand',
  'werk.invordering.kol.wat': 'Wat',
  'werk.invordering.kol.aantal': 'Aantal',
  'werk.invordering.c.klein': 'Terugvordering onder € 500',
  'werk.invordering.c.middel': 'Terugvordering € 500 tot € 1.500',
  'werk.invordering.c.groot': 'Terugvordering € 1.500 of meer',
  'werk.invordering.c.totaal': 'Terugvorderingen in totaal',
  'werk.invordering.c.afbetaald': 'Helemaal afbetaald',
  'werk.invordering.c.inRegeling': 'Met een betalingsregeling',
  'werk.invordering.c.achter': 'Met een regeling, achter op schema',
  'werk.invordering.c.achterstallig': 'Zonder regeling, betaaltermijn voorbij',
  'werk.invordering.c.open': 'Nog open in totaal',
  'werk.invordering.begeleider':
    'Persoonlijk begeleider: nog niet gebouwd. Er is nog geen zaaktype en geen caseload per begeleider.',
  'werk.invordering.telefoon': 'Regeling vastleggen voor de burger (telefoon)',
  'werk.invordering.telefoonUitleg':
    'Lees de burger eerst het voorbeeld voor. Leg de regeling pas vast als de burger akkoord is.',
  'werk.invordering.soort': 'Soort regeling',
  'werk.invordering.soort.standaard': 'Standaardregeling (24 maanden, minimaal € 20)',
  'werk.invordering.soort.persoonlijk': 'Persoonlijke regeling naar betalingscapaciteit',
  'werk.invordering.bekijk': 'Voorbeeld berekenen',
  'werk.invordering.vastleggen': 'Regeling vastleggen',
  'werk.invordering.voorbeeld':
    'Voorbeeld: capaciteit {capaciteit} per maand; {termijnen} termijnen, maandbedrag {maandbedrag}, laatste termijn {laatste}; rest na de looptijd {rest}.',
  'werk.invordering.vastgelegd': 'De betalingsregeling is vastgelegd.',
} as const;
