/** A callback's or webhook's URL, or a route, as a path: no scheme and host, query or trailing slash, and a leading slash. */
export function pathOf(url: string): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return trimSlash(path.startsWith('/') ? path : `/${path}`);
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Whether a route answers a path, itself or mounted under a prefix (`app.use('/lifecycle', router)` with
 * `router.post('/uninstalled')`). A parameter (`app.post('/lifecycle/:event')`, Next.js's `lifecycle/[event].js`)
 * takes any one segment, in a route with a constant segment: `/:id` alone may be mounted anywhere.
 */
export function answers(route: string, path: string): boolean {
  const r = pathOf(route);
  if (r === path) return true;
  if (r === '/' || !r.includes(':')) return r !== '/' && path.endsWith(r);
  const own = r.split('/');
  const full = path.split('/');
  const from = full.length - own.length;
  if (from < 0) return false;
  let constant = false;
  for (let i = 1; i < own.length; i++) {
    if (own[i]!.startsWith(':')) continue;
    if (own[i] !== full[from + i]) return false;
    constant = true;
  }
  return constant;
}

/** A route of parameters alone (`/:event`): mounted where the scan cannot tell, it may answer any path. */
export function anyPath(route: string): boolean {
  return route.includes(':') && pathOf(route).split('/').every((s) => s === '' || s.startsWith(':'));
}
