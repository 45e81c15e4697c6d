import { formatKrw } from '../../../domain/money';
import { useMessages } from '../i18n/useT';
import { MAX_QTY } from './cart';
import { saleMessages } from './messages';
import type { CartViewModel } from './view';

interface Props {
  view: CartViewModel;
  selected: string | null;
  disabled: boolean;
  onSelect(lineId: string): void;
  onQty(lineId: string, qty: number): void;
  onRemove(lineId: string): void;
}

const scrollIntoView = (el: HTMLLIElement | null) => el?.scrollIntoView({ block: 'nearest' });

/** The cart's lines: name, 면세 mark, price × quantity with − / + and a typed quantity, discounts, net. */
export function CartPanel({ view, selected, disabled, onSelect, onQty, onRemove }: Props) {
  const s = useMessages(saleMessages);
  if (view.rows.length === 0) return <p className="cart__empty">{s('cartEmpty')}</p>;
  return (
    <ol className="cart__lines" aria-label={s('cart')}>
      {view.rows.map(({ line, name, taxation, unitPrice, needsPrice, money }) => {
        const refused = view.problem !== null && view.problem.lineId === line.lineId;
        return (
          <li
            key={line.lineId}
            // The line being worked on (the last scanned, by default) stays in view in a long cart.
            ref={selected === line.lineId ? scrollIntoView : undefined}
            className={`cart-line ${selected === line.lineId ? 'is-selected' : ''}`}
            aria-current={selected === line.lineId ? true : undefined}
            onClick={() => onSelect(line.lineId)}
          >
            <div className="cart-line__head">
              <span className="cart-line__name">{name}</span>
              {taxation === 'tax_free' && <span className="tile__tag">{s('taxFree')}</span>}
              <strong className="cart-line__net">{formatKrw(money.net)}</strong>
            </div>
            <div className="cart-line__body">
              <span className="muted">{needsPrice ? s('needsPrice') : s('each', { price: formatKrw(unitPrice), qty: line.qty })}</span>
              <div className="qty" role="group" aria-label={s('qty', { name })}>
                <button type="button" className="qty__btn" disabled={disabled || line.qty <= 1} aria-label={s('qtyLess', { name })} onClick={() => onQty(line.lineId, line.qty - 1)}>
                  −
                </button>
                <input
                  className="qty__input"
                  aria-label={s('qty', { name })}
                  inputMode="numeric"
                  value={line.qty}
                  disabled={disabled}
                  onFocus={() => onSelect(line.lineId)}
                  onChange={(e) => {
                    const n = Number(e.target.value.replace(/\D/g, ''));
                    if (n >= 1 && n <= MAX_QTY) onQty(line.lineId, n);
                  }}
                />
                <button type="button" className="qty__btn" disabled={disabled || line.qty >= MAX_QTY} aria-label={s('qtyMore', { name })} onClick={() => onQty(line.lineId, line.qty + 1)}>
                  +
                </button>
              </div>
              <button type="button" className="qty__btn qty__btn--remove" disabled={disabled} aria-label={s('remove', { name })} onClick={() => onRemove(line.lineId)}>
                ×
              </button>
            </div>
            {(money.lineDiscount > 0 || money.saleDiscountShare > 0 || refused) && (
              <div className="cart-line__discount">
                {money.lineDiscount > 0 && <span>{s('lineDiscount', { amount: formatKrw(money.lineDiscount) })}</span>}
                {money.saleDiscountShare > 0 && <span>{s('saleDiscountShare', { amount: formatKrw(money.saleDiscountShare) })}</span>}
                {refused && <span className="field__error">{s('discountTooLarge')}</span>}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
