import { Fragment } from 'react';
import type { Bucket, CloseReport, Totals } from '../../../contract/close';
import { cashDifferenceText, windowRowLabel } from '../../../contract/close-labels';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { useMessages } from '../i18n/useT';
import { closeMessages } from './messages';
import { ReconView } from './ReconView';

const KINDS = ['approved', 'refunded', 'net'] as const;

/** The X or Z report on screen: totals by method (the window's by its own method), cashier and card company, the drawer, and the reconciliation. */
export function ReportView({ report }: { report: CloseReport }) {
  const m = useMessages(closeMessages);
  const lang = useApp((st) => st.lang);
  const { totals, cash, drawer } = report;
  // Amount first, then how many movements made it.
  const sum = (x: { count: number; amount: number }) => `${formatKrw(x.amount)} (${x.count})`;
  const cells = (b: Bucket) => [String(b.count), formatKrw(b.amount), formatKrw(b.taxFree), formatKrw(b.supply), formatKrw(b.vat)];
  const rows = (label: string, t: Totals, testId: string) =>
    KINDS.map((k) => (
      <tr key={`${label}-${k}`} data-testid={`${testId}-${k}`}>
        <th scope="row">{label}</th>
        <td>{m(k)}</td>
        {cells(t[k]).map((c, i) => (
          <td key={i}>{c}</td>
        ))}
      </tr>
    ));
  const head = (
    <thead>
      <tr>
        <th scope="col" />
        <th scope="col" />
        <th scope="col">{m('count')}</th>
        <th scope="col">{m('amount')}</th>
        <th scope="col">{m('taxFree')}</th>
        <th scope="col">{m('supply')}</th>
        <th scope="col">{m('vat')}</th>
      </tr>
    </thead>
  );
  return (
    <div className="close-report" aria-label={m('report')}>
      <p className="close-report__state">{report.final ? m('final') : m('notFinal')}</p>
      {report.openPayments.length > 0 && (
        <div className="close-report__open" role="alert">
          <p>{m('openWarning', { count: report.openPayments.length })}</p>
          <ul>
            {report.openPayments.map((p) => (
              <li key={p.merchantUid}>
                {p.merchantUid} · {m(p.kind)} · {formatKrw(p.amount)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 id="by-method">{m('method')}</h3>
      <table className="payments__table close-report__table" aria-labelledby="by-method">
        {head}
        <tbody>
          {(['keyed', 'billing', 'window'] as const).map((k) => rows(m(k), totals.byMethod[k], `method-${k}`))}
          {totals.byWindowMethod?.map((g) => rows(windowRowLabel(lang, g.method, g.company), g.totals, `window-${g.method}-${g.company ?? ''}`))}
          {rows(m('all'), totals.all, 'total')}
        </tbody>
      </table>
      <h3 id="by-cashier">{m('cashier')}</h3>
      <table className="payments__table close-report__table" aria-labelledby="by-cashier">
        {head}
        <tbody>{totals.byCashier.map((c) => rows(c.cashier, c.totals, `cashier-${c.cashier}`))}</tbody>
      </table>
      {totals.byCardCompany.length > 0 && (
        <>
          <h3 id="by-company">{m('cardCompany')}</h3>
          <table className="payments__table close-report__table" aria-labelledby="by-company">
            {head}
            <tbody>{totals.byCardCompany.map((c) => rows(c.company || m('otherCompany'), c.totals, `company-${c.company}`))}</tbody>
          </table>
        </>
      )}
      <dl className="close-report__facts">
        <dt>{m('lateRefunds')}</dt>
        <dd>{formatKrw(totals.lateRefunds)}</dd>
        <dt>{m('lateApprovals')}</dt>
        <dd>{formatKrw(totals.lateApprovals)}</dd>
        <dt>{m('awaitingDeposit')}</dt>
        <dd>{totals.awaitingDeposit}</dd>
        <dt>{m('notCharged')}</dt>
        <dd>{totals.notCharged}</dd>
        <dt>{m('unresolved')}</dt>
        <dd>{totals.unresolved}</dd>
        {report.sales && (
          <>
            <dt>{m('splitSales')}</dt>
            <dd data-testid="split-sales">{report.sales.splitSales}</dd>
          </>
        )}
        <dt>{m('cashFloat')}</dt>
        <dd>{formatKrw(cash.float)}</dd>
        {drawer &&
          (
            [
              ['cashSales', 'cash-sales', sum(drawer.cashSales)],
              ['cashRefunds', 'cash-refunds', sum(drawer.cashRefunds)],
              ['drops', 'cash-drops', sum(drawer.drops)],
              ['payouts', 'cash-payouts', sum(drawer.payouts)],
              ['expectedCash', 'cash-expected', formatKrw(drawer.expected)],
              ['receiptsIssued', 'receipts-issued', sum(drawer.receiptsIssued)],
              ['receiptsCancelled', 'receipts-cancelled', sum(drawer.receiptsCancelled)],
            ] as const
          ).map(([label, testId, value]) => (
            <Fragment key={testId}>
              <dt>{m(label)}</dt>
              <dd data-testid={testId}>{value}</dd>
            </Fragment>
          ))}
        <dt>{m('cashCounted')}</dt>
        <dd data-testid="cash-counted">{cash.counted === null ? '—' : formatKrw(cash.counted)}</dd>
        <dt>{m('cashDifference')}</dt>
        <dd data-testid="cash-difference">{cash.difference === null ? '—' : cashDifferenceText(cash.difference, lang)}</dd>
      </dl>
      {report.reconciliation && <ReconView recon={report.reconciliation} />}
    </div>
  );
}
