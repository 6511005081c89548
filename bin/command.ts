/** What every subcommand gets besides its own arguments. */
export type CliContext = {
  projectRoot: string;
  /** Absolute file: URL or a PostgreSQL URL, already migrated. */
  databaseUrl: string;
  /** What the migration step printed, e.g. "Migrations applied: (none, up to date)". */
  migrationLog: string;
};

/** A subcommand: `parse` checks the arguments before anything touches the database. */
export type Command<Args> = {
  usage: string;
  /** False for commands that work on files only: no migrations, no connection. */
  usesDatabase?: boolean;
  parse(argv: string[]): Args;
  run(args: Args, context: CliContext): Promise<void>;
};

/** Builds a command with its argument type inferred from `parse`. */
export function defineCommand<Args>(command: Command<Args>): Command<Args> {
  return command;
}
