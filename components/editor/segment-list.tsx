"use client";
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from "react";
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";

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
  // The row last scrolled to stays rendered: rows measured taller than guessed (pinyin on a phone) move it
  // while the list settles, and unmounting it would take the focus it was given.
  const pinned = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const index = pinned.current;
    return index === null || index >= range.count || indexes.includes(index) ? indexes : [...indexes, index].sort((a, b) => a - b);
  }, []);

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
    rangeExtractor,
    // The editor opens at its first paragraph (or the one linked): by default the list would start where
    // the window was scrolled, which a link from far down the documents list leaves mid-document.
    initialOffset: 0,
  });

  useImperativeHandle(handle, () => ({
    scrollToIndex: (index: number) => {
      pinned.current = index;
      virtualizer.scrollToIndex(index, { align: "center" });
    },
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
