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

/** A success line announced politely (a refund done, a sale voided); nothing while there is none. */
export function FormNotice({ notice }: { notice: string | null | undefined }) {
  if (!notice) return null;
  return (
    <p className="notice notice--ok" role="status">
      {notice}
    </p>
  );
}
