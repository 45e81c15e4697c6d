import { useCallback, useEffect, useRef, useState } from 'react';
import type { CatalogView, ProductView } from '../../../contract/catalog';
import type { ErrorInfo } from '../../../contract/result';
import type { PaySaleResult, PricedCart, SaleDetail, SaleTender } from '../../../contract/sales';
import type { PaymentDetail } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { useAuth, withApproval } from '../auth/store';
import { isOpenStatus } from '../../../domain/payment-status';
import { useResolveUnknown } from '../charge/useResolveUnknown';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormMessage';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { ReceiptPanel } from '../receipts/ReceiptPanel';
import { ResultPanel, type ChargeView } from '../result/ResultPanel';
import { AmountLineDialog } from './AmountLineDialog';
import { cashMessages } from '../cash/messages';
import { addAmount, addProduct, newPartId, removeLine, setLineDiscount, setQty, setSaleDiscount, setUnitPrice } from './cart';
import { CartPanel } from './CartPanel';
import { DiscountDialog } from './DiscountDialog';
import { HeldSalesDialog } from './HeldSalesDialog';
import { saleMessages } from './messages';
import { PayPanel, type PartSplit } from './PayPanel';
import { PriceDialog } from './PriceDialog';
import { SalePaidPanel } from './SalePaidPanel';
import { ProductPicker } from './ProductPicker';
import { errorText } from '../kernel/errors';
import { SaleTotals } from './SaleTotals';
import { useSale } from './store';
import { useBarcodeWedge } from './useBarcodeWedge';
import { cartView } from './view';
import './sale.css';

/**
 * `pay` keeps the sale's parts so far and the id of the part being paid: a retry after a failed
 * call sends the same id (main answers it as a repeat), a part main answered gets a new one.
 */
type Phase =
  | { kind: 'sell' }
  | { kind: 'pay'; priced: PricedCart; sending: boolean; detail: SaleDetail | null; partId: string }
  | { kind: 'window'; merchantUid: string }
  | { kind: 'result'; view: ChargeView }
  | { kind: 'done'; detail: SaleDetail; change: number | null; receiptError: ErrorInfo | null };

type Dialog =
  | { kind: 'price'; lineId: string; name: string }
  | { kind: 'discountLine'; lineId: string; name: string }
  | { kind: 'discountSale' }
  | { kind: 'amount' }
  | { kind: 'held' }
  | { kind: 'clear' }
  | null;

const WINDOW_POLL_MS = 400;

/**
 * The sale: catalog grid, search and scanner on the left, the cart and its totals on the right;
 * paying hands the cart to the sales contract with the chosen tender. Kept mounted while hidden
 * (like the quick charge) so a payment in flight is not lost by pressing another F-key.
 */
