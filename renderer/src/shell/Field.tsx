import type { ReactNode } from 'react';

/** A labelled form control with its validation message (linked for screen readers). */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string | undefined; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error ? <small className="hint">{hint}</small> : null}
      {error ? (
        <small className="error" id={`${id}-error`} role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** Field problems keyed by dotted path, as the shared validators report them. */
export type FieldErrors = Record<string, string>;

export function toFieldErrors(issues: { path: string; message: string }[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(prefix + '.') ? issue.path.slice(prefix.length + 1) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}
