import { create } from 'zustand';
import type { ProductView } from '../../../contract/catalog';
import type { Cart } from '../../../contract/sales';
import { emptyCart, newSaleId, type CartDraft } from './cart';

/**
 * The sale being rung up: its id, its cart and the products its lines name (for names and prices
 * on screen). Lives outside the screen so switching to another screen keeps it; deliberately not
 * persisted (a held sale is kept by main). No card data here: the card form keeps its own state.
 */
interface SaleState {
  saleId: string;
  cart: CartDraft;
  products: ReadonlyMap<string, ProductView>;
  /** The line the keypad, quantity and discount buttons act on. */
  selected: string | null;
  edit(change: (cart: CartDraft) => CartDraft, select?: string | null): void;
  know(products: readonly ProductView[]): void;
  select(lineId: string | null): void;
  /** A new, empty sale with a new id. */
  reset(): void;
  /** A held sale recalled: its own id and cart. */
  load(saleId: string, cart: Cart): void;
}

export const useSale = create<SaleState>((set) => ({
  saleId: newSaleId(),
  cart: emptyCart(),
  products: new Map(),
  selected: null,
  edit: (change, select) => set((s) => ({ cart: change(s.cart), ...(select !== undefined ? { selected: select } : {}) })),
  know: (products) =>
    set((s) => {
      if (products.every((p) => s.products.get(p.productId) === p)) return s;
      const next = new Map(s.products);
      for (const p of products) next.set(p.productId, p);
      return { products: next };
    }),
  select: (selected) => set({ selected }),
  reset: () => set({ saleId: newSaleId(), cart: emptyCart(), selected: null }),
  load: (saleId, cart) => set({ saleId, cart: { lines: cart.lines, saleDiscount: cart.saleDiscount }, selected: cart.lines.at(-1)?.lineId ?? null }),
}));
