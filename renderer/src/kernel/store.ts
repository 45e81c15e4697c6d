import { create } from 'zustand';
import type { SettingsView } from '../../../contract/channels';
import type { Lang } from '../../../contract/schemas';

export type Screen = 'sale' | 'catalog' | 'charge' | 'payments' | 'settings' | 'windowPay' | 'customers' | 'close' | 'staff';

/**
 * App-wide UI state only: which screen, the settings view main sent, the language. Deliberately
 * not persisted (no zustand `persist`), and card fields never live here: they stay in the charge
 * form's component state for one attempt.
 */
interface AppState {
  screen: Screen;
  settings: SettingsView | null;
  lang: Lang;
  /** Payment whose detail is open on the payments screen. */
  detailUid: string | null;
  go(screen: Screen): void;
  setSettings(settings: SettingsView): void;
  openDetail(merchantUid: string | null): void;
}

export const useApp = create<AppState>((set) => ({
  screen: 'sale',
  settings: null,
  lang: 'ko',
  detailUid: null,
  go: (screen) => set({ screen, detailUid: null }),
  setSettings: (settings) => set({ settings, lang: settings.lang }),
  openDetail: (detailUid) => set({ detailUid }),
}));
