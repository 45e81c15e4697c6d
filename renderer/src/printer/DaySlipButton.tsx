import { useEffect, useState } from 'react';
import { isEscPosOutput } from '../../../contract/printer';
import { useApp } from '../kernel/store';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { printerMessages } from './messages';
import { errorText } from '../kernel/errors';

/** The X report (today so far: dayId null) or a closed day's Z report on the receipt printer; shown only when there is an ESC/POS one. */
export function DaySlipButton({ dayId }: { dayId: number | null }) {
  const p = useMessages(printerMessages);
  const lang = useApp((s) => s.lang);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [thermal, setThermal] = useState(false);

  useEffect(() => {
    void pos()
      .getPrinterSettings({})
      .then((res) => setThermal(res.ok && isEscPosOutput(res.data.output)));
  }, []);

  const print = async () => {
    setBusy(true);
    const res = await pos().printDaySlip({ dayId });
    setBusy(false);
    setOutcome(res.ok ? { ok: true, text: p('printed') } : { ok: false, text: errorText(res.error, lang) });
  };

  if (!thermal) return null;
  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => void print()}>
        {dayId === null ? p('printX') : p('printZ')}
      </button>
      <OutcomeMessage outcome={outcome} />
    </>
  );
}
