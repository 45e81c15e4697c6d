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
    </div>
  );
}
