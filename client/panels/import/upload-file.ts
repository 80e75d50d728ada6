import { session } from '../../api/session.ts';

/** The answer to an upload: its status and its JSON body (null when it is not JSON). */
export interface Upload {
  status: number;
  statusText: string;
  body: unknown;
}

/**
 * POSTs a file with XMLHttpRequest so the upload reports progress (fetch cannot); `onProgress` gets the fraction
 * sent, then null once sent (the server is checking). Rejects on a network failure.
 */
export function uploadFile(url: string, file: File, onProgress: (fraction: number | null) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (session.csrfToken) xhr.setRequestHeader('x-csrf-token', session.csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, body });
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}
