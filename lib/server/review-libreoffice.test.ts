import { describe, expect, it } from "vitest";
import { parseReviewFile } from "@/lib/core/formats/parse-review-file";
import { editReviewDocx, editReviewXlsx } from "@/lib/core/testing/edit-review-file";
import { findAnnotationMarks } from "./annotations";
import { getDocument } from "./documents";
import { exportDocument } from "./export-document";
import { importReview } from "./review-import";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";
import { convertWithLibreOffice, findSoffice } from "./testing/convert-with-libreoffice";

// LibreOffice (Debian's libreoffice-writer-nogui and -calc-nogui) is installed by .ci/run. On a
// developer's machine without it these tests are skipped; in CI its absence is a failure.
const soffice = await findSoffice();
if (!soffice && process.env.CI) throw new Error("soffice is missing: .ci/run installs libreoffice-writer-nogui and libreoffice-calc-nogui");

const TARGETS = ["R&D: “quotes” & <tags>", "Line one\nLine two 👍 𠀀", "  Leading spaces, a tab\tand trailing  ", "=1+2 stays text", ""];

const ROUND_TRIPS = {
  docx: { edit: async (bytes: Uint8Array, id: string) => editReviewDocx(bytes, [{ id, target: "Reviewed in Word.", comment: "评论：check it" }]), filters: ["odt", "docx:MS Word 2007 XML"] },
  xlsx: { edit: (bytes: Uint8Array, id: string) => editReviewXlsx(bytes, [{ id, target: "Reviewed in Calc.", comment: "评论：check it" }]), filters: ["ods", "xlsx:Calc MS Excel 2007 XML"] },
};

describe.skipIf(!soffice).each(["docx", "xlsx"] as const)("a review %s through LibreOffice (→ ODF → OOXML)", (format) => {
  it("comes back with every text as it was, the reviewer's target as a revision and the comment as a note", { timeout: 180_000 }, async () => {
    const id = await buildDocument("研发与测试。\n\n第一行\n\n第二行。\n\n“公式”=1+2。\n\n还没翻译的段落。");
    const segments = (await getDocument({ id })).segments;
    expect(segments).toHaveLength(TARGETS.length);
    for (const [i, segment] of segments.entries()) {
      if (TARGETS[i]) await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: TARGETS[i], status: "translated", clientEditId: `t${i}`, author: "test" });
    }
    const exported = (await exportDocument({ documentId: id, format: `review-${format}` })).body as Uint8Array;
    const { edit, filters } = ROUND_TRIPS[format];
    const edited = await edit(exported, `s${segments[3].id}`);
    const review = await parseReviewFile(await convertWithLibreOffice(edited, `review.${format}`, filters));

    expect(review.rows.map((row) => row.source)).toEqual(segments.map((segment) => segment.source));
    const summary = await importReview({ documentId: id, review });
    expect(summary).toMatchObject({ changed: 1, changedParagraphs: [4], unchanged: segments.length - 1, conflicts: 0, notes: 1 });
    const after = (await getDocument({ id })).segments;
    expect(after.map((segment) => segment.target)).toEqual(TARGETS.map((target, i) => (i === 3 ? `Reviewed in ${format === "docx" ? "Word" : "Calc"}.` : target)));
    // Calc drops the tab of paragraph 3; the import counts that row as unchanged (see planReviewImport).
    if (format === "docx") expect(review.rows[2].target).toBe(TARGETS[2]);
    expect((await findRevisions({ segmentId: segments[3].id }))[0]).toMatchObject({ author: "review", kind: "edit", status: "translated" });
    expect(await findAnnotationMarks({ documentId: id })).toMatchObject([{ segmentId: segments[3].id, note: "评论：check it" }]);
  });
});
