/** A determinate progress bar with its text, announced politely to screen readers. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={label}>
      <div className="progress-bar" style={{ width: `${pct}%` }} />
      <span className="progress-text" aria-live="polite">
        {label}
      </span>
    </div>
  );
}
