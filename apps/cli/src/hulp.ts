/** The help text of the `regelmaat` command. */
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

  regelmaat demo [--huishoudens 5000]    alles in één keer op een nieuwe ingebouwde database

Het product (API op /v1 en website):
  regelmaat server [--poort 3000] [--demo] [--huishoudens 3000] [--alleen-api] [--host 127.0.0.1]
      --demo                             vul een lege database met demogegevens, zet de DigiD-simulatie aan
      --achter-tls                       achter HTTPS: Secure-cookies en HSTS (ook REGELMAAT_ACHTER_TLS=1)
      --vertrouwde-proxy ADRES           geloof X-Forwarded-For alleen van deze proxy (ook REGELMAAT_VERTROUWDE_PROXY)
  regelmaat help                         deze tekst

Voorbeelden staan in packages/law/examples/. Het invoerformaat staat in
packages/law/schema/huishouden.schema.json en docs/invoer.md.

Exitcodes: 0 klaar, 2 ongeldige invoer of gebruik, 3 een toeslag kon niet worden berekend,
4 een beschikking reproduceert niet, 1 onverwachte fout.
`;
