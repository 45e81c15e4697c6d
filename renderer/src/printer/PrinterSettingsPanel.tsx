import { useEffect, useState, type FormEvent } from 'react';
import { BAUD_RATES, type PrinterOutput, type PrinterSettings, type TestPrintResult } from '../../../contract/printer';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { printerMessages } from './messages';
import { errorText } from '../kernel/errors';
import './printer.css';

const OUTPUTS: PrinterOutput[] = ['none', 'system', 'escpos_network', 'escpos_serial'];
type TextKey = 'host' | 'serialPath' | 'owner' | 'address' | 'phone';
type Errors = Partial<Record<TextKey | 'port', string>>;

/**
 * Where receipts go (none / system dialog / ESC/POS over LAN or serial), the paper, the choices
 * at the end of a sale, the drawer and the letterhead. Saving needs a manager; "test print" uses
 * what is on the form, saved or not, and says what the printer reported.
 */
export function PrinterSettingsPanel() {
  const t = useT();
  const p = useMessages(printerMessages);
  const lang = useApp((s) => s.lang);
  const [form, setForm] = useState<PrinterSettings | null>(null);
  const [portText, setPortText] = useState('9100');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void pos()
      .getPrinterSettings({})
      .then((res) => {
        if (!res.ok) return setOutcome({ ok: false, text: errorText(res.error, lang) });
        setForm(res.data);
        setPortText(String(res.data.port));
      });
  }, [lang, t]);

  if (form === null) return null;
  const set = <K extends keyof PrinterSettings>(key: K, value: PrinterSettings[K]) => setForm({ ...form, [key]: value });
  const text = (key: TextKey) => ({ name: `printer-${key}`, value: form[key], error: errors[key], onChange: (v: string) => set(key, v) });

  /** The form as the contract wants it, or null with the field errors shown. */
  const current = (): PrinterSettings | null => {
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      setErrors({ port: printerMessages[lang].port });
      return null;
    }
    setErrors({});
    return { ...form, port, host: form.host.trim(), serialPath: form.serialPath.trim() };
  };

  const fail = (error: Parameters<typeof errorText>[0]) => {
    const field = error.field;
    if (field === 'host' || field === 'serialPath' || field === 'phone') setErrors({ [field]: errorText(error, lang) });
    setOutcome({ ok: false, text: errorText(error, lang) });
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    const settings = current();
    if (!settings) return;
    const res = await withApproval((approval) => pos().savePrinterSettings({ settings, ...(approval ? { approval } : {}) }));
    if (!res.ok) return fail(res.error);
    setForm(res.data);
    setOutcome({ ok: true, text: p('saved') });
  };

  const statusText = (r: TestPrintResult): string =>
    r.status === null ? p('status.unknown') : r.status.paperNearEnd ? p('status.nearEnd') : p('status.ok');

  const onTest = async () => {
    const settings = current();
    if (!settings) return;
    setBusy(true);
    const res = await pos().testPrint({ settings });
    setBusy(false);
    if (!res.ok) return fail(res.error);
    setOutcome({ ok: true, text: p('testPrinted', { status: statusText(res.data) }) });
  };

  const onDrawer = async () => {
    const res = await withApproval((approval) => pos().openDrawer(approval ? { approval } : {}));
    if (!res.ok) return fail(res.error);
    setOutcome({ ok: true, text: p('drawerOpened') });
  };

  return (
    <form className="settings__section printer-settings" onSubmit={onSave} noValidate aria-labelledby="printer-title">
      <h2 id="printer-title">{p('title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="printer-output">{p('output')}</label>
          <select id="printer-output" value={form.output} onChange={(e) => set('output', e.target.value as PrinterOutput)}>
            {OUTPUTS.map((o) => (
              <option key={o} value={o}>
                {p(`output.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="printer-paper">{p('paper')}</label>
          <select id="printer-paper" value={form.paper} onChange={(e) => set('paper', e.target.value === '58' ? 58 : 80)}>
            <option value="80">80 mm</option>
            <option value="58">58 mm</option>
          </select>
        </div>
      </div>
      {form.output === 'escpos_network' && (
        <div className="field-row">
          <TextField {...text('host')} label={p('host')} placeholder="192.168.0.100" maxLength={253} />
          <TextField name="printer-port" label={p('port')} value={portText} onChange={setPortText} error={errors.port} inputMode="numeric" maxLength={5} />
        </div>
      )}
      {form.output === 'escpos_serial' && (
        <div className="field-row">
          <TextField {...text('serialPath')} label={p('serialPath')} hint={p('serialHint')} maxLength={200} />
          <div className="field">
            <label htmlFor="printer-baud">{p('baudRate')}</label>
            <select id="printer-baud" value={form.baudRate} onChange={(e) => set('baudRate', BAUD_RATES.find((b) => String(b) === e.target.value) ?? 9600)}>
              {BAUD_RATES.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="printer-when">{p('printReceipt')}</label>
          <select id="printer-when" value={form.printReceipt} onChange={(e) => set('printReceipt', e.target.value as PrinterSettings['printReceipt'])}>
            {(['always', 'ask', 'never'] as const).map((w) => (
              <option key={w} value={w}>
                {p(`printReceipt.${w}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="printer-copies">{p('copies')}</label>
          <select id="printer-copies" value={form.copies} onChange={(e) => set('copies', Number(e.target.value))}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field printer-settings__checks">
        <label className="checkbox">
          <input type="checkbox" checked={form.autoCut} onChange={(e) => set('autoCut', e.target.checked)} />
          {p('autoCut')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={form.openDrawerOnCash} onChange={(e) => set('openDrawerOnCash', e.target.checked)} />
          {p('openDrawerOnCash')}
        </label>
      </div>
      <h3>{p('header')}</h3>
      <div className="field-row">
        <TextField {...text('owner')} label={p('owner')} maxLength={40} />
        <TextField {...text('phone')} label={p('phone')} type="tel" placeholder="02-123-4567" maxLength={14} />
      </div>
      <TextField {...text('address')} label={p('address')} maxLength={120} />
      <div className="actions">
        <button type="submit" className="btn btn--primary">
          {p('save')}
        </button>
        <button type="button" className="btn" disabled={busy || form.output === 'none'} onClick={() => void onTest()}>
          {p('testPrint')}
        </button>
        <button type="button" className="btn" onClick={() => void onDrawer()}>
          {p('openDrawer')}
        </button>
        <OutcomeMessage outcome={outcome} />
      </div>
    </form>
  );
}
