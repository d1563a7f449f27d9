import type { ComponentChildren } from 'preact';
import type { Loaded } from './use-api.js';

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div class="error" role="alert">
      <strong>Something went wrong.</strong> {error.message}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** Error, then a first load's spinner text, then the content (kept on screen while a newer request runs). */
export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.data === undefined) return <p class="loading" aria-live="polite">Loading…</p>;
  return <div aria-busy={state.loading}>{children(state.data)}</div>;
}
