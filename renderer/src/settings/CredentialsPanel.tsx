import { useRef, useState } from 'react';
import type { SettingsView } from '../../../contract/channels';
import { useErrorText } from '../kernel/errors';
import { useApp } from '../kernel/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMessages } from '../i18n/useT';
import { withApproval } from '../auth/store';
import { pos } from '../kernel/pos';
import { connectionFailureMessages, settingsMessages } from './messages';

type Message = { ok: boolean; text: string } | null;
type Pending = 'save' | 'clear' | null;

/**
 * PortOne REST key + secret. The renderer only ever learns `hasCredentials` and a masked key.
 * The secret input is uncontrolled on purpose: its value never enters React state (nor the DOM's
 * `value` attribute, which React mirrors for controlled inputs), and it is wiped after every
 * test or save.
 */
export function CredentialsPanel({ view }: { view: SettingsView }) {
  const s = useMessages(settingsMessages);
  const failureText = useMessages(connectionFailureMessages);
  const errorText = useErrorText();
  const setSettings = useApp((s) => s.setSettings);
  const [impKey, setImpKey] = useState('');
  const secretRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending>(null);

  const takeSecret = (): string => {
    const input = secretRef.current;
    const secret = input?.value ?? '';
    if (input) input.value = '';
    return secret;
  };

  const testConnection = async () => {
    const secret = takeSecret();
    const key = impKey.trim();
    // Both empty: test what is stored. One of them only: say so rather than send half a pair.
    if ((key === '') !== (secret.trim() === '')) {
      setMessage({ ok: false, text: s('settings.needBoth') });
      return;
    }
    setBusy(true);
    setMessage({ ok: true, text: s('settings.testing') });
    const res = await pos().testConnection(key === '' ? undefined : { impKey: key, impSecret: secret });
    setBusy(false);
    if (!res.ok) setMessage({ ok: false, text: s('settings.testFail', { message: errorText(res.error) }) });
    // Success is said in the cashier's language; a failure keeps main's explanation as the detail.
    // Nothing typed and nothing saved: main tested the sandbox's own account, not the shop's key.
    else if (res.data.ok) setMessage({ ok: true, text: s(key === '' && !view.hasCredentials ? 'settings.testOkSandbox' : 'settings.testOk') });
    else setMessage({ ok: false, text: s('settings.testFail', { message: failureText(res.data.failure ?? 'refused') }) });
  };

  const askSave = () => {
    if (impKey.trim() === '' || (secretRef.current?.value.trim() ?? '') === '') {
      setMessage({ ok: false, text: s('settings.needBoth') });
      return;
    }
    setPending('save');
  };

  const confirmed = async () => {
    const action = pending;
    setPending(null);
    setBusy(true);
    // Taken once: a manager's approval may resend the same request.
    const impSecret = action === 'save' ? takeSecret() : '';
    const res =
      action === 'save'
        ? await withApproval((approval) => pos().saveCredentials({ impKey: impKey.trim(), impSecret, confirm: true, ...(approval ? { approval } : {}) }))
        : await withApproval((approval) => pos().clearCredentials({ confirm: true, ...(approval ? { approval } : {}) }));
    setBusy(false);
    if (res.ok) {
      setSettings(res.data);
      setImpKey('');
      setMessage({ ok: true, text: s(action === 'save' ? 'settings.credentialsSaved' : 'settings.credentialsCleared') });
    } else setMessage({ ok: false, text: errorText(res.error) });
  };

  return (
    <section className="settings__section" aria-labelledby="cred-title">
      <h2 id="cred-title">{s('settings.credentials')}</h2>
      <div className="cred-status" data-testid="credentials-status">
        {view.hasCredentials ? (
          <>
            <strong>{s('settings.hasCredentials')}</strong>
            {view.maskedKey && <span> · {s('settings.storedKey', { key: view.maskedKey })}</span>}
          </>
        ) : (
          <strong>{s('settings.noCredentials')}</strong>
        )}
        <div className="muted">{s('settings.apiBase', { url: view.apiBaseUrl })}</div>
      </div>
      {!view.vault.available && (
        <p className="form-error" role="alert">
          {s('settings.vaultUnavailable', { reason: view.vault.reason ?? '' })}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="c-key">{s('settings.impKey')}</label>
          <input id="c-key" autoComplete="off" spellCheck={false} value={impKey} onChange={(e) => setImpKey(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-secret">{s('settings.impSecret')}</label>
          <input id="c-secret" ref={secretRef} type="password" autoComplete="new-password" spellCheck={false} />
        </div>
      </div>
      <div className="actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void testConnection()}>
          {s('settings.test')}
        </button>
        <button type="button" className="btn btn--primary" disabled={busy || !view.vault.available} onClick={askSave}>
          {s('settings.saveCredentials')}
        </button>
        <button type="button" className="btn btn--danger" disabled={busy || !view.hasCredentials} onClick={() => setPending('clear')}>
          {s('settings.clearCredentials')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'ok-text' : 'form-error'} role={message.ok ? 'status' : 'alert'} data-testid="credentials-message">
          {message.text}
        </p>
      )}
      {pending && (
        <ConfirmDialog
          message={s(pending === 'save' ? 'settings.confirmSave' : 'settings.confirmClear')}
          confirmLabel={s(pending === 'save' ? 'settings.saveCredentials' : 'settings.clearCredentials')}
          onConfirm={() => void confirmed()}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
