import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { LiveActor } from "@/lib/core/live/live-event";

// Who a write is for, so that the live event the data layer publishes after it can say who changed
// the paragraph without every write function taking the user. runAction sets it for an action's body.

const storage = new AsyncLocalStorage<LiveActor>();

/** Runs `body` as `actor`'s: live events published meanwhile name them. */
export function withActor<T>(actor: LiveActor, body: () => Promise<T>): Promise<T> {
  return storage.run(actor, body);
}

/** The actor of the request being served; the CLI and scripts have none. */
export function currentActor(): LiveActor {
  return storage.getStore() ?? { id: "", name: "" };
}
