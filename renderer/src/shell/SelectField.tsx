import { Field } from './Field';

export interface Option<V extends string | number> {
  value: V;
  label: string;
}

/**
 * A labelled select over typed values. `emptyLabel` adds a first option meaning "none" (null),
 * so optional choices (parent program, desil bounds) need no string juggling at the call site.
 */
export function SelectField<V extends string | number>(props: {
  id: string;
  label: string;
  value: V | null;
  options: Option<V>[];
  onChange(value: V | null): void;
  emptyLabel?: string;
  error?: string | undefined;
}) {
  const { id, label, value, options, onChange, emptyLabel, error } = props;
  return (
    <Field id={id} label={label} error={error}>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          onChange(picked ? picked.value : null);
        }}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
