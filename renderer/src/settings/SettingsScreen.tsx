import { useApp } from '../kernel/store';
import { useT } from '../i18n/useT';
import { CredentialsPanel } from './CredentialsPanel';
import { GeneralSettings } from './GeneralSettings';

export function SettingsScreen() {
  const t = useT();
  const view = useApp((s) => s.settings);
  if (view === null) return <p>{t('common.loading')}</p>;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="visually-hidden">
        {t('settings.title')}
      </h1>
      <GeneralSettings view={view} />
      <CredentialsPanel view={view} />
    </section>
  );
}
