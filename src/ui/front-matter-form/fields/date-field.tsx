/**
 * A date-time shown in the post's OWN UTC offset (not the browser's), written back in exactly the format and
 * offset it had. A value the date parser does not understand falls back to a plain text box.
 */
import { useId } from 'react';
import { fromDateInput, toDateInput } from '../../../core/front-matter/hugo-date';

export interface DateFieldProps {
  label: string;
  text: string;
  onChange(text: string): void;
}

/** `<input type="datetime-local">` plus the offset it is in. */
export function DateField({ label, text, onChange }: DateFieldProps) {
  const id = useId();
  const input = toDateInput(text);
  if (!input.ok) {
    return (
      <div className="field">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <input id={id} value={text} onChange={(e) => onChange(e.target.value)} />
      </div>
    );
  }
  const hasTime = input.value.includes('T');
  const hasSeconds = /T\d\d:\d\d:\d\d/.test(input.value);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <span className="date-field">
        <input
          id={id}
          type={hasTime ? 'datetime-local' : 'date'}
          step={hasSeconds ? 1 : undefined}
          value={input.value}
          onChange={(e) => {
            if (e.target.value) onChange(fromDateInput(text, e.target.value));
          }}
        />
        {input.offsetLabel && (
          <span className="date-field__offset" title="The post's own UTC offset, kept as written">
            {input.offsetLabel === 'Z' ? 'UTC' : `UTC${input.offsetLabel}`}
          </span>
        )}
      </span>
    </div>
  );
}
