import { useState } from 'react';
import { kstDate, KST_OFFSET_MS } from '../../../domain/schedule-dates';

interface Props {
  initialAt: number;
  saveLabel: string;
  cancelLabel: string;
  disabled: boolean;
  onSave(date: string, time: string): void;
  onCancel(): void;
}

/** A date and a time (Korean time) for one schedule: change its time, or schedule a failed one again. */
export function TimeEditor({ initialAt, saveLabel, cancelLabel, disabled, onSave, onCancel }: Props) {
  const [date, setDate] = useState(kstDate(initialAt));
  const [time, setTime] = useState(new Date(initialAt + KST_OFFSET_MS).toISOString().slice(11, 16));
  return (
    <span className="time-editor">
      <input aria-label="date" value={date} onChange={(e) => setDate(e.target.value)} size={10} />
      <input aria-label="time" value={time} onChange={(e) => setTime(e.target.value)} size={5} />
      <button type="button" className="btn btn--small btn--primary" disabled={disabled} onClick={() => onSave(date, time)}>
        {saveLabel}
      </button>
      <button type="button" className="btn btn--small" onClick={onCancel}>
        {cancelLabel}
      </button>
    </span>
  );
}
