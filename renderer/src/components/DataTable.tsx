import type { AriaAttributes, ReactNode } from 'react';

export interface Column {
  /** Null for a column without a heading (e.g. row actions). */
  label: ReactNode;
  /** Amounts: right-aligned like their cells (`td.num`). */
  numeric?: boolean;
}

type Props = Pick<AriaAttributes, 'aria-label' | 'aria-labelledby' | 'aria-describedby'> & {
  columns: readonly Column[];
  /** The `<tr>` rows. */
  children: ReactNode;
};

/** The list screens' table: scrolls on its own, headed columns, named for screen readers by the caller. */
export function DataTable({ columns, children, ...naming }: Props) {
  return (
    <div className="table-scroll">
      <table className="payments__table" {...naming}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              // Columns are fixed per screen, so the position is a stable key.
              <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
