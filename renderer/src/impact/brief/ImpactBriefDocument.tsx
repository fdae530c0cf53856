import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../../shared/domain/office';
import type { ImpactBrief } from '../../../../shared/ipc/impact';
import { installPageStyle } from '../../reports/document/page-style';
import { useReadyWhenDrawn } from '../../reports/document/ready';
import { docT } from '../../reports/document/text';
import { ImpactBriefBody } from './ImpactBriefBody';
import '../../reports/document/document.css';

export interface ImpactBriefDocumentProps {
  brief: ImpactBrief;
  locale?: Locale;
  /** Called once the charts, the emblem and the fonts are drawn: the moment a printer may print. */
  onReady?: () => void;
}

/**
 * The impact brief on A4, as it prints: the same sheet, @page rule ("Halaman X dari Y") and print
 * isolation as the quarterly report (document.css), so window.print() on the Dampak page prints
 * the brief alone, and the print route prints it to PDF.
 */
export function ImpactBriefDocument({ brief, locale = 'id', onReady }: ImpactBriefDocumentProps) {
  const t = useMemo(() => docT(locale), [locale]);
  useEffect(() => installPageStyle(t), [t]);
  const root = useRef<HTMLElement>(null);
  const [drawn, setDrawn] = useState<ImpactBrief | null>(null);
  const onDrawn = useCallback(() => setDrawn(brief), [brief]);
  useReadyWhenDrawn(root, drawn === brief, onReady);
  return (
    <article className="qr-document ib-document" ref={root} lang={locale}>
      <ImpactBriefBody brief={brief} t={t} onDrawn={onDrawn} />
    </article>
  );
}
