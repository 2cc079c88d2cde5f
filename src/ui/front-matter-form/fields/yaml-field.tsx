/**
 * Any value the form has no special control for (nested maps, lists of maps, null): shown and edited as YAML,
 * applied when the box loses focus so half-typed YAML never reaches the text.
 */
import { useId, useState } from 'react';

export interface YamlFieldProps {
  label: string;
  yaml: string;
  onApply(yaml: string): void;
}

/** A textarea of YAML for one key. */
export function YamlField({ label, yaml, onApply }: YamlFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__yaml"
        rows={Math.min(8, Math.max(2, (draft ?? yaml).split('\n').length))}
        value={draft ?? yaml}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== yaml) onApply(draft);
          setDraft(null);
        }}
      />
    </div>
  );
}
