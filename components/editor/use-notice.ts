"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/core/action-result";

/** The editor's one line of news, read out politely: what an action did, or why it failed. */
export function useNotice() {
  const tErrors = useTranslations("Errors");
  const [notice, say] = useState("");
  const sayError = useCallback((failure: ActionFailure) => say(tErrors(failure.code, failure.params)), [tErrors]);
  return { notice, say, sayError };
}

export type Notice = ReturnType<typeof useNotice>;
