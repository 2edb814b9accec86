/**
 * @module
 * Content catalogue, part 2: the texts of the information pages (/toegankelijkheid, /privacy), in
 * B1 Dutch. The accessibility statement follows the shape of the DigiToegankelijk model statement
 * (Besluit digitale toegankelijkheid overheid): status, how it was tested, known problems,
 * contact. The status is honest: only our own automated and keyboard tests, no external audit.
 */
export const informatieTeksten = {
  'toegankelijk.titel': 'Toegankelijkheid',
  'toegankelijk.intro':
    'Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet of geen muis gebruikt. Hier leest u hoe ver wij daarmee zijn.',
  'toegankelijk.statusTitel': 'Hoe toegankelijk is deze website?',
  'toegankelijk.status':
    'Status: C. Wij hebben de eerste maatregelen genomen. De website is nog niet door een onafhankelijk bureau gekeurd.',
  'toegankelijk.norm':
    'Wij willen voldoen aan de regels voor toegankelijkheid: WCAG 2.1 op niveau AA. Die regels gelden voor alle websites van de overheid.',
  'toegankelijk.getestTitel': 'Hoe hebben wij getest?',
  'toegankelijk.getest1':
    'Bij elke wijziging test een computer alle pagina’s in de browser Chromium. Daarbij gebruiken wij het programma axe.',
  'toegankelijk.getest2':
    'Wij testen ook of de belangrijkste dingen werken met alleen een toetsenbord. Dus zonder muis.',
  'toegankelijk.getest3': 'De pagina’s werken ook zonder JavaScript.',
  'toegankelijk.problemenTitel': 'Wat werkt nog niet goed?',
  'toegankelijk.probleem1':
    'Wij hebben de website nog niet getest met een schermlezer. Een schermlezer leest de tekst op het scherm voor.',
  'toegankelijk.probleem2':
    'De uitleg bij een bedrag kan lang zijn. Daarom staat de uitleg in stukken die u open kunt klikken.',
  'toegankelijk.probleem3':
    'De links naar de wet gaan naar een andere website. Die website is in het Nederlands.',
  'toegankelijk.contactTitel': 'Werkt iets niet voor u?',
  'toegankelijk.contact':
    'Laat het ons weten. Dan lossen wij het op. Of wij helpen u op een andere manier. U krijgt binnen 5 werkdagen antwoord.',
  'toegankelijk.contactMail': 'Mail naar toegankelijkheid@regelmaat.example.',
  'toegankelijk.datum': 'Wij hebben deze verklaring gemaakt op 30 november 2026.',

  'privacy.titel': 'Privacy',
  'privacy.intro': 'Hier leest u wat wij doen met uw gegevens.',
  'privacy.demoTitel': 'Dit is een demo',
  'privacy.demo':
    'Op deze website staan alleen verzonnen mensen. Vul nooit echte gegevens in. Niet van uzelf en niet van anderen.',
  'privacy.proefTitel': 'Proefberekening',
  'privacy.proef':
    'Wat u invult bij de proefberekening, gebruiken wij alleen om te rekenen. Wij bewaren het niet.',
  'privacy.cookiesTitel': 'Cookies',
  'privacy.cookies':
    'Wij gebruiken alleen cookies die nodig zijn. Eén cookie onthoudt dat u bent ingelogd. Eén cookie beschermt de formulieren tegen misbruik.',
  'privacy.geenVolgen': 'Wij volgen u niet. Wij gebruiken geen cookies voor reclame of om u te meten.',
  'privacy.inzageTitel': 'Wat is er met mijn gegevens gedaan?',
  'register.titel': 'Algoritmeregister',
  'register.intro':
    'Wij gebruiken algoritmes om toeslagen te berekenen en om situaties te vinden die een mens moet bekijken. Hier leest u welke algoritmes dat zijn, waarom wij ze gebruiken en welke regels erin zitten.',
  'register.gemaakt':
    'Deze pagina maken wij uit de regels in de computer zelf. Zo klopt hij altijd met wat de computer doet. De gegevens gelden op {datum}.',
  'register.lijstTitel': 'Onze algoritmes',
  'register.doelTitel': 'Waarom gebruiken wij dit algoritme?',
  'register.tussenkomstTitel': 'Waar beslist een mens?',
  'register.gegevensTitel': 'Welke gegevens gebruikt het algoritme?',
  'register.grondslagTitel': 'Op welke wetsartikelen rust het?',
  'register.parametersTitel': 'Welke bedragen en percentages gebruikt het?',
  'register.parametersBijschrift': 'Bedragen en percentages op {datum}, met de bron',
  'register.regelsTitel': 'Welke regels kiezen een situatie voor een medewerker?',
  'register.regelsBijschrift': 'De regels, wat zij lezen en bij welk team de zaak komt',
  'register.gegevensRegels':
    'Een regel mag alleen deze gegevens lezen. Gegevens over afkomst of nationaliteit kan geen enkele regel lezen.',
  'register.kenmerkenTitel': 'Kenmerken',
  'register.kolom.omschrijving': 'Omschrijving',
  'register.kolom.waarde': 'Waarde',
  'register.kolom.vanaf': 'Geldt vanaf',
  'register.kolom.bron': 'Bron',
  'register.kolom.regel': 'Regel',
  'register.kolom.uitleg': 'Wat de regel doet',
  'register.kolom.gegevens': 'Leest',
  'register.kolom.team': 'Zaak en team',
  'register.terug': 'Terug naar het algoritmeregister',
  'register.json': 'Dit algoritme als gegevens (JSON)',
  'register.gereconstrueerd': '(niet uit de officiële tekst; nagebouwd uit andere bronnen)',
  'register.kenmerk.organisatie': 'Organisatie',
  'register.kenmerk.status': 'Status',
  'register.kenmerk.begindatum': 'In gebruik sinds',
  'register.kenmerk.categorie': 'Soort algoritme',
  'register.kenmerk.categorieB': 'B: een algoritme met impact op mensen',
  'register.kenmerk.thema': 'Thema',
  'register.kenmerk.contact': 'Contact',
  'register.kenmerk.bron': 'Broncode',
  'register.kenmerk.versie': 'Versie',
  'privacy.inzage':
    'Als u bent ingelogd, ziet u wanneer en waarvoor uw gegevens zijn gebruikt. U ziet ook wie: wat voor medewerker het was, of een organisatie, of onze computer. Namen van medewerkers tonen wij niet. Dat staat in uw eigen overzicht.',
} as const;

export type InformatieTekstKey = keyof typeof informatieTeksten;
