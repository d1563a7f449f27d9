import { useEffect, useState } from 'preact/hooks';
import { LIKELY_RIGHT } from '../../src/shells/web/query-text.js';
import { href, parseRoute, type PageName, type Route } from '../../src/shells/web/route.js';
import { lazyPage } from './components/lazy.js';
import { ArticlePage } from './pages/article.js';
import { EventsPage } from './pages/events.js';
import { SearchPage } from './pages/search.js';

const MapPage = lazyPage(() => import('./pages/map.js').then((m) => m.MapPage));
const NetworkPage = lazyPage(() => import('./pages/network.js').then((m) => m.NetworkPage));
const TimelinePage = lazyPage(() => import('./pages/timeline.js').then((m) => m.TimelinePage));
const EntityPage = lazyPage(() => import('./pages/entity.js').then((m) => m.EntityPage));

const NAV: { page: PageName; label: string }[] = [
  { page: 'search', label: 'Search' },
  { page: 'events', label: 'Events' },
  { page: 'timeline', label: 'Timeline' },
  { page: 'map', label: 'Map' },
  { page: 'network', label: 'Network' },
];

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      // A new page: move focus to its heading so keyboard and screen-reader users start there.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const q = route.params.q ?? '';
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('search')}>Wirewatch</a>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <a key={n.page} href={href(n.page, undefined, { q, [LIKELY_RIGHT.param]: route.params[LIKELY_RIGHT.param] })} aria-current={route.page === n.page ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: Route }) {
  const q = route.params.q ?? '';
  switch (route.page) {
    case 'article':
      return route.arg ? <ArticlePage id={route.arg} focus={route.params.mark} /> : <SearchPage q={q} />;
    case 'entity':
      return route.arg ? <EntityPage name={route.arg} type={route.params.type} /> : <SearchPage q={q} />;
    case 'events':
      return <EventsPage q={q} params={route.params} />;
    case 'timeline':
      return <TimelinePage q={q} params={route.params} />;
    case 'map':
      return <MapPage q={q} params={route.params} />;
    case 'network':
      return <NetworkPage q={q} params={route.params} />;
    default:
      return <SearchPage q={q} />;
  }
}
