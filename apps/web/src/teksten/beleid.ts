/**
 * @module
 * Content catalogue, part 5: the policy analyst's simulations (/beleid/simulaties). Plain Dutch for
 * staff (the terms of the law and of a budget), not held to B1.
 */
export const beleidTeksten = {
  'beleid.titel': 'Uitvoeringstoets: hervormingen doorrekenen',
  'beleid.intro':
    'Reken een hervorming door op de synthetische populatie van 2026: wat kost of bespaart het per toeslag, en wie gaat erop vooruit of achteruit? Er worden geen gegevens van echte mensen gebruikt.',
  'beleid.kiezen': 'Meegeleverde hervormingen',
  'beleid.onderdelen': 'Onderdelen: {onderdelen}.',
  'beleid.start': 'Doorrekenen',
  'beleid.terug': 'Terug naar de hervormingen',
  'beleid.run.titel': 'Doorrekening {id}: {naam}',
  'beleid.run.wacht':
    'De doorrekening wacht op een eerdere doorrekening. Kijk over een paar seconden opnieuw.',
  'beleid.run.bezig': 'Bezig: {gedaan} van {totaal} huishoudens. Kijk over een paar seconden opnieuw.',
  'beleid.run.voortgang': 'Voortgang van de doorrekening',
  'beleid.run.bijwerken': 'Stand bijwerken',
  'beleid.run.mislukt': 'De doorrekening is mislukt: {melding}',
  'beleid.run.basis':
    '{huishoudens} gesimuleerde huishoudens, opgehoogd met factor {factor} naar alle huishoudens in Nederland. Bedragen per jaar.',
  'beleid.begroting': 'Begroting per toeslag (opgehoogd)',
  'beleid.begroting.kolommen': 'Toeslag|Basis|Hervorming|Verschil|Ontvangers basis|Ontvangers hervorming',
  'beleid.ontvangers': 'Ontvangers die meer of minder krijgen, of beginnen of stoppen (opgehoogd)',
  'beleid.ontvangers.kolommen': 'Toeslag|Meer|Minder|Nieuw|Stoppen',
  'beleid.decielen': 'Verandering per inkomensdeciel (aandeel van de huishoudens)',
  'beleid.typen': 'Verandering per huishoudtype (aandeel van de huishoudens)',
  'beleid.emmers.kolommen':
    'Groep|Winst meer dan 5%|Winst 0,1 tot 5%|Gelijk|Verlies 0,1 tot 5%|Verlies meer dan 5%|Gemiddelde verandering',
  'beleid.waterval': 'Effect per onderdeel (waterval, opgehoogd)',
  'beleid.waterval.kolommen': 'Onderdeel|Verschil tegenover het vorige',
  'beleid.beperkingen': 'Wat deze berekening niet meeneemt',
  'beleid.statisch':
    'De berekening is statisch: dezelfde huishoudens en inkomens onder beide regels, zonder gedragseffecten.',
  'beleid.emmer.winst-groot': 'Winst meer dan 5%',
  'beleid.emmer.winst-klein': 'Winst 0,1 tot 5%',
  'beleid.emmer.gelijk': 'Gelijk',
  'beleid.emmer.verlies-klein': 'Verlies 0,1 tot 5%',
  'beleid.emmer.verlies-groot': 'Verlies meer dan 5%',
  'beleid.grafieken': 'Grafieken',
  'beleid.grafiek.tabel': 'De cijfers van deze grafiek',
  'beleid.grafiek.legenda': 'Kleuren',
  'beleid.grafiek.deciel': 'Inkomensdeciel',
  'beleid.grafiek.onderdeel': 'Onderdeel',
  'beleid.grafiek.europerjaar': 'Euro per jaar',
  'beleid.grafiek.procent': 'Procent van de huishoudens',
  'beleid.grafiek.miljoen': 'Miljoen euro per jaar',
  'beleid.grafiek.extrazaken': 'Extra zaken (opgehoogd)',
  'beleid.grafiek.decielen': 'Gemiddelde verandering van de toeslagen per inkomensdeciel',
  'beleid.grafiek.decielen.alt':
    'Staafdiagram: per inkomensdeciel de gemiddelde verandering van de toeslagen van een huishouden, in euro per jaar. De tabel ernaast heeft de cijfers.',
  'beleid.grafiek.decielen.kolommen': 'Inkomensdeciel|Gemiddelde verandering per huishouden per jaar',
  'beleid.grafiek.winnaars': 'Winnaars en verliezers per inkomensdeciel',
  'beleid.grafiek.winnaars.alt':
    'Gestapeld staafdiagram: per inkomensdeciel het aandeel huishoudens in elk van de vijf groepen, van winst meer dan 5% tot verlies meer dan 5%. De tabel ernaast heeft de cijfers.',
  'beleid.grafiek.waterval': 'Waterval: het effect van elk onderdeel na elkaar',
  'beleid.grafiek.waterval.alt':
    'Watervaldiagram: per onderdeel van de hervorming het verschil in de begroting tegenover de regels ervoor, in miljoen euro per jaar, opgehoogd. De tabel ernaast heeft de cijfers.',
  'beleid.grafiek.waterval.kolommen': 'Onderdeel|Verschil tegenover het vorige|Verschil tot hier',
  'beleid.grafiek.werklast': 'Extra zaken per reden van uitval',
  'beleid.grafiek.werklast.alt':
    'Liggend staafdiagram: per reden van uitval hoeveel zaken er bij komen (of af gaan) door de hervorming, opgehoogd naar alle huishoudens. De tabel ernaast heeft de cijfers.',
  'beleid.grafiek.werklast.kolommen': 'Reden|Extra zaken|Extra uren',
  'beleid.werklast': 'Werklast voor de uitvoering (opgehoogd)',
  'beleid.werklast.intro':
    'De uitvalregels draaien op beide kanten, zoals bij de voorschotrun en de definitieve berekening. Geteld op {steekproef} huishoudens, opgehoogd naar alle huishoudens.',
  'beleid.werklast.kolommen': 'Onderwerp|Basis|Hervorming|Verschil',
  'beleid.werklast.zaken': 'Zaken uit uitval',
  'beleid.werklast.terug': 'Terugvorderingen van 1.000 euro of meer',
  'beleid.werklast.terugbedrag': 'Terugvorderingen in totaal',
  'beleid.werklast.gevolgen': 'Gevolgen van de hervorming (opgehoogd)',
  'beleid.werklast.gevolgen.kolommen': 'Onderwerp|Aantal',
  'beleid.werklast.voorschot': 'Huishoudens met een ander voorschot',
  'beleid.werklast.beschikkingen': 'Gewijzigde voorschotbeschikkingen',
  'beleid.werklast.lager': 'Waarvan een lager voorschot',
  'beleid.werklast.brieven': 'Brieven (beschikkingen en brieven van zaken)',
  'beleid.werklast.bezwaren': 'Verwachte bezwaren',
  'beleid.werklast.gesprekken': 'Verwachte telefoongesprekken',
  'beleid.werklast.uren': 'Uren werk in totaal (zaken, bezwaren, gesprekken)',
  'beleid.werklast.aannames':
    'De normen voor uren en de kansen op bezwaar en telefoontjes zijn aannames, geen gepubliceerde cijfers:',
  'beleid.werklast.schatting':
    'Terugvorderingen zijn een statische schatting: het voorschot op het geschatte inkomen tegenover het bedrag op het definitieve inkomen.',
  'beleid.export': 'Resultaat downloaden',
  'beleid.export.json': 'Als JSON',
  'beleid.export.csv': 'Als CSV',
  'beleid.vergelijk': 'Twee doorrekeningen naast elkaar',
  'beleid.vergelijk.titel': 'Vergelijking: doorrekening {a} en {b}',
  'beleid.vergelijk.a': 'Eerste doorrekening (nummer)',
  'beleid.vergelijk.b': 'Tweede doorrekening (nummer)',
  'beleid.vergelijk.knop': 'Vergelijken',
  'beleid.vergelijk.kolommen': 'Onderwerp|{a}|{b}',
  'beleid.vergelijk.niet-klaar': 'Doorrekening {id} is nog niet klaar.',
} as const;
