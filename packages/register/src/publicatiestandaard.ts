/**
 * @module
 * One entry of the Algoritmeregister (algoritmes.overheid.nl) in the fields of its
 * Publicatiestandaard — the general fields, then "Verantwoord gebruik" — plus the parts this
 * product can generate from its own code: the legal basis (the articles the steps or rules cite),
 * the parameters with their sources, the data used, where people intervene and the version.
 */

/** The Publicatiestandaard's limits on free text (characters). */
export const MAX_NAAM = 100;
export const MAX_KORTE_OMSCHRIJVING = 350;
export const MAX_DOEL_EN_IMPACT = 2500;

/** A = high-risk AI, B = impactful algorithm, C = other. */
export type Publicatiecategorie = 'A' | 'B' | 'C';
export type RegisterStatus = 'In gebruik' | 'In ontwikkeling' | 'Buiten gebruik';

/** An article the algorithm applies, with a link to the text in force on the register's date. */
export interface Grondslag {
  /** "Wet op de zorgtoeslag art. 2 lid 1". */
  readonly tekst: string;
  readonly url?: string;
}

/** A parameter in force on the register's date, with where its value comes from. */
export interface RegisterParameter {
  readonly pad: string;
  readonly omschrijving: string;
  /** The value in Dutch ("€ 2.112,00", "13,700%", "tabel"). */
  readonly waarde: string;
  readonly geldigVanaf: string;
  readonly bron: string;
  readonly grondslag: string;
  /** True when the value was rebuilt from secondary sources (not read in the primary text). */
  readonly gereconstrueerd: boolean;
}

/** A selection rule of the exception detection, as the register describes it. */
export interface RegisterRegel {
  readonly code: string;
  readonly titel: string;
  /** B1: what the rule looks at and why a person then looks. */
  readonly uitleg: string;
  readonly prioriteit: number;
  /** The fields of the input the rule may read (its declared fields). */
  readonly gegevens: readonly string[];
  readonly drempels: readonly string[];
  readonly grondslag: string;
  /** Where the selection goes: the case type and the team whose queue it lands in. */
  readonly zaaktype: string;
  readonly team: string;
}

export interface RegisterEntry {
  /** Stable id of the entry: `berekening-zorgtoeslag`, `uitval-selectie`. */
  readonly id: string;
  readonly naam: string;
  /** B1, at most 350 characters. */
  readonly korteOmschrijving: string;
  readonly organisatie: string;
  readonly thema: string;
  readonly status: RegisterStatus;
  /** yyyy-mm. */
  readonly begindatum: string;
  readonly contactgegevens: string;
  /** The public page of this entry (a path on this site). */
  readonly publiekspagina: string;
  readonly publicatiecategorie: Publicatiecategorie;
  /** Where the algorithm's source is registered: the repository and the folder. */
  readonly bronregistratie: string;
  /** Verantwoord gebruik — Doel en impact: B1, at most 2,500 characters. */
  readonly doelEnImpact: string;
  /** Verantwoord gebruik — Menselijke tussenkomst: where people decide, B1. */
  readonly menselijkeTussenkomst: readonly string[];
  readonly wettelijkeGrondslag: readonly Grondslag[];
  /** What data the algorithm uses (the facts its steps read, or the rules' declared fields). */
  readonly gegevens: readonly string[];
  readonly parameters: readonly RegisterParameter[];
  /** Only for the exception detection: its rules. */
  readonly regels?: readonly RegisterRegel[];
  /** The version of the law or rules this entry was generated from. */
  readonly versie: string;
  /** The date the register was generated for (YYYY-MM-DD): links and parameters as in force then. */
  readonly peildatum: string;
}
