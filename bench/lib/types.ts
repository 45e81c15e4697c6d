/** One line of the bench table. Times are milliseconds unless `unit` says otherwise. */
export interface Row {
  figure: string;
  value: number;
  unit: string;
  /** The same measurement without the thing under test, taken in the same run. */
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  p50: number | null;
  p95: number | null;
  note: string;
}

/** What every module in bench/figures exports as `figure`. */
export type Figure = () => Promise<Row[]>;

export function row(fields: Partial<Row> & Pick<Row, 'figure' | 'value' | 'unit'>): Row {
  const baseline = fields.baseline ?? null;
  return {
    baseline,
    ratio: baseline ? fields.value / baseline : null,
    p50: null,
    p95: null,
    note: '',
    ...fields,
  };
}
