/**
 * @module
 * The deny-list: data that no selection or prioritisation may use, directly or as a proxy. This is
 * the lesson of the toeslagenaffaire (AP fines on nationality, 2021, and on the FSV list, 2022;
 * POK "Ongekend onrecht", 2020): nationality, ethnicity and their proxies were used to select
 * people, and secret lists decided who was treated as a fraudster.
 *
 * The primary control is the allow-list: a rule can only declare and read fields of
 * `UitvalInvoer`. This list is the tripwire on top of it: `controleerRegels` rejects a rule that
 * declares such a field, and a test fails when one is added to `UitvalInvoer`.
 */

/** Field names no uitval rule may declare, and that may never become part of UitvalInvoer. */
export const VERBODEN_VELDEN: readonly string[] = Object.freeze([
  // Nationality and origin, and their proxies (AP 2020/2021: only lawful residence is relevant,
  // and the engine checks that, not the selection).
  'nationaliteit',
  'dubbeleNationaliteit',
  'etniciteit',
  'etnischeAfkomst',
  'afkomst',
  'herkomst',
  'migratieachtergrond',
  'ras',
  'geboorteland',
  'geboorteplaats',
  'verblijfstitel',
  'verblijfsvergunning',
  'verblijfsstatus',
  'taal',
  'moedertaal',
  'iban',
  // Identity: names, BSN ("leeftijd BSN" was a proxy in the RCM risk model), birth date, gender.
  'naam',
  'voornaam',
  'achternaam',
  'geslachtsnaam',
  'voorletters',
  'bsn',
  'burgerservicenummer',
  'geboortedatum',
  'geslacht',
  'gender',
  // Where someone lives: postcode and address are proxies for origin and class.
  'postcode',
  'adres',
  'woonadres',
  'straat',
  'huisnummer',
  'woonplaats',
  'wijk',
  'buurt',
  // Special categories of personal data (AVG art. 9), including religion-linked donations.
  'religie',
  'geloof',
  'levensovertuiging',
  'giften',
  'kerkbijdrage',
  'politiekeVoorkeur',
  'vakbond',
  'gezondheid',
  'handicap',
  'biometrie',
  'seksueleGerichtheid',
  // Hidden lists and labels (FSV; an O/GS label must never steer selection by itself).
  'fsv',
  'zwarteLijst',
  'fraudeSignaal',
  'fraudeLabel',
  'risicoscore',
  'opzetGroveSchuld',
]);

const normaal = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const VERBODEN = new Set(VERBODEN_VELDEN.map(normaal));

/** The words of a field name: `geboortelandOuder` → geboorteland, ouder; `postcode4` → postcode, 4. */
function woorden(naam: string): string[] {
  return naam
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * True when `naam` is, or contains as a word, a forbidden field: `nationaliteit`,
 * `nationaliteitPartner`, `partner_bsn`, `Postcode4`. Whole words only, so `totaalInkomen` does
 * not match `taal`.
 */
export function isVerbodenVeld(naam: string): boolean {
  return VERBODEN.has(normaal(naam)) || woorden(naam).some((w) => VERBODEN.has(w));
}
