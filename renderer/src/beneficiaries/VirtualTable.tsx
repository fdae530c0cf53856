import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualColumn<R> {
  key: string;
  header: string;
  /** A CSS grid track: `150px`, `minmax(180px, 2fr)`. */
  width: string;
  render(row: R): ReactNode;
}

interface Props<R> {
  label: string;
  columns: VirtualColumn<R>[];
  total: number;
  rowHeight: number;
  /** The row at an index, or undefined while its window is still on its way. */
  rowAt(index: number): R | undefined;
  /** Rows the table shows now, plus a margin: the caller fetches their windows. */
  onRangeChange(first: number, last: number): void;
  initialScrollTop: number;
  onScrollTopChange(top: number): void;
  onActivate(row: R, index: number): void;
  loadingText: string;
  emptyText: string;
}

/**
 * Browsers stop scrolling an element somewhere above 16–33 million pixels; 1,000,000 rows of
 * 34 px would pass that. Past this height the scrollbar maps to row positions proportionally.
 */
const MAX_SCROLL_HEIGHT = 8_000_000;
/** Rows fetched beyond each edge of the visible ones, so a slow scroll rarely shows placeholders. */
const OVERSCAN = 40;

/**
 * A windowed table with a fixed row height: only the rows in view exist in the DOM (a few dozen,
 * whatever the total), placed absolutely in a spacer as tall as all rows would be. Arrow keys,
 * Page Up/Down, Home/End move the active row; Enter or a click opens it.
 */
export function VirtualTable<R>(props: Props<R>) {
  const { columns, total, rowHeight, rowAt, onRangeChange, onScrollTopChange, onActivate } = props;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(props.initialScrollTop);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState<number | null>(null);
  const frame = useRef<number | null>(null);

  const naturalHeight = total * rowHeight;
  const spacerHeight = Math.min(naturalHeight, MAX_SCROLL_HEIGHT);
  const maxScroll = Math.max(0, spacerHeight - viewport);
  const maxVirtual = Math.max(0, naturalHeight - viewport);
  // How many virtual pixels one scrolled pixel stands for (1 unless the table is huge).
  const ratio = maxScroll > 0 ? maxVirtual / maxScroll : 1;
  const virtualTop = Math.min(scrollTop * ratio, maxVirtual);
  const first = Math.floor(virtualTop / rowHeight);
  const shift = virtualTop - first * rowHeight;
  const visibleCount = Math.ceil(viewport / rowHeight) + 1;
  const last = Math.min(total - 1, first + visibleCount - 1);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const observer = new ResizeObserver(() => setViewport(body.clientHeight));
    observer.observe(body);
    setViewport(body.clientHeight);
    body.scrollTop = props.initialScrollTop;
    return () => observer.disconnect();
    // The initial position is applied once, when the table mounts.
  }, []);

  useEffect(() => {
    if (total > 0 && viewport > 0) onRangeChange(Math.max(0, first - OVERSCAN), Math.min(total - 1, last + OVERSCAN));
  }, [first, last, total, viewport, onRangeChange]);

  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const top = bodyRef.current?.scrollTop ?? 0;
      setScrollTop(top);
      onScrollTopChange(top);
    });
  };
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  /** Scrolls just enough to show row `index`. */
  const reveal = useCallback(
    (index: number) => {
      const body = bodyRef.current;
      if (!body) return;
      const top = index * rowHeight;
      let target: number | null = null;
      if (top < virtualTop) target = top;
      else if (top + rowHeight > virtualTop + viewport) target = top + rowHeight - viewport;
      if (target !== null) body.scrollTop = target / ratio;
    },
    [rowHeight, virtualTop, viewport, ratio],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    const page = Math.max(1, visibleCount - 2);
    const current = active ?? first;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.max(0, Math.min(total - 1, moves[e.key]!));
      setActive(next);
      reveal(next);
    } else if (e.key === 'Enter' && active !== null) {
      const row = rowAt(active);
      if (row !== undefined) onActivate(row, active);
    }
  };

  const template = columns.map((c) => c.width).join(' ');
  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const row = rowAt(i);
    const top = scrollTop + (i - first) * rowHeight - shift;
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        className={i === active ? 'vt-row active' : 'vt-row'}
        style={{ top, height: rowHeight, gridTemplateColumns: template }}
        onClick={() => {
          setActive(i);
          if (row !== undefined) onActivate(row, i);
        }}
      >
        {columns.map((c) => (
          <div key={c.key} role="cell" className="vt-cell">
            {row === undefined ? <span className="vt-placeholder">{props.loadingText}</span> : c.render(row)}
          </div>
        ))}
      </div>,
    );
  }

  return (
    <div className="vt" role="table" aria-label={props.label} aria-rowcount={total + 1}>
      <div className="vt-head" role="rowgroup">
        <div className="vt-row vt-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" className="vt-cell">
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div className="vt-body" role="rowgroup" ref={bodyRef} tabIndex={0} onScroll={onScroll} onKeyDown={onKeyDown}>
        {total === 0 ? <div className="vt-empty">{props.emptyText}</div> : null}
        <div className="vt-spacer" style={{ height: spacerHeight }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
