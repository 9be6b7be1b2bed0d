import type { SelectHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={classNames('utrecht-select', 'utrecht-select--html-select', className)} {...props} />
  );
}
