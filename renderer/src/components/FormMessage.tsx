/** What a form says after an action: success is announced politely, a failure at once. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/** An error line a screen reader reads out at once; nothing while there is no error. */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

/** The outcome of the last save/export/…; nothing before the first one. */
export function OutcomeMessage({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'ok-text' : 'form-error'} role={outcome.ok ? 'status' : 'alert'}>
      {outcome.text}
    </p>
  );
}
