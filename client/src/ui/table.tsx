import {
  type HTMLAttributes,
  type ReactNode,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
  useId,
} from 'react';
import { classNames } from './class-names.ts';

export interface TableProps extends HTMLAttributes<HTMLTableElement> {
  caption: ReactNode;
}

/**
 * A Utrecht table with its caption. On a narrow phone it scrolls sideways inside its own box;
 * that box can get keyboard focus and is named by the caption, so keyboard users can scroll
 * it too (WCAG 2.1.1).
 */
export function Table({ caption, className, children, ...props }: TableProps) {
  const captionId = useId();
  return (
    <section
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
      tabIndex={0}
    >
      <table className={classNames('utrecht-table', 'utrecht-table--html-table', className)} {...props}>
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={classNames('utrecht-table__header', className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={classNames('utrecht-table__body', className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={classNames('utrecht-table__row', className)} {...props} />;
}

export function TableHeaderCell({
  className,
  scope = 'col',
  ...props
}: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={classNames('utrecht-table__header-cell', className)} {...props} />;
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={classNames('utrecht-table__cell', className)} {...props} />;
}
