/**
 * Texts of the zienswijze pages (issue 15, Awir art. 26b): the citizen's response (B1) and the
 * case worker's page to write down a phone response and decide.
 */
export const zienswijzeBurgerTeksten = {
  'zienswijze.lijst.titel': 'Uw mening over terugbetalen',
  'zienswijze.lijst.intro':
    'Moet u veel terugbetalen? Dan vragen wij eerst wat u ervan vindt. Hier ziet u die brieven en kunt u reageren.',
  'zienswijze.lijst.leeg': 'Wij hebben u niet om uw mening gevraagd over terugbetalen.',
  'zienswijze.lijst.link': 'Brieven waarin wij u om uw mening vragen',
  'zienswijze.lijst.kop': 'Brief van {datum}: wij willen {bedrag} terugvragen over {jaar}',
  'zienswijze.lijst.open': 'U kunt reageren tot en met {datum}.',
  'zienswijze.lijst.openVoorbij':
    'De datum om te reageren was {datum}. U kunt nog reageren zolang wij niet hebben beslist.',
  'zienswijze.lijst.besloten': 'Wij hebben hierover beslist. U kreeg daarover een brief.',
  'zienswijze.lijst.bekijk': 'Bekijk de brief en reageer',
  'zienswijze.reactie.kop': 'Uw reactie',
  'zienswijze.reactie.eerder': 'Wat u ons liet weten',
  'zienswijze.reactie.portaal': 'Op {moment} schreef u:',
  'zienswijze.reactie.telefoon': 'Op {moment} vertelde u aan de telefoon:',
  'zienswijze.reactie.veld': 'Wat vindt u ervan?',
  'zienswijze.reactie.uitleg':
    'Schrijf bijvoorbeeld of de bedragen kloppen, of waarom terugbetalen voor u zwaar is.',
  'zienswijze.reactie.knop': 'Reactie versturen',
  'zienswijze.reactie.ontvangen': 'Wij hebben uw reactie ontvangen. Een medewerker leest die.',
  'zienswijze.reactie.leeg': 'Schrijf uw reactie.',
  'zienswijze.reactie.teLang': 'Uw reactie is te lang. Gebruik ten hoogste 4.000 tekens.',
  'zienswijze.reactie.besloten': 'Wij hebben al beslist. Reageren kan niet meer.',
  'zienswijze.terugbetalen.voorgenomen':
    'U hoeft nu nog niets terug te betalen. Wij willen {bedrag} terugvragen, maar vragen eerst wat u ervan vindt.',
  'zienswijze.terug': 'Terug naar uw brieven over terugbetalen',
} as const;

export const zienswijzeWerkTeksten = {
  'werk.zienswijze.titel': 'Zienswijze bij zaak {id}',
  'werk.zienswijze.intro':
    'Awir art. 26b: bij een terugvordering van € 1.500 of meer hoort de burger eerst. Brief van {briefdatum}, reageren tot en met {uiterlijk}. Totaal voorgenomen: {totaal}.',
  'werk.zienswijze.berekening': 'Berekening uit de brief',
  'werk.zienswijze.kol.toeslag': 'Toeslag',
  'werk.zienswijze.kol.voorschot': 'Voorschot',
  'werk.zienswijze.kol.recht': 'Recht op',
  'werk.zienswijze.kol.terug': 'Terugvragen',
  'werk.zienswijze.reacties': 'Reacties',
  'werk.zienswijze.geenReactie': 'Nog geen reactie.',
  'werk.zienswijze.reactie': '{moment}, {kanaal}: {tekst}',
  'werk.zienswijze.telefoon': 'Telefonische reactie vastleggen',
  'werk.zienswijze.telefoonVeld': 'Wat vertelde de burger?',
  'werk.zienswijze.telefoonKnop': 'Reactie vastleggen',
  'werk.zienswijze.maatwerk':
    'Minder terugvorderen (Awir art. 26 lid 2, 13b) gaat via een maatwerkbesluit op de zaak, met vier ogen boven de drempel.',
  'werk.zienswijze.naarZaak': 'Naar de zaak (maatwerk)',
  'werk.zienswijze.afronden': 'Beslissen en versturen',
  'werk.zienswijze.afrondenUitleg':
    'De aangehouden beschikkingen gaan dan uit en de terugvorderingen worden geboekt. De zaak wordt afgerond.',
  'werk.zienswijze.motivering': 'Hoe heeft u de zienswijze gewogen?',
  'werk.zienswijze.afrondenKnop': 'Beslissen',
  'werk.zienswijze.besloten': 'Besloten op {moment} door {door}: {uitkomst}. {motivering}',
  'werk.zienswijze.uitkomst.ongewijzigd': 'terugvordering ongewijzigd',
  'werk.zienswijze.uitkomst.verlaagd': 'terugvordering verlaagd met maatwerk',
  'werk.zienswijze.link': 'Zienswijze en beslissen',
} as const;