export function SaleScreen({ active }: { active: boolean }) {
  const t = useT();
  const s = useMessages(saleMessages);
  const c = useMessages(cashMessages);
  const lang = useApp((st) => st.lang);
  const storeName = useApp((st) => st.settings?.storeName ?? '');
  const { saleId, cart, products, selected, edit, know, select, reset, load } = useSale();
  const [catalog, setCatalog] = useState<CatalogView>({ categories: [], products: [] });
  const [phase, setPhase] = useState<Phase>({ kind: 'sell' });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Why the catalog could not be read; gone once it is (e.g. after signing in).
  const [loadError, setLoadError] = useState<string | null>(null);
  const [heldCount, setHeldCount] = useState(0);
  // Signed out, the catalog is refused ("sign in first"): signing in reads it again and drops that sentence.
  const actorId = useAuth((st) => st.status?.actor?.id ?? null);
  const search = useRef<HTMLInputElement | null>(null);
  const inFlight = useRef(false);
  // An open-price product waiting for its price in the dialog.
  const pendingOpen = useRef<ProductView | null>(null);
  const bindSearch = useCallback((el: HTMLInputElement | null) => {
    search.current = el;
  }, []);

  const view = cartView(cart, products);
  const selling = phase.kind === 'sell';

  // The catalog and the held list are read again each time the screen comes up (a manager may have edited them).
  useEffect(() => {
    if (!active) return;
    let live = true;
    void pos()
      .catalog({ includeInactive: false })
      .then((res) => {
        if (!live) return;
        if (res.ok) {
          setCatalog(res.data);
          know(res.data.products);
          setLoadError(null);
        } else setLoadError(errorText(res.error, lang));
      });
    void pos()
      .listHeldSales(undefined)
      .then((res) => live && res.ok && setHeldCount(res.data.length));
    return () => {
      live = false;
    };
  }, [active, know, t, lang, actorId]);

  // Every screen opens with the caret in its first field; here also after each dialog.
  useEffect(() => {
    if (active && selling && dialog === null) search.current?.focus();
  }, [active, selling, dialog]);

  const pick = useCallback(
    (product: ProductView) => {
      know([product]);
      setNotice(null);
      if (product.openPrice) {
        setDialog({ kind: 'price', lineId: '', name: product.name });
        pendingOpen.current = product;
        return;
      }
      edit((c) => {
        const added = addProduct(c, product);
        select(added.lineId);
        return added.cart;
      });
    },
    [edit, know, select],
  );
  const onScan = useCallback(
    (code: string) => {
      void pos()
        .productByCode({ code })
        .then((res) => {
          if (!res.ok) return setError(errorText(res.error, lang));
          if (res.data === null) return setNotice(s('scanUnknown', { code }));
          pick(res.data);
        });
    },
    [pick, s, lang],
  );
  useBarcodeWedge({ active: active && selling && dialog === null, onScan });

  const selectedRow = view.rows.find((r) => r.line.lineId === selected) ?? null;

  const startPay = async () => {
    if (view.rows.length === 0) return;
    setError(null);
    const res = await pos().priceCart({ cart: { lines: cart.lines, saleDiscount: cart.saleDiscount } });
    if (!res.ok) return setError(errorText(res.error, lang));
    // A sale already part paid (back from a card result) shows what is left.
    const sale = await pos().getSale({ saleId });
    setPhase({ kind: 'pay', priced: res.data, sending: false, detail: sale.ok ? sale.data : null, partId: newPartId() });
  };

  /**
   * A card that pays the whole sale shows its charge result as before; a part that leaves some
   * to pay keeps the pay panel (with what is paid and left); a sale closed by cash or by its last
   * part shows the paid panel with the change.
   */
  const onPart = (result: PaySaleResult, priced: PricedCart) => {
    const paidParts = result.sale.parts.filter((p) => p.state === 'paid');
    const charge = result.charge;
    const checking = charge !== null && (charge.outcome === 'unknown' || isOpenStatus(charge.payment.status));
    if (result.window || checking || (charge !== null && paidParts.length === 0) || (charge !== null && paidParts.length === 1 && result.sale.sale.status === 'paid')) {
      return onPaid(result);
    }
    if (result.sale.sale.status === 'paid') {
      setPhase({ kind: 'done', detail: result.sale, change: result.cash?.part.change ?? null, receiptError: result.cash?.receiptError ?? null });
      return;
    }
    setPhase({ kind: 'pay', priced, sending: false, detail: result.sale, partId: newPartId() });
    if (charge && charge.outcome !== 'paid') setError(s('partDeclined', { reason: charge.reason ?? '' }));
    if (result.cash) {
      setNotice(c('taken', { amount: formatKrw(result.cash.part.amount), change: formatKrw(result.cash.part.change) }));
      if (result.cash.receiptError) setError(errorText(result.cash.receiptError, lang));
    }
  };

  const onPaid = (result: PaySaleResult) => {
    if (result.window) {
      const { merchantUid, pageUrl } = result.window;
      if (pageUrl !== null) window.open(pageUrl, 'pos-payment-window', 'popup,width=520,height=760');
      setPhase({ kind: 'window', merchantUid });
      return;
    }
    const charge = result.charge;
    if (!charge) return;
    if (charge.outcome === 'unknown' || isOpenStatus(charge.payment.status)) setPhase({ kind: 'result', view: { kind: 'checking', payment: charge.payment } });
    else setPhase({ kind: 'result', view: { kind: 'final', payment: charge.payment, reason: charge.reason, reasonCode: charge.reasonCode ?? null, viaCheck: false } });
  };

  const pay = async (tender: SaleTender, split: PartSplit) => {
    if (inFlight.current || phase.kind !== 'pay') return;
    inFlight.current = true;
    const { priced, detail, partId } = phase;
    setPhase({ kind: 'pay', priced, sending: true, detail, partId });
    setError(null);
    setNotice(null);
    try {
      const request = { saleId, cart: { lines: cart.lines, saleDiscount: cart.saleDiscount }, expectedAmount: view.totals.amount, tender, ...split, partId };
      // A discount above the limit comes back "needs approval": the manager's PIN goes with a second try.
      const res = await withApproval((approval) => pos().paySale(approval ? { ...request, approval } : request));
      if (res.ok) onPart(res.data, priced);
      else {
        setPhase({ kind: 'pay', priced, sending: false, detail, partId });
        setError(errorText(res.error, lang));
      }
    } finally {
      inFlight.current = false;
    }
  };

  const checkingUid = phase.kind === 'result' && phase.view.kind === 'checking' ? phase.view.payment.merchantUid : null;
  /** A card part that was checked or paid in the window: if it leaves some of the sale to pay, back to the pay panel, never to "new sale". */
  const showCardOutcome = (view: ChargeView & { kind: 'final' }) => {
    setPhase({ kind: 'result', view });
    if (view.payment.status !== 'paid') return;
    void pos()
      .getSale({ saleId })
      .then((res) => {
        if (res.ok && res.data.sale.status === 'partially_paid') void startPay();
      });
  };
  // The window's poll outlives a render: it calls the latest outcome handler.
  const cardOutcome = useRef(showCardOutcome);
  useEffect(() => {
    cardOutcome.current = showCardOutcome;
  });
  useResolveUnknown(checkingUid, (detail: PaymentDetail) =>
    showCardOutcome({ kind: 'final', payment: detail.payment, reason: detail.payment.failReason, reasonCode: null, viaCheck: true }),
  );

  // The payment window is followed until main has its verified outcome.
  const windowUid = phase.kind === 'window' ? phase.merchantUid : null;
  useEffect(() => {
    if (windowUid === null) return;
    const timer = window.setInterval(() => {
      void pos()
        .windowPaymentState({ merchantUid: windowUid })
        .then((res) => {
          if (res.ok && res.data.phase === 'done') cardOutcome.current({ kind: 'final', payment: res.data.payment, reason: res.data.message, reasonCode: null, viaCheck: false });
        });
    }, WINDOW_POLL_MS);
    return () => window.clearInterval(timer);
  }, [windowUid]);

  const paidUid = phase.kind === 'result' && phase.view.kind === 'final' && phase.view.payment.status === 'paid' ? phase.view.payment.merchantUid : null;
  const finalShown = (phase.kind === 'result' && phase.view.kind === 'final') || phase.kind === 'done';

  const newSale = useCallback(() => {
    reset();
    setNotice(null);
    setError(null);
    setPhase({ kind: 'sell' });
  }, [reset]);

  // F2 on a final result starts the next sale (the button says so).
  useEffect(() => {
    if (!active || !finalShown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F2') {
        if (paidUid !== null || phase.kind === 'done') newSale();
        else setPhase({ kind: 'sell' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, finalShown, paidUid, newSale, phase.kind]);

  const hold = async () => {
    if (view.rows.length === 0) return;
    const res = await pos().holdSale({ saleId, cart: { lines: cart.lines, saleDiscount: cart.saleDiscount }, label: '' });
    if (!res.ok) return setError(errorText(res.error, lang));
    setHeldCount((n) => n + 1);
    reset();
    setError(null);
    setNotice(s('holdDone', { name: res.data.orderName }));
  };

  const recall = async (id: string) => {
    if (view.rows.length > 0) {
      setDialog(null);
      return setNotice(s('recallBusy'));
    }
    const res = await pos().recallHeldSale({ saleId: id });
    setDialog(null);
    if (!res.ok) return setError(errorText(res.error, lang));
    load(res.data.saleId, res.data.cart);
    setHeldCount((n) => Math.max(0, n - 1));
    setNotice(null);
  };

  const closeDialog = () => setDialog(null);

  return (
    <div className="sale" aria-label={s('title')} role="region">
      <div className="sale__main">
        {phase.kind === 'sell' && (
          <>
            <div className="sale__tools">
              <button type="button" className="btn" onMouseDown={(e) => e.preventDefault()} onClick={() => setDialog({ kind: 'amount' })}>
                {s('amountLine')}
              </button>
            </div>
            <ProductPicker categories={catalog.categories} products={catalog.products} disabled={false} bindSearch={bindSearch} onPick={pick} onEnterEmpty={() => void startPay()} />
          </>
        )}
        {phase.kind === 'pay' && (
          <PayPanel
            key={phase.detail?.sale.paid ?? 0}
            total={view.totals.amount}
            detail={phase.detail}
            orderName={phase.priced.orderName}
            lines={phase.detail && phase.detail.sale.paid > 0 ? phase.detail.lines : phase.priced.lines}
            busy={phase.sending}
            storeName={storeName}
            approvalNeeded={phase.priced.approvalNeeded}
            onPay={(tender, split) => void pay(tender, split)}
            onBack={() => setPhase({ kind: 'sell' })}
          />
        )}
        {phase.kind === 'window' && (
          <section className="result result--checking" aria-busy="true">
            <div className="spinner" aria-hidden="true" />
            <p role="status">{s('windowWaiting')}</p>
          </section>
        )}
        {phase.kind === 'done' && (
          <div className="sale__result">
            <SalePaidPanel detail={phase.detail} change={phase.change} receiptError={phase.receiptError} onNewSale={newSale} />
            {phase.detail.sale.merchantUid !== null && <ReceiptPanel merchantUid={phase.detail.sale.merchantUid} kind="sale" />}
          </div>
        )}
        {phase.kind === 'result' && (
          <div className="sale__result">
            <ResultPanel view={phase.view} onNewSale={newSale} onRetry={() => void startPay()} newSaleLabel={s('newSale')} />
            {paidUid !== null && <ReceiptPanel merchantUid={paidUid} kind="sale" />}
          </div>
        )}
        <FormError error={error ?? loadError} />
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
      </div>
      <aside className="sale__side" aria-label={s('cart')}>
        <div className="sale__cart">
          <CartPanel
            view={view}
            selected={selected}
            disabled={!selling}
            onSelect={select}
            onQty={(lineId, qty) => edit((c) => setQty(c, lineId, qty))}
            onRemove={(lineId) => edit((c) => removeLine(c, lineId), null)}
          />
        </div>
        <div className="sale__line-actions">
          {selectedRow?.line.kind === 'product' && products.get(selectedRow.line.productId)?.openPrice && (
            <button type="button" className="btn" disabled={!selling} onClick={() => setDialog({ kind: 'price', lineId: selectedRow.line.lineId, name: selectedRow.name })}>
              {s('setPrice')}
            </button>
          )}
          <button type="button" className="btn" disabled={!selling || selectedRow === null} onClick={() => selectedRow && setDialog({ kind: 'discountLine', lineId: selectedRow.line.lineId, name: selectedRow.name })}>
            {s('discountLine')}
          </button>
          <button type="button" className="btn" disabled={!selling || view.rows.length === 0} onClick={() => setDialog({ kind: 'discountSale' })}>
            {s('discountSale')}
          </button>
        </div>
        <SaleTotals totals={view.totals} />
        <div className="sale__actions">
          <button type="button" className="btn" disabled={!selling || view.rows.length === 0} onClick={() => void hold()}>
            {s('hold')}
          </button>
          <button type="button" className="btn" disabled={!selling} onClick={() => setDialog({ kind: 'held' })}>
            {s('held', { count: heldCount })}
          </button>
          <button type="button" className="btn btn--danger" disabled={!selling || view.rows.length === 0} onClick={() => setDialog({ kind: 'clear' })}>
            {s('clear')}
          </button>
        </div>
        <button
          type="button"
          className={`btn btn--pay ${selling ? '' : 'is-idle'}`}
          disabled={!selling || view.rows.length === 0 || view.problem !== null || view.rows.some((r) => r.needsPrice)}
          aria-hidden={selling ? undefined : true}
          onClick={() => void startPay()}
        >
          {view.totals.amount > 0 ? s('payAmount', { amount: formatKrw(view.totals.amount) }) : s('pay')}
        </button>
      </aside>

      {dialog?.kind === 'price' && (
        <PriceDialog
          name={dialog.name}
          onCancel={() => {
            pendingOpen.current = null;
            closeDialog();
          }}
          onDone={(price) => {
            const product = pendingOpen.current;
            pendingOpen.current = null;
            if (product) {
              edit((c) => {
                const added = addProduct(c, product, price);
                select(added.lineId);
                return added.cart;
              });
            } else edit((c) => setUnitPrice(c, dialog.lineId, price));
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'amount' && (
        <AmountLineDialog
          onCancel={closeDialog}
          onDone={({ name, taxation, unitPrice }) => {
            edit((c) => {
              const added = addAmount(c, name, taxation, unitPrice);
              select(added.lineId);
              return added.cart;
            });
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'discountLine' && (
        <DiscountDialog
          title={s('discountTitleLine', { name: dialog.name })}
          current={cart.lines.find((l) => l.lineId === dialog.lineId)?.discount ?? null}
          onCancel={closeDialog}
          onDone={(discount) => {
            edit((c) => setLineDiscount(c, dialog.lineId, discount));
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'discountSale' && (
        <DiscountDialog
          title={s('discountTitleSale')}
          current={cart.saleDiscount}
          onCancel={closeDialog}
          onDone={(discount) => {
            edit((c) => setSaleDiscount(c, discount));
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'held' && <HeldSalesDialog onCancel={closeDialog} onRecall={(id) => void recall(id)} />}
      {dialog?.kind === 'clear' && (
        <ConfirmDialog
          message={s('clearConfirm', { count: view.totals.itemCount })}
          confirmLabel={s('clearDo')}
          onCancel={closeDialog}
          onConfirm={() => {
            reset();
            closeDialog();
          }}
        />
      )}
    </div>
  );
}
