/**
 * @module
 * Content catalogue: every text a citizen reads on the web pages, in one place, keyed, in B1 Dutch
 * (short sentences, common words, "u"). `{naam}` marks a value filled in at render time.
 * `b1-lint.test.ts` checks each text: at most 20 words per sentence, no jargon without an
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
  'proef.partner': 'Heeft u een partner?',
  'proef.partnerUitleg': 'Bijvoorbeeld uw man of vrouw, of iemand met wie u samenwoont en een kind heeft.',
  'proef.partnerJa': 'Ja',
  'proef.partnerNee': 'Nee',
  'proef.partnerGegevens': 'Over uw partner',
  'proef.partnerGegevensUitleg': 'Vul dit alleen in als u een partner heeft.',
  'proef.partnerGeboortedatum': 'Geboortedatum van uw partner',
  'proef.partnerInkomen': 'Inkomen van uw partner in dat jaar',
  'proef.huur': 'Uw huur',
  'proef.huurUitleg': 'Vul dit alleen in als u een huis huurt.',
  'proef.kaleHuur': 'Kale huur per maand',
  'proef.kaleHuurUitleg': 'De huur zonder kosten voor gas, water en licht. Bijvoorbeeld 640.',
  'proef.servicekosten': 'Servicekosten per maand',
  'proef.servicekostenUitleg':
    'Bijvoorbeeld voor schoonmaak of licht in het trappenhuis. Dit telt alleen mee in 2025.',
  'proef.kinderen': 'Uw kinderen',
  'proef.kinderenUitleg': 'Vul dit in voor elk kind dat bij u woont.',
  'proef.kind': 'Kind {nummer}',
  'proef.kindGeboortedatum': 'Geboortedatum van kind {nummer}',
  'proef.opvangSoort': 'Soort kinderopvang voor kind {nummer}',
  'proef.opvangGeen': 'Geen kinderopvang',
  'proef.opvangDag': 'Dagopvang (kinderdagverblijf)',
  'proef.opvangBso': 'Buitenschoolse opvang',
  'proef.opvangGastouder': 'Gastouder',
  'proef.opvangUren': 'Uren kinderopvang per maand voor kind {nummer}',
  'proef.opvangUrenUitleg': 'Bijvoorbeeld 96.',
  'proef.opvangUurprijs': 'Prijs per uur voor kind {nummer}',
  'proef.opvangUurprijsUitleg': 'Wat de opvang per uur vraagt. Bijvoorbeeld 11,60.',
  'proef.kindToevoegen': 'Nog een kind toevoegen',
  'proef.kindWeghalen': 'Laatste kind weghalen',
  'proef.berekenen': 'Bereken',

  // Proefberekening: errors
  'fout.samenvatting': 'Er is iets niet goed ingevuld',
  'fout.samenvattingUitleg': 'Verbeter de velden hieronder. Klik op een fout om naar het veld te gaan.',
  'fout.verplicht': 'Vul dit veld in.',
  'fout.datum': 'Vul een datum in zoals 20-01-1996.',
  'fout.datumToekomst': 'Deze datum ligt na het jaar van de berekening.',
  'fout.bedrag': 'Vul een bedrag in euro in, zoals 24500 of 640,50.',
  'fout.bedragNegatief': 'Het bedrag mag niet onder nul zijn.',
  'fout.uren': 'Vul een aantal uren in, zoals 96.',
  'fout.keuze': 'Kies een van de mogelijkheden.',
  'fout.opvangZonderUren': 'Vul de uren en de prijs per uur in. Of kies geen kinderopvang.',
  'fout.bsn': 'Dit is geen goed BSN. Een BSN heeft 9 cijfers. Kijk of u het goed heeft overgenomen.',
  'fout.algemeen': 'Dit klopt niet: {melding}',

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
