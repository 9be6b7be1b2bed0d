import {
  type HTMLAttributes,
  type ReactNode,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
  useId,
  useLayoutEffect,
  useRef,
} from 'react';
import { classNames } from './class-names.ts';

export interface TableProps extends HTMLAttributes<HTMLTableElement> {
  caption: ReactNode;
}

/**
 * A Utrecht table with its caption. Below ~600 px each row becomes a card that names every
 * value with its column's header (layout.css `.ic-table`), instead of squeezing columns until
 * words break into fragments (issue 11 item 5). The explicit roles keep it a table for screen
 * readers, which some browsers forget once a table is not displayed as one. The box can get
 * keyboard focus and is named by the caption, so a wide table that still scrolls can be
 * scrolled by keyboard too (WCAG 2.1.1).
 */
export function Table({ caption, className, children, ...props }: TableProps) {
  const captionId = useId();
  const ref = useRef<HTMLTableElement>(null);
  // Runs after every render: rows and headers come from the caller and may change any time.
  useLayoutEffect(() => labelCells(ref.current));
  return (
    <section
      className="utrecht-table-container utrecht-table-container--overflow-inline ic-table-box"
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
      tabIndex={0}
    >
      <table
        ref={ref}
        // biome-ignore lint/a11y/noRedundantRoles: a table shown as cards loses its implicit roles in some browsers.
        role="table"
        className={classNames('utrecht-table', 'utrecht-table--html-table', 'ic-table', className)}
        {...props}
      >
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

/** Gives each body cell its column header's text as `data-label`, which the card layout shows. */
function labelCells(table: HTMLTableElement | null): void {
  if (!table) return;
  const headers = [...table.querySelectorAll(':scope > thead > tr > th')].map((th) => th.textContent ?? '');
  for (const row of table.querySelectorAll(':scope > tbody > tr')) {
    [...row.children].forEach((cell, index) => {
      const label = headers[index];
      if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
    });
  }
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  // biome-ignore lint/a11y/noRedundantRoles: a table shown as cards loses its implicit roles in some browsers.
  return <thead role="rowgroup" className={classNames('utrecht-table__header', className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  // biome-ignore lint/a11y/noRedundantRoles: a table shown as cards loses its implicit roles in some browsers.
  return <tbody role="rowgroup" className={classNames('utrecht-table__body', className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  // biome-ignore lint/a11y/noRedundantRoles: a table shown as cards loses its implicit roles in some browsers.
  return <tr role="row" className={classNames('utrecht-table__row', className)} {...props} />;
}

export function TableHeaderCell({
  className,
  scope = 'col',
  ...props
}: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      role={scope === 'row' ? 'rowheader' : 'columnheader'}
      className={classNames('utrecht-table__header-cell', className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  // biome-ignore lint/a11y/noRedundantRoles: a table shown as cards loses its implicit roles in some browsers.
  return <td role="cell" className={classNames('utrecht-table__cell', className)} {...props} />;
}
