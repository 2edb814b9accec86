/**
 * @module
 * The shared types of @regelmaat/zaken: who acts (an actor), the outcome of a state change
 * (a refusal is thrown as the kernel's error model: `Conflict` with `al-geclaimd`, `versie-verouderd` or `niet-toegestaan`, `NietGevonden`, `Ongeldig`, each with a Dutch message), and the case with its history.
 */
import type { RegelingId } from '@regelmaat/law';
import type { Huishoudtype } from './maatwerk-invoer';

/** A suspension of a case's due date (Awb art. 4:15 lid 1 sub a), migration 030. */
export interface Opschorting {
  /** The day until which the case waits (civil date). */
  readonly tot: string;
  readonly reden: string;
  /** The day it was suspended (civil date). */
  readonly op: string;
}

/** Who does something: a user id, a role ('behandelaar', 'teamleider', …) and optionally a team. */
export interface Actor {
  readonly id: string;
  readonly rol: string;
  readonly team?: string;
}

export type ZaakSoort =
  | 'uitval-controle'
  | 'maatwerk-verzoek'
  | 'hoorzitting-terugvordering'
  | 'contactverzoek'
  | 'partner-verificatie'
  | 'partner-conflict'
  | 'kot-tabel-onzeker'
  | 'bezwaar'
  | 'opvang-afwijking'
  | 'persoonlijke-begeleiding'
  | 'partner-afwijking';
export type ZaakStatus = 'open' | 'in-behandeling' | 'wacht-op-goedkeuring' | 'afgerond';
export const ZAAKSTATUSSEN: readonly ZaakStatus[] = [
  'open',
  'in-behandeling',
  'wacht-op-goedkeuring',
  'afgerond',
];

/** A case's or a maatwerk decision's regeling: one of `@regelmaat/law`'s list. */
export type Regeling = RegelingId;

export interface Zaak {
  id: number;
  soort: ZaakSoort;
  huishoudenId: number;
  /** The batch run that opened it; null for cases opened by hand. */
  runId: number | null;
  onderwerp: string;
  /** Reason codes (e.g. exception rule codes such as HOGE_TERUGVORDERING). */
  redenen: string[];
  toelichting: unknown;
  /** 1 (most urgent) … 4. */
  prioriteit: number;
  status: ZaakStatus;
  team: string;
  /** User id of who works on it; null = in the team queue. */
  behandelaar: string | null;
  /** Optimistic-locking version: +1 on every change of the case. */
  versie: number;
  /** Due date (civil date): opened + the case type's service norm. */
  termijn: string;
  /** termijn < today and not afgerond; present when the caller passed today's date. */
  teLaat?: boolean;
  /** Not late, but due today or within two working days (termijn-waarschuwing.ts); with today's date. */
  bijnaTeLaat?: boolean;
  /** Suspended (Awb 4:15): until which day, why, and since when. Absent when not suspended. */
  opschorting?: Opschorting;
  /** Today's household composition; only when the queue asked for it (`metHuishoudtype`). */
  huishoudtype?: Huishoudtype;
  regeling: string | null;
  jaar: number | null;
  aangemaaktOp: string;
  afgerondOp: string | null;
  /** How the case ended (sluitZaak). */
  uitkomst: string | null;
}

export interface HistorieRegel {
  id: number;
  zaakId: number;
  tijdstip: string;
  actor: string;
  rol: string;
  /** aangemaakt, geclaimd, vrijgegeven, herverdeeld, afgerond, maatwerk-…, contact, signaal, … */
  actie: string;
  /** The case version after this change. */
  versie: number;
  details: Record<string, unknown>;
}
