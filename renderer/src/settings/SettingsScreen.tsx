import { useApp } from '../kernel/store';
import { useMessages, useT } from '../i18n/useT';
import { PrinterSettingsPanel } from '../printer/PrinterSettingsPanel';
import { CredentialsPanel } from './CredentialsPanel';
import { GeneralSettings } from './GeneralSettings';
import { settingsMessages } from './messages';
import './settings.css';

export function SettingsScreen() {
  const t = useT();
  const s = useMessages(settingsMessages);
  const view = useApp((s) => s.settings);
  if (view === null) return <p>{t('common.loading')}</p>;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="visually-hidden">
        {s('settings.title')}
      </h1>
      <GeneralSettings view={view} />
      <CredentialsPanel view={view} />
      <PrinterSettingsPanel />
    </section>
  );
}
