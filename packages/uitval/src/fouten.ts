/**
 * @module
 * Errors of the uitval package. They signal a programming error in a rule (reading what it did
 * not declare, writing to its input, declaring a forbidden field), never a property of a household.
 */

/** A rule definition breaks the rules for rules (bad code, priority, fields or result). */
export class RuleDefinitionError extends Error {
  override readonly name: string = 'RuleDefinitionError';
  constructor(
    /** The code of the rule. */
    readonly regel: string,
    message: string,
  ) {
    super(`uitval rule ${regel}: ${message}`);
  }
}

/** A rule declares a field on the deny-list (nationality, ethnicity, name, postcode, …). */
export class ForbiddenFieldError extends RuleDefinitionError {
  override readonly name: string = 'ForbiddenFieldError';
  constructor(
    regel: string,
    /** The forbidden field. */
    readonly veld: string,
  ) {
    super(regel, `declares the forbidden field '${veld}'; no selection may use it or a proxy of it`);
  }
}

/** A rule read a field of UitvalInvoer that is not in its `velden`. */
export class UndeclaredFieldError extends Error {
  override readonly name: string = 'UndeclaredFieldError';
  constructor(
    readonly regel: string,
    readonly veld: string,
  ) {
    super(`uitval rule ${regel} read '${veld}', which is not among its declared fields`);
  }
}

/**
 * A rule tried to change a field of its input. Rules only look; they never change data. (Writing
 * inside a record or array of the input fails too, with the TypeError of a frozen object; this
 * class extends TypeError so that both can be handled alike.)
 */
export class ReadOnlyInputError extends TypeError {
  override readonly name: string = 'ReadOnlyInputError';
  constructor(
    readonly regel: string,
    /** The field it tried to change. */
    readonly veld: string,
  ) {
    super(`uitval rule ${regel} tried to change '${veld}'; the input is read-only`);
  }
}
