/**
 * Adds a key to the front matter: a name, a kind, and the button. The new key gets an empty value of that kind
 * (text "", false, 0, an empty list, or today's date) which the person then fills in its own row.
 */
import { useState, type FormEvent } from 'react';
import type { FieldInput } from '../../core/front-matter/types';
import { formatRfc3339 } from '../../core/front-matter/hugo-date';

export interface AddFieldRowProps {
  existing: string[];
  onAdd(key: string, input: FieldInput): void;
}

type Kind = 'text' | 'boolean' | 'number' | 'date' | 'list';

const EMPTY: Record<Exclude<Kind, 'date'>, FieldInput> = {
  text: { kind: 'text', value: '' },
  boolean: { kind: 'boolean', value: false },
  number: { kind: 'number', value: 0 },
  list: { kind: 'list', value: [] },
};

/** The "Add field" row under the form. */
export function AddFieldRow({ existing, onAdd }: AddFieldRowProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('text');
  const [message, setMessage] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = name.trim();
    if (!/^[A-Za-z_][\w-]*$/.test(key)) {
      setMessage('A field name starts with a letter and has only letters, digits, "_" and "-".');
      return;
    }
    if (existing.includes(key)) {
      setMessage(`The post already has “${key}”.`);
      return;
    }
    const now = new Date();
    const input: FieldInput =
      kind === 'date' ? { kind: 'date', value: formatRfc3339(now, -now.getTimezoneOffset()) } : EMPTY[kind];
    onAdd(key, input);
    setName('');
    setMessage('');
  };
  return (
    <form className="fm-add" onSubmit={submit} aria-label="Add a front matter field">
      <label>
        <span className="visually-hidden">New field name</span>
        <input value={name} placeholder="new field" onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        <span className="visually-hidden">New field type</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="text">text</option>
          <option value="boolean">yes/no</option>
          <option value="number">number</option>
          <option value="date">date</option>
          <option value="list">list</option>
        </select>
      </label>
      <button type="submit">Add field</button>
      {message && (
        <span role="alert" className="fm-add__message">
          {message}
        </span>
      )}
    </form>
  );
}
