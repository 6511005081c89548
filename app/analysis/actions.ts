"use server";
import { saveRateTable, ZRateTableInput } from "@/lib/server/analysis-rates";
import { defineAction } from "@/app/_lib/define-action";
import { authorizeGlobal } from "@/lib/server/auth/authorize";

/**
 * Saves the quote's rate table; a bad rate, weight or currency is INVALID_RATES (params.field) and
 * changes nothing. The analysis pages are dynamic: the form refreshes them after a save.
 */
export const saveRateTableAction = defineAction("saveRateTableAction", ZRateTableInput, async (input, user) => {
  authorizeGlobal(user);
  return saveRateTable(input);
});
