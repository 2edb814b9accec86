/**
 * Texts of the citizen's zienswijze pages (issue 15, Awir art. 26b), in B1. The staff page is not
 * built yet: staff act through the services.
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
