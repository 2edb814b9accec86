/** Raised when a parameter file is malformed or a value is missing; names file, field and expectation. */
export class ParameterError extends Error {
  override readonly name = 'ParameterError';
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(
      `${file}: ${field || '(top level)'}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`,
    );
  }
}
