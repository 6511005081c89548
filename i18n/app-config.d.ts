import type { Locale } from "./locales";
import type messages from "../messages/en.json";

// A message key or locale that does not exist fails `npm run typecheck`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
