"use client";
import { createContext, useContext, type ReactNode } from "react";

/** What the user's role in the document's project allows in the editor; the server refuses the rest anyway. */
export type EditorPermissions = { canEdit: boolean; canReview: boolean };

// Local mode and owners: everything (the default, so that an editor without a provider is as before).
const Permissions = createContext<EditorPermissions>({ canEdit: true, canReview: true });

export function EditorPermissionsProvider({ value, children }: { value: EditorPermissions; children: ReactNode }) {
  return <Permissions.Provider value={value}>{children}</Permissions.Provider>;
}

export const useEditorPermissions = (): EditorPermissions => useContext(Permissions);
