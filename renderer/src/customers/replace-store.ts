import { create } from 'zustand';

export interface ReplaceTarget {
  customerUid: string;
  name: string;
  phone: string;
  memo: string;
  cardNumberMasked: string;
}

/**
 * "Replace card" on a customer hands over to the keyed charge screen: the next sale saves the new
 * card and, once it is approved, main deletes the old key. Names and the masked card only.
 */
interface ReplaceState {
  target: ReplaceTarget | null;
  start(target: ReplaceTarget): void;
  clear(): void;
}

export const useCardReplacement = create<ReplaceState>((set) => ({
  target: null,
  start: (target) => set({ target }),
  clear: () => set({ target: null }),
}));
