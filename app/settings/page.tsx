import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MtSettingsForm } from "@/components/settings/mt-settings-form";
import { readPublicMtSettings } from "@/lib/server/mt/mt-settings";
import { saveMtSettingsAction } from "./actions";
import "./settings.css";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MtSettings"))("title") };
}

/** Settings: the machine translation provider. The API key stays on the server; the page only knows whether one is set. */
export default async function SettingsPage() {
  await requirePageUser();
  const [settings, t, tDocument] = await Promise.all([readPublicMtSettings(), getTranslations("MtSettings"), getTranslations("Document")]);
  return (
    <div className="settings-page">
      <nav className="breadcrumb">
        <Link href="/">← {tDocument("back")}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <MtSettingsForm settings={settings} save={saveMtSettingsAction} />
    </div>
  );
}
