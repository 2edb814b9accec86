/**
 * @module
 * Rules Regelmaat does not compute yet, and the plain-Dutch refusal for input that needs them (see
 * docs/law/README.md, "Not modelled"). Refusing is better than computing an amount the law does not
 * give.
 */

/**
 * EU member states, the other EEA states and Switzerland (ISO 3166-1 alpha-2). For a child whose
 * woonland is none of these, the kindgebonden budget is multiplied by a woonlandfactor (Wet op het
 * kindgebonden budget art. 2 lid 12-14); for a child in one of these it is not.
 */
export const EU_EER_ZWITSERLAND: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'IS',
  'LI',
  'NO',
  'CH',
]);

/**
 * Wet op de huurtoeslag art. 13 lid 2 onder a en lid 3 (text of 1-1-2025): a rent above the huurgrens
 * because of voorzieningen for a handicap does not bar huurtoeslag. The 2026 text has no such
 * exception (art. 21 lid 1 onder d: rent above the maximale huurgrens is not subsidised, for everyone).
 */
export const AANGEPASTE_WONING_NIET_GEMODELLEERD =
  'Regelmaat kan voor 2025 nog niet rekenen met een woning die is aangepast voor een handicap. Voor zo’n ' +
  'woning gelden in 2025 andere regels bij huurtoeslag (Wet op de huurtoeslag, artikel 13, lid 2). Vraag ' +
  'de huurtoeslag aan bij Dienst Toeslagen.';

/** Wet op het kindgebonden budget art. 2 lid 12-14: a child whose woonland is outside the EU, EEA and Switzerland. */
export const WOONLANDFACTOR_KIND_NIET_GEMODELLEERD =
  'Regelmaat kan nog niet rekenen met een kind dat buiten de Europese Unie, de EER en Zwitserland woont. ' +
  'Dan hangt het kindgebonden budget af van het land waar het kind woont. Dat staat in de Wet op het ' +
  'kindgebonden budget, artikel 2, lid 12. Vraag het kindgebonden budget aan bij Dienst Toeslagen.';
