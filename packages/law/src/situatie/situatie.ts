/**
 * @module
 * The normalised situation the formulas read: numbers only (eurocents, ppm, 12-bit month masks),
 * so that the batch path can fill the same shape from columns without parsing anything.
 *
 * Month masks: bit m (0 = januari … 11 = december) is set when the fact counts in that month.
 */
import type { DateParts, Eurocent } from '@regelmaat/kernel';

/** Zorgverzekering: 0 = geen, 1 = verzekerd (Zvw), 2 = verdragsgerechtigd (Wzt art. 4a). */
export type Verzekering = 0 | 1 | 2;
export const GEEN = 0;
export const VERZEKERD = 1;
export const VERDRAGSGERECHTIGD = 2;

/** Kinderopvang: 0 = dagopvang, 1 = buitenschoolse opvang, 2 = gastouderopvang. */
export type OpvangSoort = 0 | 1 | 2;
export const OPVANG_SOORTEN = ['dagopvang', 'buitenschoolse-opvang', 'gastouderopvang'] as const;

export const ALL_MONTHS = 0xfff;

export interface PersoonFeiten {
  geboorte: DateParts;
  /** Toetsingsinkomen for the whole berekeningsjaar (Awir art. 8), in eurocents. */
  inkomen: Eurocent;
  /** Vermogen on 1 January (peildatum), in eurocents. */
  vermogen: Eurocent;
  verzekering: Verzekering;
  /** ISO 3166 alpha-2 country of residence. */
  woonland: string;
  rechtmatigVerblijf: boolean;
  arbeidseis: boolean;
}

export interface KindFeiten {
  geboorte: DateParts;
  kinderbijslag: boolean;
  thuiswonend: boolean;
  inkomen: Eurocent;
  vermogen: Eurocent;
  maanden: number;
}

export interface MedebewonerFeiten {
  geboorte: DateParts;
  inkomen: Eurocent;
  vermogen: Eurocent;
  maanden: number;
}

export interface HuurFeiten {
  kaleHuur: Eurocent;
  servicekosten: Eurocent;
  zelfstandig: boolean;
  maanden: number;
}

export interface OpvangFeiten {
  /** Index into `kinderen`. */
  kind: number;
  soort: OpvangSoort;
  /** Hours per (whole) month × 100. */
  centiuren: number;
  /**
   * Hours × 100 counted in each month (January first) when the contract starts or ends within a
   * month: that month counts only the days the contract runs. Absent when all months are whole.
   */
  centiurenPerMaand?: readonly number[];
  /** Hourly price in eurocents. */
  uurprijs: Eurocent;
  geregistreerd: boolean;
  maanden: number;
}

export interface Situatie {
  jaar: number;
  aanvrager: PersoonFeiten;
  partner: PersoonFeiten | null;
  /** Months with a toeslagpartner. */
  partnerMaanden: number;
  kinderen: KindFeiten[];
  medebewoners: MedebewonerFeiten[];
  huur: HuurFeiten[];
  opvang: OpvangFeiten[];
}
