import { describe, expect, it } from "vitest";
import { RowSelection } from "./row-selection";

describe("RowSelection", () => {
  it("toggles rows, extends a range over the rows shown, and tells only the rows that changed", () => {
    const selection = new RowSelection();
    const told: number[] = [];
    for (const id of [10, 20, 30, 40]) selection.subscribeRow(id, () => told.push(id));
    selection.toggle(20);
    selection.toggle(40, { extend: true, visible: [10, 20, 40] });
    expect(selection.ids([40, 30, 20, 10])).toEqual([40, 20]);
    expect(selection.getSize()).toBe(2);
    expect(told).toEqual([20, 40]);
    selection.toggle(10, { extend: true, visible: [10, 20, 40] });
    expect(selection.ids([10, 20, 30, 40])).toEqual([10, 20, 40]);
    selection.clear();
    expect(selection.getSize()).toBe(0);
  });
});
