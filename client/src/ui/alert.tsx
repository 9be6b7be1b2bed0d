import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: 'info' | 'ok' | 'warning' | 'error';
}

/** A message box. Give it `role="alert"` only when it appears after the page loaded. */
export function Alert({ type = 'info', className, children, ...props }: AlertProps) {
  return (
    <div className={classNames('utrecht-alert', `utrecht-alert--${type}`, className)} {...props}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
