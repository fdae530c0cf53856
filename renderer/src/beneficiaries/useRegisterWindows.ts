import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegisterQuery } from '../../../shared/domain/register-query';
import type { RegisterRow } from '../../../shared/ipc/beneficiaries';
import { call, errorText } from '../api';

/** Rows per request: one IPC call fills about three screens. */
const BLOCK = 100;
/** Blocks kept in memory; the ones farthest from the view go first. */
const MAX_BLOCKS = 60;

export interface RegisterWindows {
  /** null until the first window arrived. */
  total: number | null;
  error: string | null;
  rowAt(index: number): RegisterRow | undefined;
  /** Fetches the windows covering rows first..last that are not here yet. */
  ensureRange(first: number, last: number): void;
}

/**
 * The rows of a register view, fetched from main in blocks as the table scrolls. Main keeps the
 * view's ids; each answer carries the view's version, and a new version (an edit, an import)
 * drops every block fetched before it.
 */
export function useRegisterWindows(query: RegisterQuery): RegisterWindows {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const blocks = useRef(new Map<number, RegisterRow[]>());
  const inflight = useRef(new Set<number>());
  const version = useRef<number | null>(null);
  const range = useRef<[number, number]>([0, 0]);
  const generation = useRef(0);
  const queryRef = useRef(query);
  const key = JSON.stringify(query);

  const load = useCallback((block: number) => {
    if (blocks.current.has(block) || inflight.current.has(block)) return;
    inflight.current.add(block);
    const gen = generation.current;
    call('beneficiaries.list', { query: queryRef.current, offset: block * BLOCK, limit: BLOCK }).then(
      (page) => {
        if (gen !== generation.current) return;
        inflight.current.delete(block);
        // An answer from before the latest change: ask again.
        if (version.current !== null && page.version < version.current) {
          load(block);
          return;
        }
        const stale = version.current !== null && page.version !== version.current;
        version.current = page.version;
        if (stale) blocks.current.clear();
        blocks.current.set(block, page.rows);
        evict(blocks.current, range.current);
        setTotal(page.total);
        setError(null);
        setTick((t) => t + 1);
        // Blocks dropped for a newer version are read again where the clerk is looking.
        if (stale) ensureBlocks(range.current, load);
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        inflight.current.delete(block);
        setError(errorText(err));
      },
    );
  }, []);

  useEffect(() => {
    queryRef.current = query;
    generation.current++;
    blocks.current.clear();
    inflight.current.clear();
    version.current = null;
    setTotal(null);
    setError(null);
    load(0);
    // `key` stands for the query's content: a new object with equal filters is not a new view.
  }, [key, load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      range.current = [first, last];
      ensureBlocks(range.current, load);
    },
    [load],
  );

  const rowAt = (index: number) => blocks.current.get(Math.floor(index / BLOCK))?.[index % BLOCK];
  return { total, error, rowAt, ensureRange };
}

function ensureBlocks([first, last]: [number, number], load: (block: number) => void): void {
  for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) load(b);
}

function evict(blocks: Map<number, RegisterRow[]>, [first, last]: [number, number]): void {
  if (blocks.size <= MAX_BLOCKS) return;
  const middle = (first + last) / 2 / BLOCK;
  const farthest = [...blocks.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
  for (const b of farthest.slice(0, blocks.size - MAX_BLOCKS)) blocks.delete(b);
}
