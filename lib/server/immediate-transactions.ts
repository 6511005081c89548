import "server-only";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * The SQLite adapter with every transaction started as BEGIN IMMEDIATE instead of BEGIN.
 *
 * A deferred transaction reads from a snapshot and asks for the write lock only at its first write;
 * if another connection (the CLI, another server) committed in between, that write fails at once
 * with SQLITE_BUSY_SNAPSHOT, which no busy timeout can help. BEGIN IMMEDIATE takes the write lock
 * first, waiting up to the busy timeout, so writers queue and each reads the latest data.
 * @prisma/adapter-better-sqlite3 7.10 runs its own BEGIN (under its per-connection mutex) with no
 * option for the mode: the transaction it hands back is still empty, so it is ended and begun again.
 */
export function withImmediateTransactions(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    async function startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const transaction = await adapter.startTransaction(isolationLevel);
      try {
        await transaction.executeRaw(statement("COMMIT"));
        await transaction.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        await transaction.rollback();
        throw error;
      }
      return transaction;
    }
    // The adapter keeps private fields: its own methods must run with it as `this`.
    return new Proxy(adapter, {
      get(target, key) {
        if (key === "startTransaction") return startTransaction;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(factory, {
    get(target, key) {
      if (key === "connect") return async () => wrap(await target.connect());
      if (key === "connectToShadowDb") return async () => wrap(await target.connectToShadowDb());
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
