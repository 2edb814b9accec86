/**
 * @module
 * The columnar population snapshot: every field of the engine's `Situatie` as a typed-array column,
 * so that a run reads households from one shared buffer without objects or parsing. Lists (children,
 * medebewoners, rent contracts, childcare contracts) are stored flat with a start index per
 * household (`…Van`, n + 1 entries). Money is in eurocents as Float64 (exact to 2^53), dates as
 * parts, booleans as bits. Beside the law's input: the household's income decile and CBS household
 * type, for the result tables. The list below is the one source of the layout (builder, file, views).
 */

/** The array kinds a column can have. */
export const SOORTEN = {
  f64: Float64Array,
  i32: Int32Array,
  u32: Uint32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;
export type Soort = keyof typeof SOORTEN;

/** What one entry of a column belongs to; `grens` columns have n + 1 entries (list starts). */
export type Per = 'huishouden' | 'grens' | 'kind' | 'medebewoner' | 'huur' | 'opvang' | 'opvangmaand';

export const INDELING = {
  decile: ['u8', 'huishouden'],
  type: ['u8', 'huishouden'],
  aJaar: ['i16', 'huishouden'],
  aMaand: ['u8', 'huishouden'],
  aDag: ['u8', 'huishouden'],
  aInkomen: ['f64', 'huishouden'],
  aVermogen: ['f64', 'huishouden'],
  aVerzekering: ['u8', 'huishouden'],
  aWoonland: ['u8', 'huishouden'],
  /** bit 0 rechtmatig verblijf, bit 1 arbeidseis. */
  aVlaggen: ['u8', 'huishouden'],
  /** 0 no toeslagpartner, 1 a partner (with partnerMaanden). */
  pAanwezig: ['u8', 'huishouden'],
  pJaar: ['i16', 'huishouden'],
  pMaand: ['u8', 'huishouden'],
  pDag: ['u8', 'huishouden'],
  pInkomen: ['f64', 'huishouden'],
  pVermogen: ['f64', 'huishouden'],
  pVerzekering: ['u8', 'huishouden'],
  pWoonland: ['u8', 'huishouden'],
  pVlaggen: ['u8', 'huishouden'],
  partnerMaanden: ['u16', 'huishouden'],
  /**
   * What the definitive run knows later (for the workload): the tax authority's final income of the
   * applicant and of the toeslagpartner, and the household's last definitive income of the year
   * before (eurocents; NaN when there is none).
   */
  dAInkomen: ['f64', 'huishouden'],
  dPInkomen: ['f64', 'huishouden'],
  vInkomen: ['f64', 'huishouden'],
  kindVan: ['u32', 'grens'],
  kJaar: ['i16', 'kind'],
  kMaand: ['u8', 'kind'],
  kDag: ['u8', 'kind'],
  /** bit 0 kinderbijslag, bit 1 thuiswonend. */
  kVlaggen: ['u8', 'kind'],
  kInkomen: ['f64', 'kind'],
  kVermogen: ['f64', 'kind'],
  kMaanden: ['u16', 'kind'],
  medebewonerVan: ['u32', 'grens'],
  mJaar: ['i16', 'medebewoner'],
  mMaand: ['u8', 'medebewoner'],
  mDag: ['u8', 'medebewoner'],
  mInkomen: ['f64', 'medebewoner'],
  mVermogen: ['f64', 'medebewoner'],
  mMaanden: ['u16', 'medebewoner'],
  huurVan: ['u32', 'grens'],
  hKaleHuur: ['f64', 'huur'],
  hServicekosten: ['f64', 'huur'],
  hZelfstandig: ['u8', 'huur'],
  hMaanden: ['u16', 'huur'],
  opvangVan: ['u32', 'grens'],
  oKind: ['u8', 'opvang'],
  oSoort: ['u8', 'opvang'],
  oCentiuren: ['i32', 'opvang'],
  oUurprijs: ['i32', 'opvang'],
  oGeregistreerd: ['u8', 'opvang'],
  oMaanden: ['u16', 'opvang'],
  /** 1 when the contract has hours per month (centiurenPerMaand), then 12 entries in oPerMaand. */
  oPerMaandHeeft: ['u8', 'opvang'],
  oPerMaand: ['i32', 'opvangmaand'],
} as const satisfies Record<string, readonly [Soort, Per]>;

export type KolomNaam = keyof typeof INDELING;
export const KOLOM_NAMEN = Object.keys(INDELING) as KolomNaam[];

type ArrayVan = {
  f64: Float64Array<ArrayBufferLike>;
  i32: Int32Array<ArrayBufferLike>;
  u32: Uint32Array<ArrayBufferLike>;
  i16: Int16Array<ArrayBufferLike>;
  u16: Uint16Array<ArrayBufferLike>;
  u8: Uint8Array<ArrayBufferLike>;
};

/** The columns as typed arrays, by name. */
export type KolomArrays = { [K in KolomNaam]: ArrayVan[(typeof INDELING)[K][0]] };

/** How many entries each kind of list has in the whole snapshot. */
export interface Aantallen {
  readonly huishouden: number;
  readonly kind: number;
  readonly medebewoner: number;
  readonly huur: number;
  readonly opvang: number;
}

/** What a snapshot is: its year, where it came from, its sizes and the country codes it uses. */
export interface Kop {
  readonly versie: 2;
  readonly jaar: number;
  /** The generator's seed and the first household index (`genereerHuishouden(seed, van + i, jaar)`). */
  readonly seed: number;
  readonly van: number;
  /** Generated households whose facts did not give a Situatie (left out). */
  readonly overgeslagen: number;
  readonly aantallen: Aantallen;
  /** Country codes by the index in aWoonland/pWoonland. */
  readonly woonlanden: readonly string[];
}

/** The entries of a column for the given sizes. */
export function lengteVan(per: Per, a: Aantallen): number {
  switch (per) {
    case 'huishouden':
      return a.huishouden;
    case 'grens':
      return a.huishouden + 1;
    case 'opvangmaand':
      return a.opvang * 12;
    default:
      return a[per];
  }
}

/** Byte offsets of every column in one buffer (each 8-aligned), and the buffer's size. */
export function plaatsing(a: Aantallen): { offsets: Record<KolomNaam, number>; bytes: number } {
  const offsets = {} as Record<KolomNaam, number>;
  let bytes = 0;
  for (const naam of KOLOM_NAMEN) {
    const [soort, per] = INDELING[naam];
    offsets[naam] = bytes;
    bytes += Math.ceil((lengteVan(per, a) * SOORTEN[soort].BYTES_PER_ELEMENT) / 8) * 8;
  }
  return { offsets, bytes };
}

/** Views of every column on `buffer` (laid out by `plaatsing`). */
export function kolommenOp(buffer: ArrayBufferLike, a: Aantallen): KolomArrays {
  const { offsets } = plaatsing(a);
  const uit = {} as Record<KolomNaam, unknown>;
  for (const naam of KOLOM_NAMEN) {
    const [soort, per] = INDELING[naam];
    uit[naam] = new SOORTEN[soort](buffer as ArrayBuffer, offsets[naam], lengteVan(per, a));
  }
  return uit as KolomArrays;
}
