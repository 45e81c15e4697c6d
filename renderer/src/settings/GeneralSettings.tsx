import { useState, type FormEvent } from 'react';
import type { SettingsInput, SettingsView } from '../../../contract/channels';
import type { Lang, Mode } from '../../../contract/schemas';
import { validBusinessNumber } from '../../../domain/birth';
import { useErrorText } from '../kernel/errors';
import { useApp } from '../kernel/store';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { customerMessages } from '../customers/messages';
import { useMessages, useT } from '../i18n/useT';
import type { Translate } from '../i18n';
import { withApproval } from '../auth/store';
import { pos } from '../kernel/pos';
import { settingsMessages, type SettingsKey } from './messages';

const TEXT_KEYS = ['impCode', 'windowMid', 'keyedMid', 'storeName', 'businessNumber'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const isTextKey = (name: string | undefined): name is TextKey => (TEXT_KEYS as readonly (string | undefined)[]).includes(name);
type Errors = Partial<Record<TextKey, string>>;

const fromView = (v: SettingsView): SettingsInput => ({
  mode: v.mode,
  lang: v.lang,
  impCode: v.impCode,
  windowMid: v.windowMid,
  keyedMid: v.keyedMid,
  storeName: v.storeName,
  businessNumber: v.businessNumber,
  hectoBillingKeyOnly: v.hectoBillingKeyOnly,
});

/** The contract's rules, checked here too so the cashier reads the problem in their language next to the field. */
function check(input: SettingsInput, t: Translate, s: (key: SettingsKey) => string): Errors {
  const errors: Errors = {};
  if (input.impCode !== '' && !/^imp\d{8}$/.test(input.impCode)) errors.impCode = s('settings.err.impCode');
  for (const key of ['windowMid', 'keyedMid'] as const) {
    if (input[key] !== '' && !/^[A-Za-z0-9_]{1,40}$/.test(input[key])) errors[key] = s('settings.err.mid');
  }
  if (input.storeName.trim().length > 60) errors.storeName = s('settings.err.storeName');
  if (input.businessNumber !== '' && !validBusinessNumber(input.businessNumber)) errors.businessNumber = t('err.birth.corporate');
  return errors;
}

export function GeneralSettings({ view }: { view: SettingsView }) {
  const t = useT();
  const s = useMessages(settingsMessages);
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  const setSettings = useApp((s) => s.setSettings);
  const [input, setInput] = useState<SettingsInput>(() => fromView(view));
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<Outcome | null>(null);

  const text = (key: TextKey) => ({
    name: key,
    value: input[key],
    error: errors[key],
    onChange: (value: string) => setInput((i) => ({ ...i, [key]: value })),
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check(input, t, s);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Settings need a manager: a cashier's screen asks for one's PIN and sends the save once more.
    const res = await withApproval((approval) => pos().saveSettings({ ...input, storeName: input.storeName.trim(), ...(approval ? { approval } : {}) }));
    if (res.ok) {
      setSettings(res.data);
      setMessage({ ok: true, text: s('settings.saved') });
    } else {
      const field = res.error.field;
      if (isTextKey(field)) setErrors({ [field]: errorText(res.error) });
      setMessage({ ok: false, text: errorText(res.error) });
    }
  };

  return (
    <form className="settings__section" onSubmit={onSubmit} noValidate aria-labelledby="general-title">
      <h2 id="general-title">{s('settings.general')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="s-mode">{s('settings.mode')}</label>
          <select id="s-mode" value={input.mode} onChange={(e) => setInput((i) => ({ ...i, mode: e.target.value as Mode }))}>
            {(['sandbox', 'test', 'live'] as const).map((m) => (
              <option key={m} value={m}>
                {s(`settings.mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="s-lang">{s('settings.lang')}</label>
          <select id="s-lang" value={input.lang} onChange={(e) => setInput((i) => ({ ...i, lang: e.target.value as Lang }))}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <TextField {...text('impCode')} label={s('settings.impCode')} placeholder="imp00000000" />
      <div className="field-row">
        <TextField {...text('windowMid')} label={s('settings.windowMid')} />
        <TextField {...text('keyedMid')} label={s('settings.keyedMid')} />
      </div>
      <div className="field-row">
        <TextField {...text('storeName')} label={s('settings.storeName')} maxLength={60} />
        <TextField {...text('businessNumber')} label={s('settings.businessNumber')} inputMode="numeric" placeholder="000-00-00000" />
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={input.hectoBillingKeyOnly}
            aria-describedby="s-billing-key-only-hint"
            onChange={(e) => setInput((i) => ({ ...i, hectoBillingKeyOnly: e.target.checked }))}
          />
          {m('setting.billingKeyOnly')}
        </label>
        <p id="s-billing-key-only-hint" className="field__hint">
          {m('setting.billingKeyOnlyHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="btn btn--primary">
          {s('settings.save')}
        </button>
        <OutcomeMessage outcome={message} />
      </div>
    </form>
  );
}
