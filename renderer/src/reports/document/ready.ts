import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onReady` once `drawn` is true and the document's images (the emblem) and fonts are
 * decoded: the moment a printer may print. Shared by every printed document.
 */
export function useReadyWhenDrawn(root: RefObject<HTMLElement | null>, drawn: boolean, onReady: (() => void) | undefined): void {
  const readyCallback = useRef(onReady);
  readyCallback.current = onReady;
  useEffect(() => {
    if (!drawn) return;
    let alive = true;
    const images = [...(root.current?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined));
    void Promise.all([...images, document.fonts.ready]).then(() => {
      if (alive) readyCallback.current?.();
    });
    return () => {
      alive = false;
    };
  }, [drawn, root]);
}
