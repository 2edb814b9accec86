/**
 * @module
 * The standard set of uitval rules, in the order they appear in the documentation.
 */
import { controleerRegels } from './controle';
import type { Regel } from './regel';
import { HOGE_TERUGVORDERING } from './regels/hoge-terugvordering';
import { KIND_WORDT_18 } from './regels/kind-wordt-18';
import { KOT_TABEL_ONZEKER } from './regels/kot-tabel-onzeker';
import { ONTBREKENDE_GEGEVENS } from './regels/ontbrekende-gegevens';
import { OPVANGUREN_VERSCHIL } from './regels/opvanguren-verschil';
import { PARTNER_CONFLICT } from './regels/partner-conflict';
import { SCHATTING_WIJKT_AF } from './regels/schatting-wijkt-af';
import { TERUGVORDERING_ZWAAR } from './regels/terugvordering-zwaar';
import { VERMOGEN_RAND } from './regels/vermogen-rand';

export const STANDAARD_REGELS: readonly Regel[] = Object.freeze([
  HOGE_TERUGVORDERING,
  TERUGVORDERING_ZWAAR,
  SCHATTING_WIJKT_AF,
  OPVANGUREN_VERSCHIL,
  KOT_TABEL_ONZEKER,
  PARTNER_CONFLICT,
  ONTBREKENDE_GEGEVENS,
  VERMOGEN_RAND,
  KIND_WORDT_18,
]);

controleerRegels(STANDAARD_REGELS);
