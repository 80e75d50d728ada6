/** The words a load failure shows, from the view's catalogue. */
export interface LoadFailureWords {
  loadFailed: (text: string) => string;
  retry: string;
}

/**
 * What a section shows where a request failed: the failure in words and a 重试 button that reloads it.
 *
 * @example
 * const failure = loadFailure(dustMessages(lang));
 * {yards.error ? failure(yards.error, yards.reload) : null}
 */
export function loadFailure(words: LoadFailureWords) {
  return (error: string, reload: () => void) => (
    <p class="error">
      {words.loadFailed(error)}{' '}
      <button type="button" onClick={reload}>
        {words.retry}
      </button>
    </p>
  );
}
