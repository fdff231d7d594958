import type { ReactNode } from 'react';

/** The attributes that tie an input to its hint and its server error. */
export interface Described {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** An input (given by `children`) with its hint and its server error under it, both part of its description. */
export function Field({ id, error, hint, children }: {
  id: string;
  error?: string;
  hint?: string;
  children: (described: Described) => ReactNode;
}) {
  const notes = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': notes || undefined })}
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}
