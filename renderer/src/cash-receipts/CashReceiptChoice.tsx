import { CashReceiptBuyer } from '../../../contract/cash-receipts';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { ChoiceSwitch } from '../sale/ChoiceSwitch';
import { cashReceiptMessages } from './messages';

/** 소득공제 (to a phone or 현금영수증 card), 지출증빙 (to a business number), or none. */
export type ReceiptChoice = 'person' | 'company' | 'none';

/**
 * The buyer the receipt goes to, from what the cashier chose and typed: null for none, 'invalid'
 * while the number fits no identifier. A 소득공제 number is a phone when it looks like one, else a card.
 */
export function receiptBuyerOf(choice: ReceiptChoice, typed: string): CashReceiptBuyer | null | 'invalid' {
  if (choice === 'none') return null;
  const identifier = typed.trim();
  const tries =
    choice === 'company'
      ? [{ identifierType: 'business', identifier, type: 'company' }]
      : [
          { identifierType: 'phone', identifier, type: 'person' },
          { identifierType: 'taxcard', identifier, type: 'person' },
        ];
  for (const candidate of tries) {
    const parsed = CashReceiptBuyer.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return 'invalid';
}

interface Props {
  choice: ReceiptChoice;
  number: string;
  /** The shop is a mandatory sector and the sale reaches ₩100,000: no number means 자진발급. */
  selfIssueHint: boolean;
  showError: boolean;
  onChoice(choice: ReceiptChoice): void;
  onNumber(number: string): void;
}

/** The 현금영수증 prompt of a cash tender; the number goes with the one request and is never kept. */
export function CashReceiptChoice({ choice, number, selfIssueHint, showError, onChoice, onNumber }: Props) {
  const r = useMessages(cashReceiptMessages);
  const invalid = showError && receiptBuyerOf(choice, number) === 'invalid';
  return (
    <fieldset className="cash-receipt-choice">
      <legend>{r('title')}</legend>
      <ChoiceSwitch
        name="cashReceiptChoice"
        label={r('title')}
        options={(['person', 'company', 'none'] as const).map((value) => ({ value, label: r(value) }))}
        value={choice}
        onChange={onChoice}
      />
      {choice !== 'none' && (
        <TextField
          name="cashReceiptNumber"
          label={choice === 'person' ? r('personNumber') : r('companyNumber')}
          value={number}
          inputMode="numeric"
          maxLength={24}
          error={invalid ? r('numberInvalid') : undefined}
          onChange={onNumber}
        />
      )}
      {choice === 'none' && selfIssueHint && <p className="muted">{r('selfIssueHint')}</p>}
    </fieldset>
  );
}
