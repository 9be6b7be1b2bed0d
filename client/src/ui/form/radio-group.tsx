import type { ReactNode } from 'react';
import { classNames } from '../class-names.ts';
import { Fieldset } from './fieldset.tsx';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  id: string;
  /** Radios with the same name form one group for the arrow keys. */
  name: string;
  legend: ReactNode;
  options: RadioOption<V>[];
  value: V | null;
  onValueChange: (value: V) => void;
  description?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
}

export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  options,
  value,
  onValueChange,
  description,
  error,
  disabled,
}: RadioGroupProps<V>) {
  return (
    <Fieldset id={id} legend={legend} description={description} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
            <div className="utrecht-form-field__input">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={disabled}
                onChange={() => onValueChange(option.value)}
                className={classNames(
                  'utrecht-radio-button',
                  'utrecht-radio-button--html-input',
                  error && 'utrecht-radio-button--invalid',
                )}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </Fieldset>
  );
}
