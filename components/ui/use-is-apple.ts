"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Whether shortcuts use ⌘ (Apple systems) rather than Ctrl; outside React too. */
export const isApplePlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** The platform as a hook: false on the server and while hydrating, then the browser's. */
export function useIsApple(): boolean {
  return useSyncExternalStore(noSubscription, isApplePlatform, () => false);
}
