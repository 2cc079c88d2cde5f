/**
 * A list of strings as chips (tags, categories): type and press Enter or comma to add, Backspace in the empty
 * box removes the last one, each chip has its own remove button. Suggestions come from the other drafts.
 */
import { useId, useState, type KeyboardEvent } from 'react';

export interface ChipsFieldProps {
  label: string;
  values: string[];
  suggestions: string[];
  onChange(values: string[]): void;
}

/** Chips with an input labelled `label`. */
export function ChipsField({ label, values, suggestions, onChange }: ChipsFieldProps) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();
  const add = (raw: string) => {
    const value = raw.trim();
    setDraft('');
    if (!value || values.includes(value)) return;
    onChange([...values, value]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  const offered = suggestions.filter((s) => !values.includes(s));
  return (
    <div className="chips">
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      <div className="chips__box">
        <ul className="chips__list" aria-label={`${label} list`}>
          {values.map((value) => (
            <li key={value} className="chip">
              <span>{value}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${value} from ${label}`}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={inputId}
          className="chips__input"
          value={draft}
          list={listId}
          placeholder={values.length ? '' : `Add ${label.toLowerCase()}…`}
          onChange={(e) => {
            const v = e.target.value;
            if (v.endsWith(',')) add(v.slice(0, -1));
            else setDraft(v);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add(draft)}
        />
        <datalist id={listId}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
