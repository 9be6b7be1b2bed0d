import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { classNames } from './class-names.ts';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary-action' | 'secondary-action' | 'subtle';
}

/**
 * A Utrecht button. `disabled` is rendered as `aria-disabled` so the button stays
 * focusable and screen reader users still hear that it exists and why it cannot be used.
 */
export function Button({
  appearance = 'secondary-action',
  type = 'button',
  disabled = false,
  className,
  onClick,
  ...props
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      aria-disabled={disabled || undefined}
      className={classNames(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        type === 'submit' && 'utrecht-button--submit',
        disabled && 'utrecht-button--disabled',
        className,
      )}
      onClick={handleClick}
      {...props}
    />
  );
}
