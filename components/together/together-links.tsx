import Link from "next/link";
import { useTranslations } from "next-intl";

/** The header's links to the activity and, in team mode, to my work. */
export function TogetherLinks({ isTeam }: { isTeam: boolean }) {
  const t = useTranslations("Activity");
  const tMyWork = useTranslations("MyWork");
  return (
    <>
      {isTeam && (
        <Link href="/my-work" className="settings-link">
          {tMyWork("navLink")}
        </Link>
      )}
      <Link href="/activity" className="settings-link">
        {t("navLink")}
      </Link>
    </>
  );
}
