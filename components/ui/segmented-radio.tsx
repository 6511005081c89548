"use client";
import { useId } from "react";

type Props<T extends string> = {
  label: string;
  value: T;
  options: readonly { value: T; label: string; description?: string }[];
  onChange: (value: T) => void;
};

/** A radio group drawn as joined buttons; arrow keys move between options as in any radio group. An option's description is its tooltip and accessible description. */
export function SegmentedRadio<T extends string>({ label, value, options, onChange }: Props<T>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="segmented">
      {options.map((option) => (
        <label key={option.value} className="segmented-option" title={option.description}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            aria-describedby={option.description ? `${name}-${option.value}` : undefined}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {options.map(
        (option) =>
          option.description && (
            <span key={option.value} id={`${name}-${option.value}`} className="visually-hidden">
              {option.description}
            </span>
          ),
      )}
    </div>
  );
}
