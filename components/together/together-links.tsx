import Link from "next/link";
import { useTranslations } from "next-intl";

/** The header's link to my work (team mode: assignments and mentions name signed-in people). */
export function TogetherLinks({ isTeam }: { isTeam: boolean }) {
  const t = useTranslations("MyWork");
  if (!isTeam) return null;
  return (
    <Link href="/my-work" className="settings-link my-work-link">
      {t("navLink")}
    </Link>
  );
}
