/**
 * @module
 * The norms the workload is priced with: staff hours per case, per reason code of the exception
 * rules (@regelmaat/uitval), and the rates of letters, objections and calls. No published norm per
 * case type was found (the reference material has none), so every value here is an **assumption**
 * (`aanname`), stated with its reasoning, and shown as such beside the result. They are parameters:
 * a run takes other norms (`WerklastNormen`) when better figures are known.
 */

/** A value and why it is what it is. */
export interface Norm {
  readonly waarde: number;
  /** Why this value: an assumption with its reasoning (no published source). */
  readonly aanname: string;
}

export interface WerklastNormen {
  /** Staff hours for one case, by the reason code of the case (its first, most urgent reason). */
  readonly urenPerZaak: Readonly<Record<string, Norm>>;
  /** Letters a case sends besides the decision (a request for data, an invitation to be heard). */
  readonly brievenPerZaak: Norm;
  /** Share of decisions with a lower advance that lead to an objection (bezwaar, Awb 6:4). */
  readonly bezwaarKansLager: Norm;
  /** Share of the other changed decisions that lead to an objection. */
  readonly bezwaarKansAnders: Norm;
  /** Staff hours to decide one objection (Awb 7:10). */
  readonly urenPerBezwaar: Norm;
  /** Calls to the BelastingTelefoon per letter sent. */
  readonly belKansPerBrief: Norm;
  /** Staff hours per call (talk and after-work). */
  readonly urenPerGesprek: Norm;
}

const a = (waarde: number, aanname: string): Norm => ({ waarde, aanname });

export const STANDAARD_NORMEN: WerklastNormen = {
  urenPerZaak: {
    HOGE_TERUGVORDERING: a(
      3,
      'Aanname: dossier nalezen, zienswijze vragen en verwerken (Awir art. 26b), besluit.',
    ),
    TERUGVORDERING_ZWAAR: a(
      2.5,
      'Aanname: evenredigheid wegen (Awir art. 13b) en een betalingsregeling aanbieden.',
    ),
    SCHATTING_WIJKT_AF: a(0.75, 'Aanname: het geschatte inkomen navragen bij de burger.'),
    OPVANGUREN_VERSCHIL: a(1, 'Aanname: uren van ouder en kinderopvang naast elkaar leggen.'),
    KOT_TABEL_ONZEKER: a(0.5, 'Aanname: de tabelwaarde nakijken.'),
    PARTNER_CONFLICT: a(1.5, 'Aanname: aanvraag en basisregistratie vergelijken, de burger vragen.'),
    ONTBREKENDE_GEGEVENS: a(0.75, 'Aanname: een verzoek om gegevens sturen en de reactie verwerken.'),
    VERMOGEN_RAND: a(0.5, 'Aanname: proactief contact over het vermogen.'),
    KIND_WORDT_18: a(0.25, 'Aanname: proactieve brief; weinig handwerk.'),
  },
  brievenPerZaak: a(1, 'Aanname: elke zaak stuurt één brief naast de beschikking.'),
  bezwaarKansLager: a(0.03, 'Aanname: 3 % van de lagere voorschotten leidt tot bezwaar.'),
  bezwaarKansAnders: a(0.005, 'Aanname: 0,5 % van de andere gewijzigde beschikkingen leidt tot bezwaar.'),
  urenPerBezwaar: a(4, 'Aanname: een bezwaar behandelen en beslissen, zonder hoorzitting.'),
  belKansPerBrief: a(0.08, 'Aanname: op 8 % van de brieven volgt een telefoontje.'),
  urenPerGesprek: a(0.2, 'Aanname: 12 minuten per gesprek met nawerk.'),
};
