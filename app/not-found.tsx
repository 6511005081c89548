import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <div className="message-page">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("NOT_FOUND")}</p>
      <Link href="/">{t("backHome")}</Link>
    </div>
  );
}
