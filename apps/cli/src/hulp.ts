/** The help texts of the `regelmaat` command: the overview and one per command (`regelmaat <opdracht> --help`). */

const DATABASE =
  'Database: PGlite in .data/regelmaat (een andere map met REGELMAAT_DATA), of PostgreSQL via DATABASE_URL.';

/** The help of each command, by its name as typed. `main` shows it for `--help` or `-h`. */
export const OPDRACHT_HULP = {
  bereken: `Gebruik: regelmaat bereken <bestand.json | -> [--json] [--zonder-uitleg]

Rekent één huishouden door: per toeslag het bedrag per maand en over het jaar, met de uitleg
(Waarom dit bedrag?) en bij elke stap het wetsartikel.

  <bestand.json>     het huishouden als JSON; - leest het van standaardinvoer
  --json             uitvoer als JSON (bedragen in eurocent)
  --zonder-uitleg    alleen de bedragen, zonder uitleg

Voorbeelden staan in packages/law/examples/, het invoerformaat in docs/invoer.md.
Exitcodes: 0 klaar, 2 ongeldige invoer of gebruik, 3 een toeslag kon niet worden berekend.
`,
  schema: `Gebruik: regelmaat schema

Schrijft het JSON Schema van de invoer van regelmaat bereken naar standaarduitvoer.
`,
  populatie: `Gebruik: regelmaat populatie genereer --huishoudens N [--seed S] [--jaar J] [--batch B] [--workers W]
         regelmaat populatie kalibratie --huishoudens N [--seed S] [--jaar J]

genereer     zet een synthetische populatie in het dossier en toont de kalibratietabel
kalibratie   toont alleen de kalibratietabel (zonder database)

  --huishoudens N    aantal huishoudens (verplicht)
  --seed S           startwaarde van de toevalsgenerator (standaard 1)
  --jaar J           berekeningsjaar, 2025 of 2026 (standaard 2026)
  --batch B          huishoudens per transactie (standaard 10.000)
  --workers W        W processen laden tegelijk (alleen PostgreSQL)

${DATABASE}
`,
  run: `Gebruik: regelmaat run voorschot  --jaar J [--workers N] [--partitie P] [--bekend-op T] [--lease S]
         regelmaat run betaling   --jaar J --maand M [--workers N] [--partitie P] [--lease S]
         regelmaat run definitief --jaar J [--workers N] [--partitie P] [--bekend-op T] [--lease S]

Voert een run van het jaar uit: voorschotbeschikkingen, de betalingen van een maand, of de
definitieve berekening met verrekening. Een onderbroken run gaat verder waar hij was.

  --jaar J           berekeningsjaar, 2025 of 2026 (verplicht)
  --maand M          de maand van de betaling, 1 tot en met 12 (alleen bij betaling)
  --workers N        N workerprocessen (alleen PostgreSQL; standaard 1)
  --partitie P       huishoudens per partitie (standaard 5.000)
  --bekend-op T      het dossier zoals het bekend was op tijdstip T
  --lease S          lease van een partitie in seconden (standaard 30)

${DATABASE}
`,
  worker: `Gebruik: regelmaat worker --run ID [--lease S] [--naam NAAM]

Werkt mee aan run ID tot alle partities klaar zijn (PostgreSQL via DATABASE_URL; ook op een
andere machine).

  --run ID           de run (verplicht)
  --lease S          lease van een partitie in seconden (standaard 30)
  --naam NAAM        naam van deze worker in de run (standaard machine en proces)
`,
  rapport: `Gebruik: regelmaat rapport ID

Toont het rapport van run ID: aantallen en bedragen per toeslag.

${DATABASE}
`,
  beschikking: `Gebruik: regelmaat beschikking reproduceer ID
       regelmaat beschikking steekproef --run ID [--aantal 1000] [--zaad 1]

reproduceer: berekent beschikking ID opnieuw uit het dossier zoals het toen bekend was, met de
eigen parameterset van de beschikking, en vergelijkt.
steekproef: trekt --aantal beschikkingen uit run ID (dezelfde trekking bij hetzelfde --zaad),
reproduceert ze allemaal, en meldt hoeveel gelijk zijn, hoeveel per seconde, en van elke
afwijkende beschikking wat verschilt.
Exitcodes: 0 gelijk, 4 niet (allemaal) gelijk, 2 de beschikking of run bestaat niet.

${DATABASE}
`,
  demo: `Gebruik: regelmaat demo [--huishoudens N] [--map MAP]

Laat alles in één keer zien: één huishouden met uitleg, dan een synthetische populatie in een
nieuwe ingebouwde database, het jaar als batch (voorschot, betaling januari, definitieve
berekening), één beschikking gereproduceerd en een hervorming doorgerekend (uitvoeringstoets).

  --huishoudens N    aantal huishoudens (standaard 5.000)
  --map MAP          map van de database (standaard REGELMAAT_DATA, anders .data/demo);
                     de map wordt eerst leeggemaakt, alleen als het een lege map of een demomap is
`,
  server: `Gebruik: regelmaat server [--poort 3000] [--host 127.0.0.1] [--demo] [--huishoudens 3000]
                        [--alleen-api] [--processen N] [--achter-tls] [--vertrouwde-proxy ADRES]

Start de API (/v1) en de website.

  --poort P                 poort (standaard PORT, anders 3000; 0 kiest een vrije poort)
  --host H                  adres om op te luisteren (standaard 127.0.0.1)
  --demo                    vul een lege database met demogegevens, zet de DigiD-simulatie aan
  --huishoudens N           grootte van de demo (standaard 3.000)
  --alleen-api              alleen de API, zonder website
  --processen N             N processen delen de poort (alleen PostgreSQL)
  --achter-tls              achter HTTPS: Secure-cookies en HSTS (ook REGELMAAT_ACHTER_TLS=1)
  --vertrouwde-proxy ADRES  geloof X-Forwarded-For alleen van deze proxy (ook REGELMAAT_VERTROUWDE_PROXY)
  --stil                    geen verzoeken in het log

${DATABASE}
`,
  logboek: `Gebruik: regelmaat logboek opschonen

Past de bewaartermijnen van het verwerkingsregister toe op het verwerkingenlogboek: verwerkingen
die langer geleden eindigden dan de bewaartermijn van hun activiteit worden verwijderd, via de
functie die alleen de eigenaar van het schema mag gebruiken (op PostgreSQL: REGELMAAT_EIGENAAR_URL).
Elke toepassing wordt vastgelegd; nog een keer op dezelfde dag verwijdert niets meer.

${DATABASE}
`,
  simuleer: `Gebruik: regelmaat simuleer (--hervorming <bestand.yaml | naam> | --scenario <nummer>) [--huishoudens N] [--seed S]
                         [--threads T] [--momentopname BESTAND] [--json]

Rekent een hervorming door op de synthetische populatie (uitvoeringstoets): de begroting per
toeslag, wie erop vooruit en achteruit gaat per inkomensdeciel en huishoudtype, en het effect van
elk onderdeel (waterval). Zonder database, behalve met --scenario.

  --hervorming H     een hervorming in YAML, of de naam van een meegeleverde hervorming
                     (huurtoeslag-2026-pakket, indexatie-kindgebonden-budget,
                     kinderopvangtoeslag-96-procent, normhuur-variant)
  --scenario S       het nummer van een opgeslagen scenario (/beleid/scenarios) uit de
                     database (DATABASE_URL, of de ingebouwde database van de server)
  --huishoudens N    aantal gesimuleerde huishoudens (standaard 100.000)
  --seed S           startwaarde van de populatie (standaard 1)
  --threads T        rekenthreads (standaard 2, of minder als de machine minder kernen heeft)
  --momentopname B   bestand van de populatie in kolommen (standaard in de tijdelijke map);
                     wordt één keer gemaakt en daarna hergebruikt
  --json             uitvoer als JSON (bedragen in eurocent over de gesimuleerde huishoudens)

Het formaat van een hervorming staat in packages/simulatie/README.md.
`,
  invordering: `Gebruik: regelmaat invordering run --maand JJJJ-MM [--partitie N] [--json]

De maandelijkse invordering voor een maand die voorbij is: per openstaande terugvordering de
invorderingsrente (Awir art. 29) en de verrekening met de toeslag van die maand (Awir art. 30, nooit
onder de beslagvrije voet) als boekingen, en een herinnering of aanmaning als brief (gegevens). Geen
aanmaning bij een regeling die op schema ligt of bij een persoonlijk begeleider. Opnieuw starten met
dezelfde maand gaat verder waar de run stopte; niets wordt twee keer geboekt of verstuurd.

  --maand M          de maand (JJJJ-MM), voorbij
  --partitie N       terugvorderingen per transactie (standaard 500)
  --json             de cijfers als JSON
`,
  levensgebeurtenissen: `Gebruik: regelmaat levensgebeurtenissen [--peildatum JJJJ-MM-DD] [--partitie N] [--json]

Zoekt huishoudens waarin over een tot twee maanden iets verandert: een kind wordt 4, 12, 16 of 18,
de AOW-leeftijd, het einde van kinderopvang of huur, een partner of medebewoner die komt of gaat,
een bekende inkomenswijziging. Rekent het gevolg per toeslag uit, stuurt een bericht naar Mijn
berichten en plant een belafspraak (team Klantcontact) bij huishoudens die het al moeilijk hebben.
Opnieuw starten met dezelfde peildatum gaat verder waar de run stopte; niets wordt twee keer verstuurd.

  --peildatum D      de dag waarvandaan gekeken wordt (standaard vandaag; niet in de toekomst)
  --partitie N       huishoudens per transactie (standaard 500)
  --json             de cijfers als JSON

${DATABASE}
`,
  jaar: `Gebruik: regelmaat jaar simuleer [--huishoudens N] [--varianten basis,product] [--seed S] [--json]

Simuleert 2026 maand voor maand voor een synthetische populatie, door de echte runs en diensten van
het product met een gesimuleerde klok: voorschot, wijzigingen (laat of nooit doorgegeven), de
maandbetalingen, de medewerkers die zaken in volgorde van de werkvoorraad afhandelen, en na het jaar
de definitieve berekening met terugvorderingen en nabetalingen. Variant basis: geen partnergegevens,
geen bericht vóór een levensgebeurtenis, uitval pas bij de definitieve berekening. Variant product:
de kinderopvang meldt het einde meteen, het huishouden krijgt een bericht en reageert (aanname).
Toont per variant de terugvorderingen, de tijd tot hulp, de wachttijden, de contacten, hoe vaak de
verwachte datum klopte, en de doelregel. Elke variant krijgt een eigen, tijdelijke database.

  --huishoudens N    aantal huishoudens (standaard 500: een jaar in een paar minuten)
  --varianten V      basis, product of basis,product (standaard beide)
  --seed S           de seed van populatie en gebeurtenissen (standaard 1); dezelfde seed, dezelfde uitkomst
  --json             het resultaat als JSON (bedragen in eurocent)

Aannames en bronnen: docs/jaarsimulatie.md. ${DATABASE}
`,
} as const;

