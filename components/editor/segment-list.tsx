"use client";
import { useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";

export type SegmentListHandle = { scrollToIndex: (index: number) => void };

type Props = {
  ids: readonly number[];
  renderRow: (id: number, index: number) => ReactNode;
  handle: Ref<SegmentListHandle>;
};

const ESTIMATED_ROW_PX = 120;

/** Only the rows in and near the viewport are in the DOM; the page scrolls as if all were there. */
export function SegmentList({ ids, renderRow, handle }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The list starts below the header, whose height changes with the window's width.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 4,
    scrollMargin,
    getItemKey: (index) => ids[index],
  });

  useImperativeHandle(handle, () => ({
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: "center" }),
  }));

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={list} className="segment-list" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="segment-slot"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {renderRow(ids[item.index], item.index)}
        </div>
      ))}
    </div>
  );
}
