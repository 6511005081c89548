"use client";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SEGMENT_FILTERS, type SegmentFilter } from "@/lib/core/editor/segment-filter";
import { SCRIPT_VIEWS, type ScriptView } from "@/lib/core/model";
import { SegmentedRadio } from "@/components/ui/segmented-radio";
import { Switch } from "@/components/ui/switch";
import type { SourceView } from "./use-source-view";

type Props = {
  total: number;
  shown: number;
  filter: SegmentFilter;
  query: string;
  view: SourceView;
  onFilter: (filter: SegmentFilter) => void;
  onQuery: (query: string) => void;
  onJump: (n: number) => void;
  onView: (view: ScriptView) => void;
  onPinyin: (isOn: boolean) => void;
  onToneColours: (isOn: boolean) => void;
  onShortcuts: () => void;
  /** The export menu (downloads and importing translations back). */
  exportMenu?: ReactNode;
  /** The conversion review switch. */
  reviewToggle?: ReactNode;
};

/** Filter, find, jump, script and pinyin, export and help: the controls above the paragraphs. */
export function EditorToolbar(props: Props) {
  const { total, shown, filter, query, view } = props;
  const t = useTranslations("Editor");
  const describeView = (value: ScriptView) => (value === "tw" || value === "hk" || value === "twp" ? t(`scriptHints.${value}`) : undefined);
  const [jump, setJump] = useState("");
  const isNarrowed = filter !== "all" || query !== "";
  return (
    <div className="editor-controls" aria-label={t("toolbarLabel")} role="group">
      <div className="control-group">
        <label className="control">
          <span className="control-label">{t("filterLabel")}</span>
          <select value={filter} onChange={(event) => props.onFilter(event.target.value as SegmentFilter)}>
            {SEGMENT_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`filter.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          className="find-input"
          aria-label={t("findLabel")}
          placeholder={t("findPlaceholder")}
          value={query}
          onChange={(event) => props.onQuery(event.target.value)}
        />
        <form
          className="jump-form"
          onSubmit={(event) => {
            event.preventDefault();
            const n = Number(jump);
            if (Number.isInteger(n) && n >= 1 && n <= total) props.onJump(n);
          }}
        >
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={total}
            aria-label={t("jumpLabel")}
            placeholder="#"
            value={jump}
            onChange={(event) => setJump(event.target.value)}
          />
          <button type="submit" className="button">
            {t("jumpButton")}
          </button>
        </form>
        {isNarrowed && (
          <span className="shown-count">
            {t("shown", { shown })}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                props.onFilter("all");
                props.onQuery("");
              }}
            >
              {t("showAll")}
            </button>
          </span>
        )}
      </div>
      <div className="control-group">
        <SegmentedRadio
          label={t("scriptLabel")}
          value={view.view}
          options={SCRIPT_VIEWS.map((value) => ({ value, label: t(`scripts.${value}`), description: describeView(value) }))}
          onChange={props.onView}
        />
        <Switch label={t("pinyin")} checked={view.isPinyin} onChange={props.onPinyin} />
        {view.isPinyin && <Switch label={t("toneColours")} checked={view.isToneColours} onChange={props.onToneColours} />}
        {view.isLoading && <span className="hint">{t("loadingView")}</span>}
        {props.reviewToggle}
        {props.exportMenu}
        <button type="button" className="button" onClick={props.onShortcuts} aria-keyshortcuts="?">
          {t("shortcutsButton")} <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </div>
  );
}
