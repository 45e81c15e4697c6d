import { create } from 'zustand';
import type { WindowPayMethod, WindowPayState } from '../../../contract/window-payments';

export type WindowPayForm = Record<'amount' | 'taxFree' | 'orderName' | 'buyerName' | 'buyerTel' | 'buyerEmail' | 'company' | 'companyEn', string>;

/**
 * The payment-window screen's sale, kept while the cashier looks at another screen (the window
 * may still be open). Memory only, never persisted; it holds no card data (the PG's window does).
 */
interface WindowPayStore {
  form: WindowPayForm;
  method: WindowPayMethod;
  saleId: string;
  state: WindowPayState | null;
  error: { message: string; field: string | undefined } | null;
  setField(key: keyof WindowPayForm, value: string): void;
  setMethod(method: WindowPayMethod): void;
  setState(state: WindowPayState | null): void;
  setError(error: WindowPayStore['error']): void;
  /** A new sale: new id, cleared amounts and buyer; the store name stays. */
  newSale(): void;
}

const emptySale = { amount: '', taxFree: '', orderName: '', buyerName: '', buyerTel: '', buyerEmail: '' };

export const useWindowPay = create<WindowPayStore>((set) => ({
  form: { ...emptySale, company: '', companyEn: '' },
  method: 'card',
  saleId: crypto.randomUUID(),
  state: null,
  error: null,
  setField: (key, value) => set((s) => ({ form: { ...s.form, [key]: value } })),
  setMethod: (method) => set({ method }),
  setState: (state) => set({ state }),
  setError: (error) => set({ error }),
  newSale: () => set((s) => ({ form: { ...s.form, ...emptySale }, saleId: crypto.randomUUID(), state: null, error: null })),
}));
