/**
 * @module
 * Content catalogue: the policy analyst's year simulation (/beleid/jaar, issue 20) and its ETA
 * figure on the team lead's overview. Plain Dutch for staff, not held to B1.
 */
export const jaarTeksten = {
  'site.menu.jaar': 'Jaarsimulatie',
  'beleid.jaar.link': 'Jaarsimulatie: een jaar van burgers door het echte proces',
  'beleid.jaar.titel': 'Jaarsimulatie 2026',
  'beleid.jaar.intro':
    'Synthetische huishoudens leven 2026 maand voor maand door de echte runs, uitvalregels, werkvoorraden, brieven en berichten. Elke variant draait op een eigen, tijdelijke database: de gegevens van deze server worden niet gebruikt of gewijzigd. Er draait één jaarsimulatie tegelijk.',
  'beleid.jaar.formulier': 'Een jaar simuleren',
  'beleid.jaar.huishoudens': 'Aantal huishoudens',
  'beleid.jaar.huishoudens.uitleg': 'Van 1 tot en met 2000. Reken op enkele minuten bij 200 huishoudens.',
  'beleid.jaar.varianten': 'Varianten',
  'beleid.jaar.varianten.uitleg': 'Met dezelfde seed leven de huishoudens in elke variant hetzelfde jaar.',
  'beleid.jaar.seed': 'Seed',
  'beleid.jaar.seed.uitleg':
    'Een geheel getal van 0 tot en met 2147483647; dezelfde seed geeft dezelfde huishoudens.',
  'beleid.jaar.start': 'Jaar simuleren',
  'beleid.jaar.fout.huishoudens': 'Vul een geheel aantal huishoudens in, van 1 tot en met 2000.',
  'beleid.jaar.fout.varianten': 'Kies minstens één variant.',
  'beleid.jaar.fout.seed': 'Vul als seed een geheel getal in van 0 tot en met 2147483647.',
  'beleid.jaar.variant.basis':
    'Basis (zonder partnermeldingen en contact vooraf; uitval pas bij het definitieve besluit)',
  'beleid.jaar.variant.product': 'Product (het proces van Regelmaat)',
  'beleid.jaar.kort.basis': 'Basis',
  'beleid.jaar.kort.product': 'Product',
  'beleid.jaar.varianten.uitleg.basis':
    'Basis: zonder partnermeldingen en contact vooraf; uitval pas bij het definitieve besluit.',
  'beleid.jaar.varianten.uitleg.product': 'Product: het proces van Regelmaat, met alles.',
  'beleid.jaar.doel.zaken.geen': 'Bij het definitieve besluit stond geen uitvalzaak open.',
  'beleid.jaar.runs': 'Jaarsimulaties op deze server',
  'beleid.jaar.runs.kolommen': 'Nummer|Huishoudens|Varianten|Seed|Stand|Gestart',
  'beleid.jaar.runs.geen': 'Er is nog geen jaarsimulatie gedraaid.',
  'beleid.jaar.terug': 'Terug naar de jaarsimulaties',
  'beleid.jaar.run.titel': 'Jaarsimulatie {id}',
  'beleid.jaar.run.opdracht':
    '{huishoudens} huishoudens, seed {seed}, varianten: {varianten}. Gestart op {gestart}.',
  'beleid.jaar.run.bezig':
    'Bezig met variant {variant}: {gedaan} van {totaal} gesimuleerde maanden klaar (alle varianten samen). Kijk over een paar seconden opnieuw.',
  'beleid.jaar.run.bezig.start': 'De simulatie begint. Kijk over een paar seconden opnieuw.',
  'beleid.jaar.run.voortgang': 'Voortgang van de jaarsimulatie',
  'beleid.jaar.run.bijwerken': 'Stand bijwerken',
  'beleid.jaar.run.mislukt': 'De jaarsimulatie is mislukt: {melding}',
  'beleid.jaar.run.klaar': 'Klaar op {klaarOp}. Database van de simulatie: {database}.',
  'beleid.jaar.doel': 'Het doel per variant',
  'beleid.jaar.doel.intro':
    'Het doel: ten minste 50 % minder terugvorderingen van € 1.000 of meer dan de basis, zonder meer onderbetaling, en elke uitvalzaak geopend vóór het besluit waar hij over gaat.',
  'beleid.jaar.doel.basis':
    '{variant}: dit is de basis waarmee vergeleken wordt; voor de basis geldt geen doel.',
  'beleid.jaar.doel.zonderBasis':
    '{variant}: het doel is niet te beoordelen, want de basis is niet gesimuleerd om mee te vergelijken.',
  'beleid.jaar.doel.geenVergelijking':
    '{variant}: niet gehaald. De basis heeft geen terugvorderingen van € 1.000 of meer, dus er valt niets te halveren.',
  'beleid.jaar.doel.gehaald': '{variant}: gehaald.',
  'beleid.jaar.doel.nietGehaald': '{variant}: niet gehaald.',
  'beleid.jaar.doel.minder':
    'Terugvorderingen van € 1.000 of meer: {aantal} tegen {basis} in de basis, {procent} % minder (doel: ten minste 50 %).',
  'beleid.jaar.doel.meer':
    'Terugvorderingen van € 1.000 of meer: {aantal} tegen {basis} in de basis, {procent} % meer (doel: ten minste 50 % minder).',
  'beleid.jaar.doel.onderbetaling.ok': 'Onderbetaling niet hoger dan in de basis ({bedrag} tegen {basis}).',
  'beleid.jaar.doel.onderbetaling.hoger': 'Onderbetaling hoger dan in de basis ({bedrag} tegen {basis}).',
  'beleid.jaar.doel.zaken.ok': 'Elke open uitvalzaak hield het definitieve besluit van het huishouden tegen.',
  'beleid.jaar.doel.zaken.fout':
    'Bij {aantal} van {zaken} open uitvalzaken ging het definitieve besluit toch al de deur uit.',
  'beleid.jaar.vanaf1000': '≥ € 1.000',
  'beleid.jaar.vanaf1500': '≥ € 1.500',
  'beleid.jaar.kol.variant': 'Variant',
  'beleid.jaar.grafiek.terug': 'Terugvorderingen van € 1.000 of meer en van € 1.500 of meer, per variant',
  'beleid.jaar.grafiek.terug.alt':
    'Staafdiagram: per variant het aantal huishoudens met een terugvordering van € 1.000 of meer en van € 1.500 of meer. De tabel ernaast geeft dezelfde aantallen.',
  'beleid.jaar.grafiek.aantal': 'Aantal huishoudens',
  'beleid.jaar.terugv': 'Terugvorderingen en nabetalingen',
  'beleid.jaar.terugv.kolommen':
    'Variant|Huishoudens|Terugvorderingen|Bedrag|≥ € 1.000|Bedrag ≥ € 1.000|≥ € 1.500|Bedrag ≥ € 1.500|Nabetalingen|Onderbetaling in het jaar',
  'beleid.jaar.hulp': 'Tijd tot hulp (dagen)',
  'beleid.jaar.hulp.intro':
    'Van de eerste gebeurtenis van het huishouden tot een zaak is geopend; van het openen van de zaak tot het eerste contact; van het openen tot het besluit (de zaak afgerond).',
  'beleid.jaar.hulp.kolommen': 'Variant en stap|Aantal|Gemiddeld|Mediaan|90e percentiel',
  'beleid.jaar.hulp.totZaak': 'tot zaak geopend',
  'beleid.jaar.hulp.totContact': 'geopend tot contact',
  'beleid.jaar.hulp.totBesluit': 'geopend tot besluit',
  'beleid.jaar.wacht': 'Doorlooptijd per zaaksoort (dagen)',
  'beleid.jaar.wacht.kolommen': 'Variant en zaaksoort|Geopend|Afgerond|Gemiddeld|Mediaan|90e percentiel',
  'beleid.jaar.wacht.geen': 'In geen enkele variant is een zaak geopend.',
  'beleid.jaar.contacten': 'Contact per huishouden',
  'beleid.jaar.contacten.kolommen':
    'Variant|Berichten|Gesprekken|Brieven|Berichten per huishouden|Gesprekken per huishouden|Brieven per huishouden',
  'beleid.jaar.eta': 'Klopte de verwachte afronding? (± 20 %)',
  'beleid.jaar.eta.intro':
    'Een zaak krijgt een verwachte afronding zodra een medewerker hem ziet. Hier staat hoe vaak de werkelijke doorlooptijd binnen 20 % van de verwachte doorlooptijd lag.',
  'beleid.jaar.eta.kolommen': 'Variant|Zaken met een verwachte afronding|Binnen ± 20 %|Aandeel',
  'beleid.jaar.eta.geen': 'niet gemeten',
  'beleid.jaar.aannames':
    'De aannames, hun bronnen en wat deze versie nog niet simuleert staan in docs/jaarsimulatie.md.',
  'werk.overzicht.eta': 'Klopte de verwachte afronding? (jaarsimulatie)',
  'werk.overzicht.eta.geen':
    'Er is op deze server nog geen jaarsimulatie gedraaid, dus er is nog geen cijfer over hoe vaak de verwachte afronding klopte.',
  'werk.overzicht.eta.intro':
    'Uit de laatste jaarsimulatie (nummer {id}, klaar op {datum}, {huishoudens} synthetische huishoudens): hoe vaak de werkelijke doorlooptijd van een zaak binnen 20 % van de verwachte lag.',
  'werk.overzicht.eta.regel': '{variant}: {binnen} van {gemeten} zaken binnen ± 20 % ({procent} %).',
  'werk.overzicht.eta.regel.geen': '{variant}: geen zaak met een verwachte afronding, dus niets gemeten.',
} as const;