export type OpdrachtNaam = keyof typeof OPDRACHT_HULP;

/** The overview: `regelmaat`, `regelmaat help`, `regelmaat --help`. */
export const HULP = `regelmaat — reken toeslagen uit zoals de wet het doet

Eén huishouden:
  regelmaat bereken <bestand.json | ->   reken een huishouden door (- leest van standaardinvoer)
      --json                             uitvoer als JSON (bedragen in eurocent)
      --zonder-uitleg                    alleen de bedragen, zonder uitleg
  regelmaat schema                       het JSON Schema van de invoer

Het jaar als batch (database: PGlite in .data/regelmaat, of PostgreSQL via DATABASE_URL):
  regelmaat populatie genereer --huishoudens N [--seed S] [--jaar 2026]
  regelmaat populatie kalibratie --huishoudens N [--seed S] [--jaar 2026]
  regelmaat run voorschot  --jaar J [--workers N] [--partitie 5000] [--bekend-op T]
  regelmaat run betaling   --jaar J --maand M [--workers N]
  regelmaat run definitief --jaar J [--workers N] [--bekend-op T]
  regelmaat worker --run ID              werk mee aan een run (PostgreSQL)
  regelmaat rapport ID                   het rapport van een run
  regelmaat beschikking reproduceer ID   bereken een beschikking opnieuw en vergelijk
  regelmaat beschikking steekproef --run ID [--aantal N]   reproduceer een steekproef van een run
  regelmaat logboek opschonen            pas de bewaartermijnen toe op het verwerkingenlogboek

  regelmaat levensgebeurtenissen [--peildatum D]   berichten vóór een verandering (kind wordt 4, AOW, …)
  regelmaat invordering run --maand M    rente, verrekening en herinneringen van een maand
  regelmaat jaar simuleer [--huishoudens N] [--varianten basis,product] [--seed S] [--json]
                                         het jaar 2026 maand voor maand: basis tegen product

  regelmaat demo [--huishoudens 5000]    alles in één keer op een nieuwe ingebouwde database

Beleid (zonder database):
  regelmaat simuleer --hervorming H [--huishoudens 100000] [--json]
                                         een hervorming doorrekenen op de synthetische populatie

Het product (API op /v1 en website):
  regelmaat server [--poort 3000] [--demo] [--huishoudens 3000] [--alleen-api] [--host 127.0.0.1]
      --demo                             vul een lege database met demogegevens, zet de DigiD-simulatie aan
      --achter-tls                       achter HTTPS: Secure-cookies en HSTS (ook REGELMAAT_ACHTER_TLS=1)
      --vertrouwde-proxy ADRES           geloof X-Forwarded-For alleen van deze proxy (ook REGELMAAT_VERTROUWDE_PROXY)
  regelmaat <opdracht> --help            hulp bij één opdracht, met al haar opties
  regelmaat help                         deze tekst

Voorbeelden staan in packages/law/examples/. Het invoerformaat staat in
packages/law/schema/huishouden.schema.json en docs/invoer.md.

Exitcodes: 0 klaar, 2 ongeldige invoer of gebruik, 3 een toeslag kon niet worden berekend,
4 een beschikking reproduceert niet, 1 onverwachte fout.
`;
