"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * Opens the job analysis of the documents ticked in the list (the "id" checkboxes of the form named
 * `form`, the export form's); with none ticked it says so instead.
 */
export function AnalyseSelectedButton({ form }: { form: string }) {
  const t = useTranslations("Analysis");
  const router = useRouter();
  const [isEmpty, setEmpty] = useState(false);
  // A tick (or an untick) makes the last "nothing ticked" stale.
  useEffect(() => {
    const onChange = () => setEmpty(false);
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);
  const open = () => {
    const element = document.getElementById(form);
    const ids = element instanceof HTMLFormElement ? new FormData(element).getAll("id").map(String) : [];
    setEmpty(ids.length === 0);
    if (ids.length > 0) router.push(`/analysis?ids=${ids.join(",")}`);
  };
  return (
    <div className="analyse-selected">
      <button type="button" className="button" onClick={open}>
        {t("analyseSelected")}
      </button>
      {isEmpty && (
        <p role="alert" className="error">
          {t("nothingTicked")}
        </p>
      )}
    </div>
  );
}
