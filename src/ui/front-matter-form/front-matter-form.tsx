/**
 * The front matter form: a view over the post's text. Each field is derived from the text as it is now, and each
 * edit becomes a minimal text change (only that value's bytes) sent through the editor, so undo covers it and
 * every other byte of the post stays as it was. Invalid front matter shows the parser's message with its line and
 * column; the text is never touched then.
 */
import { useId, useMemo, useState } from 'react';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { describeFields } from '../../core/front-matter/field-kinds';
import { removeField, setField } from '../../core/front-matter/edit-front-matter';
import type { EditResult, FieldInput, FieldView, TextChange } from '../../core/front-matter/types';
import { fieldLabel } from './field-label';
import { ChipsField } from './fields/chips-field';
import { DateField } from './fields/date-field';
import { YamlField } from './fields/yaml-field';
import { AddFieldRow } from './add-field-row';
import { ImageFieldPicker } from '../assets/image-field-picker';

export interface FrontMatterFormProps {
  text: string;
  suggestions: { tags: string[]; categories: string[] };
  /** Apply text changes (through the editor, so they can be undone). */
  onChanges(changes: TextChange[]): void;
}

/** The typed form over the post's front matter. */
export function FrontMatterForm({ text, suggestions, onChanges }: FrontMatterFormProps) {
  const read = useMemo(() => readFrontMatter(text), [text]);
  const fields = useMemo(() => (read.ok ? describeFields(read) : []), [read]);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (result: EditResult) => {
    if (result.ok) {
      setProblem(null);
      if (result.changes.length) onChanges(result.changes);
    } else {
      setProblem(result.message);
    }
  };
  const set = (key: string, input: FieldInput) => apply(setField(text, key, input));

  if (!read.ok) {
    return (
      <div className="fm-form">
        <p role="alert" className="fm-form__error">
          Front matter ({read.format.toUpperCase()}) cannot be read: line {read.error.line}, column{' '}
          {read.error.column}: {read.error.message}. The text is kept exactly as typed; fix it in the editor.
        </p>
      </div>
    );
  }
  return (
    <div className="fm-form">
      {read.format && read.format !== 'yaml' && (
        <p className="fm-form__note">
          {read.format.toUpperCase()} front matter: edits change only the edited value.
        </p>
      )}
      {read.warnings.map((w, i) => (
        <p key={i} className="fm-form__warning">
          {w.line ? `Line ${w.line}: ` : ''}
          {w.message}
        </p>
      ))}
      {problem && (
        <p role="alert" className="fm-form__error">
          {problem}
        </p>
      )}
      <div className="fm-form__fields">
        {fields.map((field) => (
          <div key={field.key} className={`fm-row fm-row--${field.kind}`}>
            <FieldControl field={field} suggestions={suggestions} onSet={set} />
            <button
              type="button"
              className="fm-row__remove"
              aria-label={`Remove field ${field.key}`}
              title={`Remove ${field.key}`}
              onClick={() => apply(removeField(text, field.key))}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      <AddFieldRow existing={fields.map((f) => f.key)} onAdd={set} />
    </div>
  );
}

interface FieldControlProps {
  field: FieldView;
  suggestions: { tags: string[]; categories: string[] };
  onSet(key: string, input: FieldInput): void;
}

function FieldControl({ field, suggestions, onSet }: FieldControlProps) {
  const id = useId();
  const label = fieldLabel(field.key);
  switch (field.kind) {
    case 'boolean':
      return (
        <label className="field field--checkbox">
          <input
            type="checkbox"
            checked={field.value === true}
            onChange={(e) => onSet(field.key, { kind: 'boolean', value: e.target.checked })}
          />
          <span className="field__label">{label}</span>
        </label>
      );
    case 'date':
      return (
        <DateField
          label={label}
          text={String(field.value ?? '')}
          onChange={(value) => onSet(field.key, { kind: 'date', value })}
        />
      );
    case 'list': {
      const lower = field.key.toLowerCase();
      const offered =
        lower === 'tags' ? suggestions.tags : lower === 'categories' ? suggestions.categories : [];
      return (
        <ChipsField
          label={label}
          values={Array.isArray(field.value) ? field.value : []}
          suggestions={offered}
          onChange={(value) => onSet(field.key, { kind: 'list', value })}
        />
      );
    }
    case 'number':
      return (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {label}
          </label>
          <input
            id={id}
            type="number"
            value={typeof field.value === 'number' ? field.value : ''}
            onChange={(e) => {
              const n = e.target.valueAsNumber;
              if (Number.isFinite(n)) onSet(field.key, { kind: 'number', value: n });
            }}
          />
        </div>
      );
    case 'text': {
      const value = typeof field.value === 'string' ? field.value : '';
      const long = field.key.toLowerCase() === 'description' || field.key.toLowerCase() === 'summary';
      return (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {label}
          </label>
          {long ? (
            <textarea
              id={id}
              rows={2}
              value={value}
              onChange={(e) => onSet(field.key, { kind: 'text', value: e.target.value })}
            />
          ) : (
            <input
              id={id}
              value={value}
              onChange={(e) => onSet(field.key, { kind: 'text', value: e.target.value })}
            />
          )}
          {field.key.toLowerCase() === 'image' && (
            <ImageFieldPicker
              label={label}
              value={value}
              onPick={(path) => onSet(field.key, { kind: 'text', value: path })}
            />
          )}
        </div>
      );
    }
    default:
      return (
        <YamlField
          label={label}
          yaml={field.display}
          onApply={(yaml) => onSet(field.key, { kind: 'other', yaml })}
        />
      );
  }
}
