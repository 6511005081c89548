"use client";
import { createContext } from "react";
import type { LiveStore } from "./live-store";

/** The open editor's LiveStore, for rows deep in the virtual list; null where no editor is live. */
export const LiveContext = createContext<LiveStore | null>(null);
