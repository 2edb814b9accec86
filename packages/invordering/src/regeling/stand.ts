/**
 * @module
 * How a plan stands on a day (pure): the terms whose month has ended are due; what was paid since
 * the plan was agreed counts against them in order. Behind (achterstand) when less was paid than is
 * due; done when the plan's part of the debt is paid.
 */
import { plusMaanden } from './regeling';

export interface PlanGegevens {
  schuld: number;
  maandbedrag: number;
  termijnen: number;
  /** YYYY-MM-DD, the first of a month. */
  eersteTermijn: string;
  rest: number;
  betaaldSinds: number;
}

export interface Stand {
  /** Terms whose month has ended by `vandaag`. */
  termijnenVerstreken: number;
  /** What should have been paid by now (eurocents). */
  verschuldigd: number;
  /** What is missing of that (eurocents, ≥ 0). */
  achterstand: number;
  /** The plan's part of the debt is paid. */
  klaar: boolean;
  /** The month of the last term (YYYY-MM), or undefined for a plan without terms. */
  laatsteMaand: string | undefined;
}

export function standVan(p: PlanGegevens, vandaag: string): Stand {
  const deel = p.schuld - p.rest;
  const eerste = p.eersteTermijn.slice(0, 7);
  const huidige = vandaag.slice(0, 7);
  let verstreken = 0;
  while (verstreken < p.termijnen && plusMaanden(eerste, verstreken) < huidige) verstreken++;
  const verschuldigd = Math.min(deel, verstreken * p.maandbedrag);
  return {
    termijnenVerstreken: verstreken,
    verschuldigd,
    achterstand: Math.max(0, verschuldigd - p.betaaldSinds),
    klaar: p.betaaldSinds >= deel,
    laatsteMaand: p.termijnen > 0 ? plusMaanden(eerste, p.termijnen - 1) : undefined,
  };
}
