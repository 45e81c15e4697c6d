import { useState } from 'react';
import { isAuditAction, type AuditEntryView } from '../../../contract/audit';
import { useErrorText } from '../kernel/errors';
import { authMessages } from '../auth/messages';
import { withApproval } from '../auth/store';
import { useApp } from '../kernel/store';
import { DataTable } from '../components/DataTable';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { dateTimeText } from '../i18n/format';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { auditDetailText } from './detail';
import { auditActionMessages, auditMessages } from './messages';

const PAGE = 50;

/** Offers a text as a file download (the CSV export), without it touching any store. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([`\ufeff${text}`], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** The owner's view of the audit log: newest first, verify the hash chain, export CSV. */
export function AuditPanel() {
  const errorText = useErrorText();
  const lang = useApp((st) => st.lang);
  const m = useMessages(auditMessages);
  const a = useMessages(authMessages);
  const roleText = (role: string) => (role === 'owner' || role === 'manager' || role === 'cashier' ? a(`role.${role}`) : role);
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [total, setTotal] = useState(0);
  const [message, setMessage] = useState<Outcome | null>(null);

  const load = async (beforeSeq: number | null) => {
    const res = await withApproval((approval) => pos().auditPage({ beforeSeq, limit: PAGE, ...(approval ? { approval } : {}) }));
    if (!res.ok) return setMessage({ ok: false, text: errorText(res.error) });
    setTotal(res.data.total);
    setEntries((old) => (beforeSeq === null ? res.data.entries : [...(old ?? []), ...res.data.entries]));
  };

  const verify = async () => {
    const res = await withApproval((approval) => pos().verifyAudit(approval ? { approval } : {}));
    if (!res.ok) return setMessage({ ok: false, text: errorText(res.error) });
    const v = res.data;
    setMessage(v.ok ? { ok: true, text: m('verified', { n: v.checked }) } : { ok: false, text: m('broken', { seq: v.brokenSeq ?? 0, reason: v.reason ?? '' }) });
  };

  const exportCsv = async () => {
    const res = await withApproval((approval) => pos().exportAudit(approval ? { approval } : {}));
    if (!res.ok) return setMessage({ ok: false, text: errorText(res.error) });
    download(res.data.fileName, res.data.csv);
    setMessage({ ok: true, text: m('exported', { file: res.data.fileName }) });
  };

  const last = entries?.[entries.length - 1];
  return (
    <section className="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{m('title')}</h2>
      <div className="actions">
        <button type="button" className="btn" onClick={() => void load(null)}>
          {m('show')}
        </button>
        <button type="button" className="btn" onClick={() => void verify()}>
          {m('verify')}
        </button>
        <button type="button" className="btn" onClick={() => void exportCsv()}>
          {m('export')}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
      {entries && entries.length === 0 && <p>{m('empty')}</p>}
      {entries && entries.length > 0 && (
        <DataTable
          aria-labelledby="audit-title"
          columns={[
            { label: m('col.seq') },
            { label: m('col.time') },
            { label: m('col.who') },
            { label: m('col.action') },
            { label: m('col.target') },
            { label: m('col.detail') },
          ]}
        >
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>{dateTimeText(e.at, lang, true)}</td>
              <td>
                {e.actorName} ({roleText(e.actorRole)})
              </td>
              <td>{isAuditAction(e.action) ? auditActionMessages[lang][e.action] : e.action}</td>
              <td>{e.target ?? ''}</td>
              <td className="audit__detail">{auditDetailText(e.detail, lang)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {last && entries && entries.length < total && (
        <button type="button" className="btn" onClick={() => void load(last.seq)}>
          {m('older')}
        </button>
      )}
    </section>
  );
}
