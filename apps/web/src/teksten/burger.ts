/**
 * @module
 * Content catalogue: every text a citizen reads on the web pages, in one place, keyed, in B1 Dutch
 * (short sentences, common words, "u"). `{naam}` marks a value filled in at render time.
 * `teksten.test.ts` (with `controleerB1` of the kernel) checks each text: at most 20 words per sentence, no jargon without an
 * explanation. Staff texts are in `medewerker.ts` and are not held to B1.
 */
export const burgerTeksten = {
  // Site-wide
  'site.naam': 'Regelmaat Toeslagen (demo)',
  'site.demo':
    'Dit is een demo. Alle gegevens zijn verzonnen. Gebruik geen echte gegevens van uzelf of van anderen.',
  'site.naarInhoud': 'Direct naar de inhoud',
  'site.hoofdmenu': 'Hoofdmenu',
  'site.menu.home': 'Start',
  'site.menu.proefberekening': 'Proefberekening',
  'site.menu.inloggen': 'Inloggen',
  'site.menu.uitloggen': 'Uitloggen',
  'site.voettekst': 'Over deze website',
  'site.toegankelijkheid': 'Toegankelijkheid',
  'site.privacy': 'Privacy',
  'site.algoritmeregister': 'Algoritmeregister',
  'site.broncode': 'Deze website is open source.',
  'site.ingelogdAls': 'U bent ingelogd als {naam}.',

  // Start page
  'home.titel': 'Toeslagen: wat krijgt u en waarom?',
  'home.intro': 'Met een toeslag helpt de overheid u met de kosten van zorg, huur, kinderen en kinderopvang.',
  'home.kies': 'Wat wilt u doen?',
  'home.burger.titel': 'Ik wil mijn toeslagen zien',
  'home.burger.tekst': 'Log in met DigiD. Dan ziet u wat u krijgt en waarom.',
  'home.proef.titel': 'Ik wil uitrekenen wat ik kan krijgen',
  'home.proef.tekst': 'Doe een proefberekening. U hoeft niet in te loggen.',
  'home.medewerker.titel': 'Ik werk bij Dienst Toeslagen',
  'home.medewerker.tekst': 'Log in als medewerker.',
  'home.uitgelogd': 'U bent uitgelogd.',

  // Proefberekening: the form
  'proef.titel': 'Proefberekening toeslagen',
  'proef.intro':
    'Vul uw gegevens in. Dan ziet u hoeveel toeslag u ongeveer kunt krijgen. Wij bewaren niets van wat u invult.',
  'proef.verplicht': 'Velden met een sterretje (*) moet u invullen.',
  'proef.jaar': 'Voor welk jaar wilt u rekenen?',
  'proef.u': 'Over uzelf',
  'proef.geboortedatum': 'Uw geboortedatum',
  'proef.datumUitleg': 'Bijvoorbeeld 20-01-1996.',
  'proef.inkomen': 'Uw inkomen in dat jaar',
  'proef.inkomenUitleg':
    'Uw inkomen voor de belasting, voor het hele jaar. Een schatting is goed. Bijvoorbeeld 24500.',
  'proef.vermogen': 'Uw vermogen op 1 januari van dat jaar',
  'proef.vermogenUitleg':
    'Uw spaargeld, beleggingen en ander bezit, min uw schulden. Uw eigen huis telt niet mee. Leeg laten is € 0.',
  'proef.woonland': 'Woont u in Nederland?',
  'proef.verblijf': 'Heeft u de Nederlandse nationaliteit of een geldige verblijfsvergunning?',
  'proef.verzekerd': 'Heeft u een Nederlandse zorgverzekering?',
  'proef.ja': 'Ja',
  'proef.nee': 'Nee',
  'proef.partner': 'Heeft u een partner?',
  'proef.partnerUitleg': 'Bijvoorbeeld uw man of vrouw, of iemand met wie u samenwoont en een kind heeft.',
  'proef.partnerJa': 'Ja',
  'proef.partnerNee': 'Nee',
  'proef.partnerGegevens': 'Over uw partner',
  'proef.partnerGegevensUitleg': 'Vul dit alleen in als u een partner heeft.',
  'proef.partnerGeboortedatum': 'Geboortedatum van uw partner',
  'proef.partnerInkomen': 'Inkomen van uw partner in dat jaar',
  'proef.partnerVermogen': 'Vermogen van uw partner op 1 januari van dat jaar',
  'proef.partnerVermogenUitleg': 'Leeg laten is € 0.',
  'proef.partnerVerblijf':
    'Heeft uw partner de Nederlandse nationaliteit of een geldige verblijfsvergunning?',
  'proef.partnerVerzekerd': 'Heeft uw partner een Nederlandse zorgverzekering?',
  'proef.huur': 'Uw huur',
  'proef.huurUitleg': 'Vul dit alleen in als u een huis huurt.',
  'proef.kaleHuur': 'Kale huur per maand',
  'proef.kaleHuurUitleg': 'De huur zonder kosten voor gas, water en licht. Bijvoorbeeld 640.',
  'proef.servicekosten': 'Servicekosten per maand',
  'proef.servicekostenUitleg':
    'Bijvoorbeeld voor schoonmaak of licht in het trappenhuis. Dit telt alleen mee in 2025.',
  'proef.zelfstandig': 'Heeft uw huis een eigen voordeur, keuken, wc en douche?',
  'proef.zelfstandigUitleg': 'Alleen nodig als u huur invult. Een kamer met een gedeelde keuken is een nee.',
  'proef.kinderen': 'Uw kinderen',
  'proef.kinderenUitleg': 'Vul dit in voor elk kind dat bij u woont.',
  'proef.kind': 'Kind {nummer}',
  'proef.kindGeboortedatum': 'Geboortedatum van kind {nummer}',
  'proef.kinderbijslag': 'Krijgt u kinderbijslag voor kind {nummer}?',
  'proef.opvangSoort': 'Soort kinderopvang voor kind {nummer}',
  'proef.opvangGeen': 'Geen kinderopvang',
  'proef.opvangDag': 'Dagopvang (kinderdagverblijf)',
  'proef.opvangBso': 'Buitenschoolse opvang',
  'proef.opvangGastouder': 'Gastouder',
  'proef.opvangUren': 'Uren kinderopvang per maand voor kind {nummer}',
  'proef.opvangUrenUitleg': 'Bijvoorbeeld 96.',
  'proef.opvangUurprijs': 'Prijs per uur voor kind {nummer}',
  'proef.opvangUurprijsUitleg': 'Wat de opvang per uur vraagt. Bijvoorbeeld 11,60.',
  'proef.geregistreerd': 'Staat de opvang van kind {nummer} in het Landelijk Register Kinderopvang?',
  'proef.geregistreerdUitleg':
    'Alleen nodig bij kinderopvang. In dat register staat alle goedgekeurde opvang. Vraag het na bij uw opvang.',
  'proef.werkGroep': 'Werk of studie',
  'proef.werkGroepUitleg':
    'Alleen nodig als een kind naar de kinderopvang gaat. Kinderopvangtoeslag krijgt u meestal alleen als u werkt of studeert. Heeft u een partner? Dan geldt dat ook voor uw partner.',
  'proef.werk': 'Werkt of studeert u?',
  'proef.werkUitleg': 'Een traject naar werk of een cursus om in te burgeren telt ook.',
  'proef.partnerWerk': 'Werkt of studeert uw partner?',
  'proef.partnerWerkUitleg': 'Alleen nodig als u een partner heeft.',
  'proef.kindToevoegen': 'Nog een kind toevoegen',
  'proef.kindWeghalen': 'Laatste kind weghalen',
  'proef.berekenen': 'Bereken',

  // The fields as errors name them ("Vul {wat} in.")
  'veld.jaar': 'het jaar',
  'veld.geboortedatum': 'uw geboortedatum',
  'veld.inkomen': 'uw inkomen',
  'veld.vermogen': 'uw vermogen',
  'veld.partnerGeboortedatum': 'de geboortedatum van uw partner',
  'veld.partnerInkomen': 'het inkomen van uw partner',
  'veld.partnerVermogen': 'het vermogen van uw partner',
  'veld.kaleHuur': 'uw kale huur',
  'veld.servicekosten': 'uw servicekosten',
  'veld.kindGeboortedatum': 'de geboortedatum van kind {nummer}',
  'veld.kindUren': 'de uren kinderopvang van kind {nummer}',
  'veld.kindUurprijs': 'de prijs per uur voor kind {nummer}',

  // Errors
  'fout.samenvatting': 'Er is iets niet goed ingevuld',
  'fout.samenvattingUitleg': 'Verbeter de velden hieronder. Klik op een fout om naar het veld te gaan.',
  'fout.verplicht': 'Vul {wat} in.',
  'fout.datum': 'Vul {wat} in, zoals 20-01-1996.',
  'fout.datumToekomst': '{Wat} ligt na {jaar}. Vul een datum in uit {jaar} of eerder.',
  'fout.bedrag': 'Vul {wat} in als bedrag in euro, zoals 24500 of 640,50.',
  'fout.bedragNegatief': '{Wat} mag niet onder nul zijn.',
  'fout.bedragTeHoog': '{Wat} is te hoog. Kijk of u het goed heeft ingevuld.',
  'fout.teLang': '{Wat} is te lang. Maak de tekst korter.',
  'fout.uren': 'Vul {wat} in als aantal uren, zoals 96.',
  'fout.urenTeVeel': 'Een maand heeft niet meer dan {max} uur. Kijk of u {wat} goed heeft ingevuld.',
  'fout.keuze': 'Kies een antwoord bij de vraag: {vraag}',
  'fout.opvangZonderUren': 'Vul {wat} in. Of kies geen kinderopvang voor kind {nummer}.',
  'fout.bsn': 'Dit is geen goed BSN. Een BSN heeft 9 cijfers. Kijk of u het goed heeft overgenomen.',
  'fout.algemeen': 'Dit klopt niet bij {wat}: {melding}',
  'fout.algemeenZonderVeld': 'Dit klopt niet: {melding}',

  // Proefberekening: result
  'uitkomst.titel': 'Uw uitkomst',
  'uitkomst.intro': 'Dit is een schatting voor {jaar}. U kunt hier geen rechten aan ontlenen.',
  'uitkomst.perMaand': '{bedrag} per maand',
  'uitkomst.perJaar': '{bedrag} over het hele jaar',
  'uitkomst.wisselt': 'Het bedrag is niet elke maand gelijk.',
  'uitkomst.maand': 'Maand',
  'uitkomst.bedrag': 'Bedrag',
  'uitkomst.geenRecht': 'U krijgt geen {toeslag}.',
  'uitkomst.nietVanToepassing': 'Dit geldt niet voor u.',
  'uitkomst.nietBerekenbaar': 'Dit kunnen wij nu niet uitrekenen.',
  'uitkomst.opnieuw': 'Gegevens aanpassen',
  'uitkomst.maandenTabel': 'Bedrag per maand voor {toeslag}',
  'uitkomst.buitenland':
    'Deze proefberekening rekent alleen voor mensen die in Nederland wonen. Woont u in een ander land? Soms kunt u dan toch zorgtoeslag of kindgebonden budget krijgen.',
  'aanname.titel': 'Hiervan zijn wij uitgegaan',
  'aanname.intro': 'Niet alles hebben wij gevraagd. Voor de rest rekenen wij zo:',
  'aanname.heleJaar':
    'Wat u invult, geldt voor het hele jaar {jaar}. Verandert er iets in dat jaar? Dan kan het bedrag anders zijn.',
  'aanname.geenVermogen': 'U heeft geen vermogen ingevuld. Wij rekenen met € 0.',
  'aanname.geenVermogenPartner': 'U heeft geen vermogen van uw partner ingevuld. Wij rekenen met € 0.',
  'aanname.partnerInNederland': 'Uw partner woont ook in Nederland, op uw adres.',
  'aanname.medebewoners': 'Er wonen geen andere mensen bij u dan wie u hier heeft ingevuld.',
  'aanname.kinderen': 'Uw kinderen hebben geen eigen inkomen of vermogen.',
  'aanname.aanpassen': 'Klopt iets niet? Pas dan uw gegevens hieronder aan en reken opnieuw.',

  // "Waarom dit bedrag?"
  'uitleg.waarom': 'Waarom dit bedrag?',
  'uitleg.waaromNiet': 'Waarom krijgt u dit niet?',
  'uitleg.nietVoldaan': 'U voldoet niet aan deze voorwaarde:',
  'uitleg.periode': '{van} tot en met {tot}',
  'uitleg.heleJaar': 'Het hele jaar',
  'uitleg.hoe': 'Hoe is dit berekend?',
  'uitleg.wet': 'Lees de wet: {artikel}',
  'uitleg.bron': 'Bron: {bron}',
  'uitleg.jaar': 'Van maandbedragen naar het bedrag voor het jaar',

  // Login (DigiD simulation)
  'inloggen.titel': 'Inloggen met DigiD (simulatie)',
  'inloggen.simulatie':
    'Dit is geen echte DigiD. Het is een nagemaakte inlog voor deze demo. Vul een verzonnen BSN in.',
  'inloggen.bsn': 'Burgerservicenummer (BSN)',
  'inloggen.bsnUitleg': 'Uw BSN heeft 9 cijfers. Bijvoorbeeld 999992351.',
  'inloggen.veld.bsn': 'uw BSN',
  'inloggen.knop': 'Inloggen',
  'inloggen.uit': 'Inloggen met DigiD kan op deze website niet.',
  'inloggen.uitUitleg': 'De beheerder heeft de nagemaakte DigiD niet aangezet.',
  'inloggen.teVaak.titel': 'Te veel pogingen om in te loggen',
  'inloggen.teVaak.tekst':
    'Er is te vaak geprobeerd in te loggen. Wacht {wacht} en probeer het dan opnieuw. Zo beschermen we uw gegevens.',
  'ongeldigeTekens.titel': 'Dit formulier bevat tekens die niet kunnen',
  'ongeldigeTekens.tekst':
    'Een van de velden bevat een teken dat niet is toegestaan (bijvoorbeeld een nul-teken). Ga terug, pas het veld aan en verstuur het formulier opnieuw.',
  'uitloggen.titel': 'Uitloggen',
  'uitloggen.vraag': 'Wilt u uitloggen?',
  'uitloggen.knop': 'Uitloggen',

  // Errors and missing pages
  'nietGevonden.titel': 'Deze pagina bestaat niet',
  'nietGevonden.tekst': 'Misschien is de link oud. Of er zit een typfout in het adres.',
  'nietGevonden.verder': 'Ga naar de startpagina',
  'fout.titel': 'Er ging iets mis',
  'fout.tekst': 'Dat is onze fout. Probeer het later nog een keer.',
  'formulierVerlopen.titel': 'Het formulier is verlopen',
  'formulierVerlopen.tekst':
    'Wij konden niet zien dat het formulier van deze website kwam. Open de pagina opnieuw en probeer het nog een keer.',
  'geenToegang.titel': 'U moet eerst inloggen',
  'geenToegang.tekst': 'Log in om deze pagina te zien.',
} as const;

export type BurgerTekstKey = keyof typeof burgerTeksten;
