/** A mistake in how the CLI was called: printed as its message alone, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
