import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
  /** The label's language, when it is not the page's (a language named in its own words). */
  lang?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
}

/** A radio group: arrow keys move between choices, the hint is a description, not part of the name. */
export function ChoiceGroup<T extends string>({ legend, choices, value, onChange }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div class="choice" key={c.value}>
          <input
            type="radio"
            id={`${id}-${c.value}`}
            name={id}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
          />
          <label for={`${id}-${c.value}`} lang={c.lang}>
            {c.label}
          </label>
          {c.hint && (
            <p class="hint" id={`${id}-${c.value}-hint`}>
              {c.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
