import { useCallback, useEffect, useState } from 'react';
import type { CustomerDetail } from '../../../contract/customers';
import { formatKrw } from '../../../domain/money';
import { maskIdentifier } from '../../../domain/cash-receipt-rules';
import { useErrorText } from '../kernel/errors';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { DataTable } from '../components/DataTable';
import { FormError } from '../components/FormMessage';
import { useCardReplacement } from './replace-store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { SchedulesPanel } from '../schedules/SchedulesPanel';
import { ChargeAgainForm } from './ChargeAgainForm';
import { KeyStateBadge } from './KeyStateBadge';
import { customerMessages } from './messages';
import { dateTimeText } from '../i18n/format';

interface Props {
  customerUid: string;
  onBack(): void;
  /** The card was removed at PortOne and here, after its schedules were cancelled (how many). */
  onRemoved(revokedSchedules: number): void;
}

/** One customer: the card on file, charge again, the payments made with it, remove the card. */
export function CustomerDetailView({ customerUid, onBack, onRemoved }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  const lang = useApp((s) => s.lang);
  const go = useApp((s) => s.go);
  const startReplacing = useCardReplacement((s) => s.start);
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  const load = useCallback(async () => {
    const res = await pos().getCustomer({ customerUid });
    if (res.ok) setDetail(res.data);
    else setError(errorText(res.error));
  }, [customerUid, errorText]);

  useEffect(() => {
    let live = true;
    void pos()
      .getCustomer({ customerUid })
      .then((res) => {
        if (!live) return;
        if (res.ok) setDetail(res.data);
        else setError(errorText(res.error));
      });
    return () => {
      live = false;
    };
  }, [customerUid, errorText]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const remove = async () => {
    setConfirming(false);
    setRemoving(true);
    setError(null);
    // Removal needs a manager: on a cashier's screen the approval dialog asks for one's PIN.
    const res = await withApproval((approval) => pos().removeCard({ customerUid, confirm: true, ...(approval ? { approval } : {}) }));
    setRemoving(false);
    if (res.ok) onRemoved(res.data.revokedSchedules ?? 0);
    // PortOne's refusal and the approval refusal (already in the cashier's language) are shown as they are.
    else setError(errorText(res.error));
  };

  if (!detail) {
    return (
      <section className="customer" aria-label={m('detail')}>
        <button type="button" className="btn" onClick={onBack}>
          {m('back')}
        </button>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>
    );
  }

  const { customer, payments } = detail;
  const row = (label: string, value: string) => (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="customer" aria-labelledby="customer-title">
      <header className="screen-header">
        <h1 id="customer-title">
          {m('detail')}: {customer.name}
        </h1>
        <button type="button" className="btn" onClick={onBack}>
          {m('back')}
        </button>
      </header>
      {customer.keyState === 'missing' && (
        <p className="form-error" role="alert">
          {m('missingNotice')}
        </p>
      )}
      <div className="customer__body">
        <div className="customer__card">
          <dl className="summary" aria-label={m('detail')}>
            {row(m('col.name'), customer.name)}
            {row(m('col.phone'), customer.phone === '' ? t('common.none') : maskIdentifier(customer.phone, 'phone'))}
            {row(m('memo'), customer.memo || t('common.none'))}
            {row(m('col.card'), customer.cardNumberMasked)}
            {row(m('cardName'), customer.cardName ?? t('common.none'))}
            {row(m('pgId'), customer.pgId)}
            {row(m('issuedAt'), customer.issuedAt === null ? t('common.none') : dateTimeText(customer.issuedAt, lang))}
            {row(m('consent'), m('consentText', { at: dateTimeText(customer.consentAt, lang), by: customer.consentBy }))}
            {row(m('checkedAt'), customer.checkedAt === null ? t('common.none') : dateTimeText(customer.checkedAt, lang))}
            <div className="summary__row">
              <dt>{m('col.state')}</dt>
              <dd>
                <KeyStateBadge state={customer.keyState} />
              </dd>
            </div>
          </dl>
          <button
            type="button"
            className="btn"
            disabled={customer.keyState === 'pending'}
            onClick={() => {
              const { customerUid: uid, name, phone, memo, cardNumberMasked } = customer;
              startReplacing({ customerUid: uid, name, phone, memo, cardNumberMasked });
              go('charge');
            }}
          >
            {m('replace')}
          </button>
          <button type="button" className="btn btn--danger" disabled={removing || customer.keyState === 'removed'} onClick={() => setConfirming(true)}>
            {m('remove')}
          </button>
          <FormError error={error} />
        </div>
        <ChargeAgainForm customer={customer} onCharged={load} />
      </div>
      <SchedulesPanel customer={customer} />
      <h2 id="customer-payments">{m('payments')}</h2>
      {payments.length === 0 ? (
        <p className="empty">{m('noPayments')}</p>
      ) : (
        <DataTable
          aria-labelledby="customer-payments"
          columns={[
            { label: m('pay.time') },
            { label: t('payments.order') },
            { label: m('pay.kind') },
            { label: t('payments.amount'), numeric: true },
            { label: t('payments.status') },
          ]}
        >
          {payments.map((p) => (
            <tr key={p.merchantUid}>
              <td>{dateTimeText(p.createdAt, lang)}</td>
              <td>{p.orderName}</td>
              <td>{m(p.kind === 'keyed' ? 'pay.keyed' : p.kind === 'scheduled' ? 'pay.scheduled' : 'pay.billing')}</td>
              <td className="num">{formatKrw(p.amount)}</td>
              <td>{t(`status.${p.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {confirming && (
        <ConfirmDialog
          message={m('remove.confirm', { name: customer.name, card: customer.cardNumberMasked })}
          confirmLabel={m('remove.confirmButton')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
