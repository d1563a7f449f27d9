import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { checkAddress, type AddressPolicy } from './address-policy.js';

/**
 * A DNS lookup for sockets that drops addresses the policy refuses. It runs at
 * connect time, inside the HTTP client, so the address checked is the address
 * connected to: a name that resolves to a public address when a feed is read
 * and to 127.0.0.1 a second later (DNS rebinding) is caught too.
 */

/** The error a refused name fails its connection with; `isRefusedAddressError` recognises it through wrappers. */
export class RefusedAddressError extends Error {
  readonly code = 'EWIREWATCH_REFUSED_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly addresses: readonly { address: string; range: string }[],
  ) {
    super(`${hostname} resolves to ${addresses.map((a) => `${a.address} (${a.range})`).join(', ')}: not a public address`);
    this.name = 'RefusedAddressError';
  }
}

/** Finds a RefusedAddressError in an error or its causes (HTTP clients wrap connect errors). */
export function findRefusedAddressError(error: unknown): RefusedAddressError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RefusedAddressError) return e;
  }
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Resolver = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (hostname, callback) => dnsLookup(hostname, { all: true, verbatim: true }, callback);

/**
 * Builds a `lookup` function with net.connect's signature. `resolve` is the
 * system resolver unless a test injects one (to make a public-looking name
 * resolve to loopback without touching /etc/hosts).
 */
export function safeLookup(policy: AddressPolicy, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, (error, addresses) => {
      if (error) return callback(error, []);
      const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
      const candidates = family === 0 ? addresses : addresses.filter((a) => a.family === family);
      const allowed: LookupAddress[] = [];
      const refused: { address: string; range: string }[] = [];
      for (const a of candidates) {
        const verdict = checkAddress(a.address, policy);
        if (verdict.allowed) allowed.push(a);
        else refused.push({ address: a.address, range: verdict.range });
      }
      if (allowed.length === 0) {
        if (refused.length > 0) return callback(new RefusedAddressError(hostname, refused), []);
        const notFound: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
        notFound.code = 'ENOTFOUND';
        return callback(notFound, []);
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}
