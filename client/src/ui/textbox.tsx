import type { InputHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function Textbox({ className, type = 'text', ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      type={type}
      className={classNames('utrecht-textbox', 'utrecht-textbox--html-input', className)}
      {...props}
    />
  );
}
