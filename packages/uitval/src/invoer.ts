/**
 * @module
 * The input of exception detection: the only data an uitval rule may see. It holds facts that the
 * law makes relevant to the amount (amounts, incomes, hours, partner, assets, children) and nothing
 * about who the person is. Money is in eurocents, hours in centihours, all integers.
 */
import type { Eurocent } from '@regelmaat/kernel';
import { REGELINGEN as LAW_REGELINGEN, REGELING_IDS, type RegelingId } from '@regelmaat/law';

export type { RegelingId };

/** Every regeling, in the order of `@regelmaat/law`'s list (for sums and for explanations). */
export const REGELINGEN: readonly RegelingId[] = REGELING_IDS;

/** Dutch names inside a sentence, for explanations: "kindgebonden budget". */
export const REGELING_NAAM: Readonly<Record<RegelingId, string>> = Object.fromEntries(
  LAW_REGELINGEN.map((r) => [r.id, r.naamInZin]),
) as Record<RegelingId, string>;

/**
 * Where the rules run: the advance run (Awir art. 16), the definitive run (art. 14, 19, 24), or a
 * revision of the advance outside the runs (a citizen's change, a partner's report, maatwerk; art.
 * 16 lid 3 and art. 26: a revision that leads to a recovery). In a revision `voorschot` is what
 * the revised schedule will have paid over the year and `definitief` the year amount the revision
 * sets: the recovery the household can already see coming.
 */
export type Fase = 'voorschot' | 'definitief' | 'herziening';

/** One household in one berekeningsjaar, as the uitval rules see it. */
export interface UitvalInvoer {
  /** The berekeningsjaar (Awir art. 2). */
  jaar: number;
  /** Which run: before the decision on the advance, or before the definitive decision. */
  fase: Fase;
  /** Advance year amounts per toeslag (eurocents); 0 where there is no advance. */
  voorschot: Record<RegelingId, Eurocent>;
  /**
   * Definitive year amounts per toeslag (eurocents) in fase 'definitief'; in fase 'herziening' the
   * revised year amounts (what the definitive calculation will give on the facts known now).
   */
  definitief?: Record<RegelingId, Eurocent>;
  /** Estimated joint toetsingsinkomen (applicant + toeslagpartner) the advance is based on (eurocents). */
  geschatInkomen: Eurocent;
  /**
   * The household's last definitively established joint toetsingsinkomen, usually of an earlier
   * year (eurocents).
   */
  vorigDefinitiefInkomen?: Eurocent;
  /**
   * Definitive joint toetsingsinkomen of the berekeningsjaar (eurocents) in fase 'definitief'; in
   * fase 'herziening' the joint estimate the revision rests on.
   */
  definitiefInkomen?: Eurocent;
  /**
   * Childcare hours per month, January first (12 entries, centihours: 1 hour = 100), as reported by
   * the parent, summed over all contracts and children.
   */
  opvangUrenOuder: number[];
  /**
   * The same hours as reported by the childcare providers (Awir art. 38 lid 4-5), summed over
   * contracts; `null` for a month in which no provider reported anything.
   */
  opvangUrenAanbieder: (number | null)[];
  /** Whether the citizen's application states a toeslagpartner. */
  partnerVolgensAanvraag: boolean;
  /** Whether the registries (BRP, Belastingdienst) show a toeslagpartner (Awir art. 3). */
  partnerVolgensRegistratie: boolean;
  /** Names of facts that are required but missing, e.g. 'huur', 'inkomen', 'opvanguren'. */
  ontbrekendeGegevens: string[];
  /** Vermogen (rendementsgrondslag) on 1 January of the berekeningsjaar (eurocents). */
  vermogen: Eurocent;
  /** The asset limit that applies to this household, single or with partner (Awir art. 7 lid 3). */
  vermogensgrens: Eurocent;
  /** Number of children who are under 18 on 1 January of the berekeningsjaar. */
  kinderenOnder18: number;
  /** How many of those children turn 18 during the berekeningsjaar. */
  kinderenWorden18: number;
  /**
   * Only when the kinderopvangtoeslag was computed with a reconstructed table and its year amount
   * depends on a value that table is unsure of: the year amount as computed and under the other
   * reading (eurocents). Absent otherwise.
   */
  kotTabelOnzeker?: { bedrag: Eurocent; andereLezing: Eurocent };
}

/** The name of one field of the input. */
export type UitvalVeld = keyof UitvalInvoer;

// `satisfies` makes the compiler reject this list when a field is added to or removed from UitvalInvoer.
const ALLE_VELDEN = {
  jaar: true,
  fase: true,
  voorschot: true,
  definitief: true,
  geschatInkomen: true,
  vorigDefinitiefInkomen: true,
  definitiefInkomen: true,
  opvangUrenOuder: true,
  opvangUrenAanbieder: true,
  partnerVolgensAanvraag: true,
  partnerVolgensRegistratie: true,
  ontbrekendeGegevens: true,
  vermogen: true,
  vermogensgrens: true,
  kinderenOnder18: true,
  kinderenWorden18: true,
  kotTabelOnzeker: true,
} as const satisfies Record<UitvalVeld, true>;

/** Every field of UitvalInvoer: the allow-list of what a rule can declare and read. */
export const UITVAL_VELDEN: readonly UitvalVeld[] = Object.freeze(Object.keys(ALLE_VELDEN) as UitvalVeld[]);

const VELDEN = new Set<string>(UITVAL_VELDEN);

/** True when `naam` is a field of UitvalInvoer. */
export function isUitvalVeld(naam: string): naam is UitvalVeld {
  return VELDEN.has(naam);
}
