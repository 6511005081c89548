"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { settleAction } from "./settle-action";

export type RunnerMessage = { text: string; isError: boolean };

/**
 * Runs server actions in a transition, for a page that lists what they change: a refusal shows its
 * error, a success calls `onDone` (whose text, if any, is shown) and refreshes the page's data.
 */
export function useActionRunner() {
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [message, setMessage] = useState<RunnerMessage | null>(null);
  const [isPending, startTransition] = useTransition();

  const run = <T,>(action: () => Promise<ActionResult<T>>, onDone: (data: T) => string | void) =>
    startTransition(async () => {
      const result = await settleAction(action());
      if (!result.ok) return setMessage({ text: tErrors(result.code, result.params), isError: true });
      const text = onDone(result.data);
      if (typeof text === "string") setMessage({ text, isError: false });
      router.refresh();
    });

  return { run, message, setMessage, isPending };
}
