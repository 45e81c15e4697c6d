import type { ReactNode } from 'react';
import { formatKrw } from '../../../domain/money';
import { changeDue, quickCashGiven } from '../../../domain/tender-split';
import { formatWonInput, wonOf } from '../charge/form';
import { useMessages } from '../i18n/useT';
import { WonEntry } from '../sale/WonEntry';
import { cashMessages } from './messages';

interface Props {
  /** What this cash part pays. */
  amount: number;
  given: string;
  onGiven(given: string): void;
  /** Shown under the change (the 현금영수증 prompt), so the whole tender fits the till's screen. */
  children?: ReactNode;
}

/**
 * Cash given, typed or tapped, with quick buttons (exact, then the amount rounded up to each
 * note: `quickCashGiven`) and the change shown large, by the same rule main records it with.
 */
export function CashTender({ amount, given, onGiven, children }: Props) {
  const c = useMessages(cashMessages);
  const givenWon = wonOf(given);
  const change = given === '' ? null : changeDue(amount, givenWon);
  return (
    <div className="cash-tender">
      <div className="cash-tender__entry">
        <WonEntry name="cashGiven" label={c('given')} value={given} onChange={onGiven} />
      </div>
      <div className="cash-tender__side">
        <div className="cash-tender__quick" role="group" aria-label={c('quickGiven')}>
          {quickCashGiven(amount).map((value, i) => (
            <button key={value} type="button" className="btn" onClick={() => onGiven(formatWonInput(String(value)))}>
              {i === 0 ? c('exact', { amount: formatKrw(value) }) : formatKrw(value)}
            </button>
          ))}
        </div>
        <div className="cash-tender__change">
          <span id="cash-change-label">{c('change')}</span>
          <output aria-labelledby="cash-change-label" className={change === null && given !== '' ? 'is-short' : ''}>
            {change !== null ? formatKrw(change) : given === '' ? '—' : c('short', { amount: formatKrw(amount - givenWon) })}
          </output>
        </div>
        {children}
      </div>
    </div>
  );
}

/** Whether the given cash covers the part (the pay button waits for it). */
export const cashCovers = (amount: number, given: string): boolean => given !== '' && changeDue(amount, wonOf(given)) !== null;
