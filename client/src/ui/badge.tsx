import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

/** A small label that shows a value, such as a category. */
export function DataBadge({ className, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return <span className={classNames('utrecht-data-badge', className)} {...props} />;
}

export interface StatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  status?: 'neutral' | 'success' | 'warning' | 'danger' | 'safe' | 'active' | 'inactive';
}

/** A small label that shows a state, such as "Voldoet". */
export function StatusBadge({ status = 'neutral', className, ...props }: StatusBadgeProps) {
  return (
    <span
      className={classNames('utrecht-status-badge', `utrecht-status-badge--${status}`, className)}
      {...props}
    />
  );
}
