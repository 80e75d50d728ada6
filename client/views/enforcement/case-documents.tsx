import { useRef, useState } from 'preact/hooks';
import {
  type CaseAttachmentKind,
  caseAttachmentKindLabels,
  caseAttachmentKinds,
} from '../../../server/schema/enums/enforcement-case.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { apiFailure } from '../../api/api-result.ts';
import { apiFetch } from '../../api/session.ts';
import { sendJson } from '../../api/send-json.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';
import type { CaseDocument } from '../../../server/schema/cases.ts';

/** The largest document the server keeps (attachments: 5 MiB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const accepted = ['image/jpeg', 'image/png', 'application/pdf'];

/** Whether a document is a photo (shown as a thumbnail) rather than a PDF (a link opening it). */
export function isPhoto(doc: CaseDocument): boolean {
  return doc.mime.startsWith('image/');
}

/** Where a document is served. */
const documentUrl = (doc: CaseDocument) => `/api/attachments/${doc.attachmentId}`;

/**
 * Stores a file (POST /api/attachments, its bytes as the body) and attaches it to the case (POST
 * /api/cases/:id/attachments with its id, kind and title); null when done, else the failure.
 */
export async function uploadCaseDocument(
  caseId: number,
  file: File,
  kind: CaseAttachmentKind,
  title: string,
): Promise<ApiFailure | null> {
  let stored: { id: number };
  try {
    const res = await apiFetch(`/api/attachments?file=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) return apiFailure(res.status, res.statusText, body);
    stored = body as { id: number };
  } catch (error) {
    return { code: 'network_error', message: String(error), status: 0 };
  }
  const linked = await sendJson<unknown>('POST', `/api/cases/${caseId}/attachments`, {
    attachmentId: stored.id,
    kind,
    title,
  });
  return linked.ok ? null : linked.error;
}

/** A case's documents: photos as thumbnails, PDFs as links opening in a new tab; the upload for `canUpload`. */
export function CaseDocuments({
  caseId,
  documents,
  lang,
  canUpload,
  onUploaded,
}: {
  caseId: number;
  documents: CaseDocument[];
  lang: Language;
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const m = enforcementCasesMessages(lang);
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');
  const [kind, setKind] = useState<CaseAttachmentKind>('photo');
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setStatus({ error: true, text: m.uploadNoFile });
    if (file.size > MAX_DOCUMENT_BYTES) return setStatus({ error: true, text: m.uploadTooBig });
    if (file.type && !accepted.includes(file.type)) return setStatus({ error: true, text: m.uploadBadType });
    setBusy(true);
    const failure = await uploadCaseDocument(caseId, file, kind, (title.trim() || file.name).slice(0, 120));
    setBusy(false);
    if (failure) return setStatus({ error: true, text: m.failed(failureText(lang, failure)) });
    setStatus({ error: false, text: m.uploaded });
    setTitle('');
    setFileName('');
    if (input.current) input.current.value = '';
    onUploaded();
  };

  return (
    <section class="case-documents" data-case-documents={String(documents.length)}>
      <h4>{m.documents}</h4>
      {documents.length === 0 ? <p class="muted">{m.noDocuments}</p> : null}
      <ul class="case-document-list">
        {documents.map((doc) => (
          <li key={doc.attachmentId} data-document={String(doc.attachmentId)}>
            {isPhoto(doc) ? (
              <a href={documentUrl(doc)} target="_blank" rel="noopener noreferrer">
                <img class="case-thumb" src={documentUrl(doc)} alt={doc.title} loading="lazy" />
              </a>
            ) : (
              <a href={documentUrl(doc)} target="_blank" rel="noopener noreferrer" data-pdf="">
                {m.openPdf(doc.title)}
              </a>
            )}
            <span class="muted">
              {' '}
              {caseAttachmentKindLabels[doc.kind]?.[lang] ?? doc.kind} · {doc.title}
            </span>
          </li>
        ))}
      </ul>
      {canUpload && (
        <div class="case-upload" data-case-upload="">
          <label class="tool photo-pick">
            {fileName ? m.uploadChosen(fileName) : m.uploadPick}
            <input
              type="file"
              accept="image/jpeg,image/png,application/pdf"
              class="visually-hidden"
              data-input="document"
              ref={input}
              onChange={(e) => {
                setFileName(e.currentTarget.files?.[0]?.name ?? '');
                setStatus(null);
              }}
            />
          </label>
          <select
            class="inline-input"
            aria-label={m.uploadKind}
            data-input="document-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as CaseAttachmentKind)}
          >
            {caseAttachmentKinds.map((k) => (
              <option key={k} value={k}>
                {caseAttachmentKindLabels[k][lang]}
              </option>
            ))}
          </select>
          <input
            type="text"
            class="inline-input"
            placeholder={m.uploadTitle}
            aria-label={m.uploadTitle}
            maxLength={120}
            data-input="document-title"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          <button type="button" class="tool" data-upload="" disabled={busy} onClick={() => void upload()}>
            {busy ? m.working : m.uploadSend}
          </button>
          {status ? (
            <span class={status.error ? 'error inline-error' : 'muted'} role="status" data-upload-status="">
              {status.text}
            </span>
          ) : null}
        </div>
      )}
    </section>
  );
}
