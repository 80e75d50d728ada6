/** Keeps only the latest of a series of requests alive: starting one cancels the one before. */
export interface LatestRequest {
  /** Aborts the previous request and returns the signal of the new one. */
  next(): AbortSignal;
  /** Aborts the current request (on unmount). */
  abort(): void;
}

export function createLatestRequest(): LatestRequest {
  let controller: AbortController | null = null;
  return {
    next() {
      controller?.abort();
      controller = new AbortController();
      return controller.signal;
    },
    abort() {
      controller?.abort();
    },
  };
}
