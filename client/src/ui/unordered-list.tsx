import type { HTMLAttributes, LiHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function UnorderedList({ className, ...props }: HTMLAttributes<HTMLUListElement>) {
  return <ul className={classNames('utrecht-unordered-list', className)} {...props} />;
}

export function ListItem({ className, ...props }: LiHTMLAttributes<HTMLLIElement>) {
  return <li className={classNames('utrecht-unordered-list__item', className)} {...props} />;
}
