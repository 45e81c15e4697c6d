import { useEffect, useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../contract/customers';
import type { SaleDetail, SaleLineView, SaleTender } from '../../../contract/sales';
import { MANDATORY_RECEIPT_FROM } from '../../../domain/cash-receipt-rules';
import type { WindowPayMethod } from '../../../contract/window-payments';
import { formatKrw, installmentsAllowed } from '../../../domain/money';
import { linePart, linesStillOpen, paidLineIds } from '../../../domain/tender-split';
import { CardInputs } from '../card-entry/CardInputs';
import { nextCardField } from '../card-entry/next-field';
import { cashCovers, CashTender } from '../cash/CashTender';
import { cashMessages } from '../cash/messages';
import { CashReceiptChoice, receiptBuyerOf, type ReceiptChoice } from '../cash-receipts/CashReceiptChoice';
import { formatWonInput, normalize, validateCardForm, wonOf, type CardFieldName, type CardForm } from '../charge/form';
import { InstallmentSelect } from '../card-entry/InstallmentSelect';
import { useFieldFocus } from '../charge/useFieldFocus';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { windowPayMessages } from '../window-pay/messages';
import { ChoiceSwitch } from './ChoiceSwitch';
import { focusOnMount } from './focus';
import { saleMessages } from './messages';
import { SalePartsList } from './SalePartsList';

type TenderKind = SaleTender['kind'];

/** What one part pays: an amount, or the chosen lines (main takes their net and tax-free share). */
export type PartSplit = { amount: number } | { lines: string[] };

interface Props {
  /** The sale's total. */
  total: number;
  /** The sale as main has it, with the parts already paid (null before the first attempt). */
  detail: SaleDetail | null;
  orderName: string;
  /** The sale's lines, priced as they will be charged (as written with the sale once a part is paid). */
  lines: readonly SaleLineView[];
  busy: boolean;
  storeName: string;
  /** A discount is above the limit: a manager approves when the payment is sent. */
  approvalNeeded: boolean;
  /** Pays a part of the sale (an amount, or chosen lines) with the tender. */
  onPay(tender: SaleTender, split: PartSplit): void;
  onBack(): void;
}

const emptyCard = (): CardForm => ({ cardNumber: '', expiry: '', ownerType: 'personal', birth: '', pwd2digit: '' });

/**
 * The sale's tenders: cash (given, change, 현금영수증), a card typed in (the quick charge's own
 * card inputs and checks), the PG's payment window, or a customer's card on file. Each pays the
 * amount typed here — all that is left, or less to split the sale (복합결제) — or the lines
 * ticked here (나눠 내기: 품목), which main prices with their own tax-free share
 * (domain/tender-split.ts). Lines are offered only while every paid part was paid by lines.
 * Card fields live in this component for one attempt and are cleared when it unmounts (the
 * screen remounts it after every part).
 */
export function PayPanel({ total, detail, orderName, lines, busy, storeName, approvalNeeded, onPay, onBack }: Props) {
  const t = useT();
  const s = useMessages(saleMessages);
  const w = useMessages(windowPayMessages);
  const c = useMessages(cashMessages);
  const paid = detail?.sale.paid ?? 0;
  const remaining = total - paid;
  const [kind, setKind] = useState<TenderKind>('keyed');
  const [partTyped, setPartTyped] = useState(formatWonInput(String(remaining)));
  const paidParts = (detail?.parts ?? []).filter((p) => p.state === 'paid');
  const byLinesOffered = linesStillOpen(paidParts);
  const paidLines = paidLineIds(paidParts);
  // After a part paid by lines the next is most likely the next diner's lines too.
  const [splitBy, setSplitBy] = useState<'amount' | 'lines'>(paidLines.size > 0 ? 'lines' : 'amount');
  const [chosen, setChosen] = useState<string[]>([]);
  const { focusField, registerInput } = useFieldFocus();
  const [given, setGiven] = useState('');
  const [receiptChoice, setReceiptChoice] = useState<ReceiptChoice>('none');
  const [receiptNumber, setReceiptNumber] = useState('');
  const [mandatorySector, setMandatorySector] = useState(false);
  const [card, setCard] = useState<CardForm>(emptyCard);
  const [quota, setQuota] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [method, setMethod] = useState<WindowPayMethod>('card');
  const [buyerTel, setBuyerTel] = useState('');
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<CustomerView[]>([]);
  const [customerUid, setCustomerUid] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void pos()
      .getCashReceiptSettings(undefined)
      .then((res) => live && res.ok && setMandatorySector(res.data.mandatorySector));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (kind !== 'card_on_file') return;
    let live = true;
    void pos()
      .searchCustomers({ query: query.trim(), limit: 20 })
      .then((res) => {
        if (live && res.ok) setCustomers(res.data.filter((c) => c.keyState === 'active'));
      });
    return () => {
      live = false;
    };
  }, [kind, query]);

  const byLines = byLinesOffered && splitBy === 'lines';
  const chosenPart = byLines ? linePart(lines, paidParts, chosen) : null;
  const chosenMoney = chosenPart && 'part' in chosenPart ? chosenPart.part : null;
  const amount = byLines ? (chosenMoney?.amount ?? 0) : wonOf(partTyped);
  const amountOk = byLines ? chosenMoney !== null : amount > 0 && amount <= remaining;
  const split: PartSplit = byLines ? { lines: chosen } : { amount };
  const toggleLine = (lineId: string) => setChosen((now) => (now.includes(lineId) ? now.filter((id) => id !== lineId) : [...now, lineId]));
  const receiptBuyer = receiptBuyerOf(receiptChoice, receiptNumber);
  const checked = validateCardForm(card, new Date());
  const cardQuota = installmentsAllowed(amount) ? quota : 0;
  const field = (name: CardFieldName) => ({
    name: `sale-${name}`,
    value: card[name],
    error: showErrors && checked.errors[name] ? t(checked.errors[name]) : undefined,
    disabled: busy,
    bindInput: name === 'cardNumber' ? focusOnMount : registerInput(name),
    onChange: (typed: string) => {
      const value = normalize(name, typed, card.ownerType);
      setCard((c) => ({ ...c, [name]: value }));
      const next = nextCardField(name, card[name], value);
      if (next) focusField(next);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy || !amountOk) return;
    if (kind === 'cash') {
      setShowErrors(true);
      if (!cashCovers(amount, given) || receiptBuyer === 'invalid') return;
      onPay({ kind: 'cash', given: wonOf(given), receiptBuyer }, split);
    } else if (kind === 'keyed') {
      setShowErrors(true);
      if (!checked.card) return;
      onPay({ kind: 'keyed', buyerName: '', buyerTel: '', ...checked.card, cardQuota }, split);
      // The password digits go with this one attempt; the panel (and every card field) goes with the result.
      setCard((c) => ({ ...c, pwd2digit: '' }));
      setShowErrors(false);
    } else if (kind === 'window') {
      onPay({ kind: 'window', buyerName: '', buyerTel, buyerEmail: '', payMethod: method, company: storeName.slice(0, 40), companyEn: '' }, split);
    } else if (customerUid !== null) {
      onPay({ kind: 'card_on_file', customerUid, cardQuota }, split);
    }
  };

  const tabs: { kind: TenderKind; label: string }[] = [
    { kind: 'cash', label: c('tender') },
    { kind: 'keyed', label: s('tenderKeyed') },
    { kind: 'window', label: s('tenderWindow') },
    { kind: 'card_on_file', label: s('tenderOnFile') },
  ];
  const words = { amount: formatKrw(amount) };
  const payLabel = { cash: c('pay', words), keyed: s('payCard', words), window: s('payWindow', words), card_on_file: s('payOnFile', words) }[kind];
  const canPay = amountOk && (kind !== 'card_on_file' || customerUid !== null) && (kind !== 'cash' || cashCovers(amount, given));

  return (
    <form className="pay" onSubmit={submit} noValidate aria-labelledby="pay-title">
      <header className="screen-header">
        <button type="button" className="btn" onClick={onBack} disabled={busy || paid > 0}>
          {s('backToCart')}
        </button>
        <h2 id="pay-title">{s('payTitle')}</h2>
      </header>
      <p className="muted">
        {s('orderName')}: <strong>{orderName}</strong>
      </p>
      {approvalNeeded && paid === 0 && <p className="notice notice--warn">{s('approvalAtPay')}</p>}
      {detail && paid > 0 && (
        <>
          <dl className="pay__split">
            <div>
              <dt>{s('splitTotal')}</dt>
              <dd>{formatKrw(total)}</dd>
            </div>
            <div>
              <dt>{s('splitPaid')}</dt>
              <dd data-split="paid">{formatKrw(paid)}</dd>
            </div>
            <div>
              <dt>{s('splitRemaining')}</dt>
              <dd data-split="remaining">{formatKrw(remaining)}</dd>
            </div>
          </dl>
          <SalePartsList parts={detail.parts} lines={detail.lines} />
        </>
      )}
      {byLinesOffered && (
        <ChoiceSwitch
          name="saleSplitBy"
          label={s('splitBy')}
          options={[
            { value: 'amount', label: s('splitByAmount') },
            { value: 'lines', label: s('splitByLines') },
          ]}
          value={splitBy}
          onChange={setSplitBy}
        />
      )}
      {byLines ? (
        <fieldset className="pay__lines" disabled={busy}>
          <legend>{s('linesPick')}</legend>
          {lines.map((l) => {
            const paidAlready = paidLines.has(l.lineId);
            return (
              <label key={l.lineId} className={`pay__line ${paidAlready ? 'is-paid' : ''}`}>
                <input type="checkbox" checked={paidAlready || chosen.includes(l.lineId)} disabled={paidAlready} onChange={() => toggleLine(l.lineId)} />
                <span>{s('lineChoice', { name: l.name, qty: l.qty })}</span>
                {l.taxation === 'tax_free' && <span className="tile__tag">{s('taxFree')}</span>}
                <span className="num">{formatKrw(l.net)}</span>
                {paidAlready && <span className="pay__line-paid">{s('linePaid')}</span>}
              </label>
            );
          })}
          <p role="status" aria-label={s('linesChosenTitle')} className="pay__chosen">
            {chosenMoney ? s('linesChosen', { amount: formatKrw(chosenMoney.amount), taxFree: formatKrw(chosenMoney.taxFree) }) : s('linesNone')}
          </p>
        </fieldset>
      ) : (
        <TextField
          name="salePartAmount"
          label={s('partAmount')}
          value={partTyped}
          inputMode="numeric"
          className="pay__part"
          disabled={busy}
          hint={paid > 0 ? s('partHint', { remaining: formatKrw(remaining) }) : undefined}
          error={partTyped !== '' && amount > remaining ? s('partTooMuch', { remaining: formatKrw(remaining) }) : undefined}
          onChange={(typed) => setPartTyped(formatWonInput(typed))}
        />
      )}
      <div className="picker__tabs" role="tablist" aria-label={s('payTitle')}>
        {tabs.map((tab) => (
          <button key={tab.kind} type="button" role="tab" aria-selected={kind === tab.kind} className={`picker__tab ${kind === tab.kind ? 'is-on' : ''}`} disabled={busy} onClick={() => setKind(tab.kind)}>
            {tab.label}
          </button>
        ))}
      </div>
      <fieldset className="pay__fields" disabled={busy}>
        {kind === 'cash' && (
          <>
            <CashTender amount={amount} given={given} onGiven={setGiven}>
              <CashReceiptChoice
                choice={receiptChoice}
                number={receiptNumber}
                selfIssueHint={mandatorySector && total >= MANDATORY_RECEIPT_FROM}
                showError={showErrors}
                onChoice={setReceiptChoice}
                onNumber={setReceiptNumber}
              />
            </CashTender>
          </>
        )}
        {kind === 'keyed' && (
          <>
            <CardInputs ownerType={card.ownerType} field={field} onOwnerType={(ownerType) => setCard((c) => ({ ...c, ownerType, birth: '' }))} />
          </>
        )}
        {kind === 'window' && (
          <>
            <ChoiceSwitch
              name="salePayMethod"
              label={s('tenderWindow')}
              options={(['card', 'trans', 'vbank', 'phone'] as const).map((m) => ({ value: m, label: w(`method.${m}`) }))}
              value={method}
              onChange={setMethod}
            />
            {/* Hecto's window will not open without the buyer's phone (main checks it, naming the field). */}
            <TextField
              name="saleBuyerTel"
              label={t('charge.buyerTel')}
              value={buyerTel}
              inputMode="tel"
              bindInput={focusOnMount}
              onChange={(typed) => setBuyerTel(normalize('buyerTel', typed, 'personal'))}
            />
          </>
        )}
        {kind === 'card_on_file' && (
          <>
            <TextField name="saleCustomer" label={s('customerSearch')} value={query} onChange={setQuery} bindInput={focusOnMount} />
            {customers.length === 0 ? (
              <p className="empty">{s('customerNone')}</p>
            ) : (
              <div className="pay__customers" role="radiogroup" aria-label={s('tenderOnFile')}>
                {customers.map((c) => (
                  <label key={c.customerUid} className={`owner-switch__option ${customerUid === c.customerUid ? 'is-on' : ''}`}>
                    <input type="radio" name="saleCustomerUid" checked={customerUid === c.customerUid} onChange={() => setCustomerUid(c.customerUid)} />
                    {s('customerPick', { name: c.name, phone: c.phone })} · {c.cardNumberMasked}
                  </label>
                ))}
              </div>
            )}
          </>
        )}
        {(kind === 'keyed' || kind === 'card_on_file') && (
          <InstallmentSelect
            id="f-saleQuota"
            label={t('charge.quota')}
            offered={installmentsAllowed(amount)}
            value={quota}
            onChange={setQuota}
            words={{ lump: t('charge.quotaLump'), months: (n) => t('charge.quotaMonths', { n }), hint: t('charge.quotaHint') }}
          />
        )}
      </fieldset>
      <button type="submit" className="btn btn--pay" disabled={busy || !canPay} aria-keyshortcuts="Enter">
        {payLabel}
      </button>
    </form>
  );
}
