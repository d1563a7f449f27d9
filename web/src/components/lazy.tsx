/**
 * A page loaded on first visit: the map (Leaflet), network (Cytoscape) and charts (uPlot)
 * are most of the bundle's weight, so the search page people land on does not wait for them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBox } from './status.js';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = useState<Error | undefined>();
    useEffect(() => {
      if (!loaded) load().then((c) => setComponent(() => (loaded = c)), setError);
    }, []);
    if (error) return <ErrorBox error={new Error(`This view could not be loaded (${error.message}). Reload the page to try again.`)} />;
    const Component = component;
    return Component ? <Component {...props} /> : <p class="loading">Loading the view…</p>;
  };
}
