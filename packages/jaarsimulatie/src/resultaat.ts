/**
 * @module
 * The result of a year simulation as a plain typed object (issue 20): per variant the recoveries,
 * back-payments, underpayment, time to help, queues, contacts and ETA accuracy, and the goal line.
 * Money in eurocents, durations in days. The CLI prints it; the policy analyst's page can draw it.
 */

export type VariantNaam = 'basis' | 'product';
export const VARIANTEN: readonly VariantNaam[] = ['basis', 'product'];

export interface Telling {
  aantal: number;
  /** Eurocents. */
  som: number;
}

export interface TerugvorderingGroep {
  groep: string;
  huishoudens: number;
  terugvorderingen: Telling;
  vanaf1000: Telling;
}

export interface Terugvorderingen {
  /** Every household with a recovery set (above the doelmatigheidsgrens, Awir art. 26a). */
  alle: Telling;
  vanaf1000: Telling;
  vanaf1500: Telling;
  perHuishoudtype: TerugvorderingGroep[];
  /** By decile of the household's estimated income at the start of the year (1 = lowest). */
  perInkomensdeciel: TerugvorderingGroep[];
}

export interface Spreiding {
  aantal: number;
  gemiddelde: number;
  mediaan: number;
  p90: number;
}

export interface ZaaksoortWacht {
  soort: string;
  geopend: number;
  afgerond: number;
  /** Days from opened to done (cases done). */
  doorlooptijd: Spreiding;
}

/**
 * Recovery collection after the definitive calculation: the ledger at the end of the simulation
 * and what the monthly invordering runs booked and sent (totals, eurocents).
 */
export interface Invordering {
  /** The months (YYYY-MM) an invordering run ran for. */
  runs: string[];
  /** Recoveries in the ledger (`vordering`), and by the amount set (< € 500, to € 1,500, more). */
  vorderingen: number;
  perGrootte: { klein: number; middel: number; groot: number };
  /** Still owed at the end, interest included (eurocents). */
  openstaand: number;
  /** Past the last day to pay (Awir art. 28) without a plan that runs; paid off. */
  achterstallig: number;
  afbetaald: number;
  /** What the runs booked: interest (Awir art. 29) and offsets (art. 30). */
  rente: Telling;
  verrekening: Telling;
  /** Reminders and aanmaningen sent (Awir art. 32). */
  herinneringen: number;
  aanmaningen: number;
  /** Recoveries in a payment plan that runs, and open ones of households with a personal guide. */
  inRegeling: number;
  metBegeleider: number;
}

export interface VariantResultaat {
  variant: VariantNaam;
  huishoudens: number;
  terugvorderingen: Terugvorderingen;
  nabetalingen: Telling;
  /**
   * Paid too little during the year: per household and month, what the definitive decision gives
   * for the month minus what was paid, where positive (eurocents, summed).
   */
  onderbetaling: Telling;
  /** Definitive decisions still held (a case open, or a hearing) at the end of the simulation. */
  aangehouden: number;
  tijdTotHulp: {
    /** From the household's first event (the situation exists) to a case being opened. */
    totZaak: Spreiding;
    /** From the case being opened to the first contact with the person. */
    totContact: Spreiding;
    /** From the case being opened to the decision (the case closed). */
    totBesluit: Spreiding;
  };
  perZaaksoort: ZaaksoortWacht[];
  medewerkers: number;
  zakenPerMedewerker: number;
  contacten: {
    berichten: number;
    gesprekken: number;
    brieven: number;
    perHuishouden: { berichten: number; gesprekken: number; brieven: number };
  };
  meldingen: { burger: number; alBekend: number; partner: number; reacties: number };
  /**
   * Cases open right after the definitive run whose answer decides the amount (blocking), and how
   * many of them had their household's definitive decision go out anyway.
   */
  zakenNaBesluit: { zaken: number; besluitAlVerstuurd: number };
  eta: { gemeten: number; binnen20Procent: number; aandeel: number };
  /**
   * The ledger after the monthly invordering runs (optional so results and fixtures of the first
   * version, which had no collection, still type; the simulation always fills it).
   */
  invordering?: Invordering;
  secondenPerMaand: number[];
}

export interface Doelregel {
  variant: VariantNaam;
  gehaald: boolean;
  /** Recoveries ≥ € 1,000: change against basis (−0.6 = 60 % fewer). */
  vanaf1000Verschil: number;
  onderbetalingNietHoger: boolean;
  zakenVoorBesluit: boolean;
  regel: string;
}

export interface JaarResultaat {
  jaar: number;
  seed: number;
  huishoudens: number;
  database: 'PGlite' | 'PostgreSQL';
  varianten: VariantResultaat[];
  doel: Doelregel[];
}

/**
 * The goal line per variant (issue 20): recoveries ≥ € 1,000 at least 50 % lower than the basis
 * without more underpayment, and every exception case opened before the decision it concerns goes out.
 */
export function doelregels(varianten: readonly VariantResultaat[]): Doelregel[] {
  const basis = varianten.find((v) => v.variant === 'basis');
  return varianten.map((v) => {
    const zakenVoorBesluit = v.zakenNaBesluit.besluitAlVerstuurd === 0;
    if (!basis || v === basis) {
      return {
        variant: v.variant,
        gehaald: false,
        vanaf1000Verschil: 0,
        onderbetalingNietHoger: true,
        zakenVoorBesluit,
        regel: `${v.variant}: de basis waarmee vergeleken wordt (geen doel)`,
      };
    }
    const b = basis.terugvorderingen.vanaf1000.aantal;
    const verschil = b === 0 ? 0 : (v.terugvorderingen.vanaf1000.aantal - b) / b;
    const onderbetalingNietHoger = v.onderbetaling.som <= basis.onderbetaling.som;
    const gehaald = b > 0 && verschil <= -0.5 && onderbetalingNietHoger && zakenVoorBesluit;
    const pct = `${Math.round(-verschil * 100)} %`;
    return {
      variant: v.variant,
      gehaald,
      vanaf1000Verschil: verschil,
      onderbetalingNietHoger,
      zakenVoorBesluit,
      regel: `${v.variant}: ${gehaald ? 'GEHAALD' : 'NIET GEHAALD'} — terugvorderingen ≥ € 1.000 ${b === 0 ? 'niet te vergelijken (basis heeft er geen)' : `${pct} lager dan basis (doel ≥ 50 %)`}; onderbetaling ${onderbetalingNietHoger ? 'niet hoger' : 'hoger'}; ${zakenVoorBesluit ? 'elke zaak vóór het besluit' : `${v.zakenNaBesluit.besluitAlVerstuurd} zaken na het besluit`}`,
    };
  });
}

export function spreiding(waarden: readonly number[]): Spreiding {
  if (waarden.length === 0) return { aantal: 0, gemiddelde: 0, mediaan: 0, p90: 0 };
  const s = [...waarden].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return {
    aantal: s.length,
    gemiddelde: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10,
    mediaan: at(0.5),
    p90: at(0.9),
  };
}
