const target = new EventTarget();

/**
 * Says that something was written to the audit log (an import, a record edit, an account change), so an open
 * audit log reloads.
 */
export function auditChanged(): void {
  target.dispatchEvent(new Event('changed'));
}

/** Calls `listener` after every {@link auditChanged}; returns the unsubscribe. */
export function onAuditChanged(listener: () => void): () => void {
  target.addEventListener('changed', listener);
  return () => target.removeEventListener('changed', listener);
}
