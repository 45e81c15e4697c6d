import type { Reconciliation } from '../../../contract/close';
import { formatKrw } from '../../../domain/money';
import { DataTable } from '../components/DataTable';
import { useMessages } from '../i18n/useT';
import { closeMessages } from './messages';

type Side = Reconciliation['issues'][number]['ledger'];

const side = (s: Side) => (s === null ? '—' : `${s.status} ${formatKrw(s.amount)}${s.cancelAmount > 0 ? ` (−${formatKrw(s.cancelAmount)})` : ''}`);

/** Every difference between the POS and PortOne for the period, one row each. */
export function ReconView({ recon }: { recon: Reconciliation }) {
  const m = useMessages(closeMessages);
  if (recon.error !== null) {
    return (
      <p className="form-error" role="alert">
        {m('reconError', { message: recon.error })}
      </p>
    );
  }
  return (
    <div className="recon" aria-labelledby="recon-title">
      <h3 id="recon-title">{m('recon')}</h3>
      <p>{m('reconCounts', { ledger: recon.ledgerCount, portone: recon.portoneCount })}</p>
      {recon.truncated && <p className="form-error">{m('reconTruncated')}</p>}
      {recon.issues.length === 0 ? (
        <p className="ok-text">{m('reconOk')}</p>
      ) : (
        <DataTable
          aria-labelledby="recon-title"
          columns={[
            { label: m('col.kind') },
            { label: 'merchant_uid' },
            { label: 'imp_uid' },
            { label: m('col.ledger') },
            { label: m('col.portone') },
          ]}
        >
          {recon.issues.map((i) => (
            <tr key={`${i.kind}-${i.merchantUid}`}>
              <td>{m(`issue.${i.kind}`)}</td>
              <td>{i.merchantUid}</td>
              <td>{i.impUid ?? '—'}</td>
              <td>{side(i.ledger)}</td>
              <td>{side(i.portone)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {/* A day without cash receipts has nothing to show here. */}
      {recon.receipts && (recon.receipts.checked > 0 || recon.receipts.error !== null) && <ReceiptsRecon receipts={recon.receipts} />}
    </div>
  );
}

/** The period's 현금영수증 as the POS holds them against PortOne's record of each. */
function ReceiptsRecon({ receipts }: { receipts: NonNullable<Reconciliation['receipts']> }) {
  const m = useMessages(closeMessages);
  return (
    <section className="recon" aria-labelledby="recon-receipts">
      <h3 id="recon-receipts">{m('receiptsRecon')}</h3>
      <p data-testid="receipts-checked">{m('receiptsChecked', { count: receipts.checked })}</p>
      {receipts.error !== null && <p className="form-error">{m('reconError', { message: receipts.error })}</p>}
      {receipts.issues.length === 0 ? (
        receipts.error === null && <p className="ok-text">{m('reconOk')}</p>
      ) : (
        <DataTable
          aria-labelledby="recon-receipts"
          columns={[{ label: m('col.kind') }, { label: 'merchant_uid' }, { label: m('col.ledger') }, { label: m('col.portone') }, { label: m('amount') }]}
        >
          {receipts.issues.map((i) => (
            <tr key={`${i.kind}-${i.merchantUid}`}>
              <td>{m(`issue.${i.kind}`)}</td>
              <td>{i.merchantUid}</td>
              <td>{i.pos}</td>
              <td>{i.portone}</td>
              <td>{formatKrw(i.amount)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
