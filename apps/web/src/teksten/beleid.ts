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
} as const;
