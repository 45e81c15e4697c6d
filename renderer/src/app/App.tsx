import { useEffect, useState } from 'react';
import { ChargeScreen } from '../charge/ChargeScreen';
import { FormError } from '../components/FormMessage';
import { ModeBanner } from '../components/ModeBanner';
import { useT } from '../i18n/useT';
import { HistoryScreen } from '../history/HistoryScreen';
import { ReprintLastKey } from '../printer/ReprintLastKey';
import { pos } from '../kernel/pos';
import { SettingsScreen } from '../settings/SettingsScreen';
import { CustomersScreen } from '../customers/CustomersScreen';
import { customerMessages } from '../customers/messages';
import { AuthGate } from '../auth/AuthGate';
import { useAuth } from '../auth/store';
import { CloseScreen } from '../close/CloseScreen';
import { closeMessages } from '../close/messages';
import { staffMessages } from '../staff/messages';
import { StaffScreen } from '../staff/StaffScreen';
import type { Lang } from '../../../contract/schemas';
import { windowPayMessages } from '../window-pay/messages';
import { WindowPayScreen } from '../window-pay/WindowPayScreen';
import { CatalogScreen } from '../catalog/CatalogScreen';
import { catalogMessages } from '../catalog/messages';
import { saleMessages } from '../sale/messages';
import { SaleScreen } from '../sale/SaleScreen';
import { FailedSchedulesNotice } from '../schedules/FailedSchedulesNotice';
import { useErrorText } from '../kernel/errors';
import { useApp, type Screen } from '../kernel/store';
import { useFunctionKeys } from './useFunctionKeys';

const NAV: { screen: Screen; key: string; label: 'nav.charge' | 'nav.payments' | 'nav.settings' | ((lang: Lang) => string) }[] = [
  { screen: 'sale', key: 'F2', label: (lang) => saleMessages[lang].nav },
  { screen: 'charge', key: 'F3', label: 'nav.charge' },
  { screen: 'catalog', key: 'F4', label: (lang) => catalogMessages[lang].nav },
  { screen: 'windowPay', key: 'F6', label: (lang) => windowPayMessages[lang].nav },
  { screen: 'customers', key: 'F7', label: (lang) => customerMessages[lang].nav },
  { screen: 'payments', key: 'F8', label: 'nav.payments' },
  { screen: 'close', key: 'F9', label: (lang) => closeMessages[lang].nav },
  { screen: 'settings', key: 'F10', label: 'nav.settings' },
  { screen: 'staff', key: 'F11', label: (lang) => staffMessages[lang].nav },
];

export function App() {
  const t = useT();
  const errorText = useErrorText();
  const screen = useApp((s) => s.screen);
  const settings = useApp((s) => s.settings);
  const setSettings = useApp((s) => s.setSettings);
  const go = useApp((s) => s.go);
  // The staff screen starts afresh for each person at the till (no list or message of the one before).
  const shift = useAuth((s) => s.shift);
  const accounts = useAuth((s) => s.status?.mode === 'accounts');
  const [loadError, setLoadError] = useState<string | null>(null);
  useFunctionKeys();

  useEffect(() => {
    void pos()
      .getSettings(undefined)
      .then((res) => (res.ok ? setSettings(res.data) : setLoadError(errorText(res.error))));
    // Loaded once at start; later changes come back from the save calls themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lang = useApp((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className="app">
      {settings && <ModeBanner mode={settings.mode} />}
      <header className={`topbar ${accounts ? 'topbar--accounts' : ''}`}>
        <div className="topbar__brand">{settings?.storeName || t('app.title')}</div>
        <nav className="topbar__nav" aria-label={t('nav.label')}>
          {NAV.map((item) => (
            <button
              key={item.screen}
              type="button"
              className={`nav-btn ${screen === item.screen ? 'is-active' : ''}`}
              aria-current={screen === item.screen ? 'page' : undefined}
              aria-keyshortcuts={item.key}
              onClick={() => go(item.screen)}
            >
              <kbd>{item.key}</kbd> {typeof item.label === 'function' ? item.label(lang) : t(item.label)}
            </button>
          ))}
        </nav>
        <ReprintLastKey />
        <div className="topbar__session">
          <AuthGate />
        </div>
      </header>
      <FormError error={loadError} />
      {(screen === 'charge' || screen === 'customers') && <FailedSchedulesNotice />}
      <main className="screen">
        {/* Kept mounted while hidden: a sale in flight (or being checked) must not be lost by pressing F8. */}
        <div hidden={screen !== 'sale'} className="screen__page">
          <SaleScreen active={screen === 'sale'} />
        </div>
        <div hidden={screen !== 'charge'} className="screen__page">
          <ChargeScreen active={screen === 'charge'} />
        </div>
        {screen === 'catalog' && <CatalogScreen />}
        {screen === 'payments' && <HistoryScreen />}
        {screen === 'settings' && <SettingsScreen />}
        {screen === 'close' && <CloseScreen />}
        {screen === 'staff' && <StaffScreen key={shift} />}
        {screen === 'customers' && <CustomersScreen />}
        {screen === 'windowPay' && <WindowPayScreen />}
      </main>
    </div>
  );
}
