import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the fetcher may connect to. A feed, a sitemap or a
 * redirect names URLs that someone else chose; without this check they could
 * make Wirewatch read internal services (a router's admin page, a cloud
 * metadata endpoint at 169.254.169.254, a database on localhost).
 *
 * Only globally routable unicast addresses are public. Everything ipaddr.js
 * puts in another range is refused: private (10/8, 172.16/12, 192.168/16),
 * loopback, link-local, unique-local (fc00::/7), carrier-grade NAT, multicast,
 * reserved, documentation/benchmarking and the IPv6 ranges that embed an IPv4
 * address (6to4, Teredo, NAT64) because the embedded address could be any of
 * the above. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 inside.
 */
export interface AddressPolicy {
  /** Connect to any address, private ones included (a crawler inside one's own network). */
  allowPrivate?: boolean;
  /**
   * Addresses or CIDR ranges allowed even though they are not public, e.g.
   * `['127.0.0.1']` for a test server on loopback: exactly that, not the rest of 127/8.
   */
  allowAddresses?: readonly string[];
}

export type AddressVerdict = { allowed: true } | { allowed: false; range: string; address: string };

/** Parses an address as ipaddr.js does, IPv4-mapped IPv6 unwrapped to its IPv4. */
function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // A zone id (fe80::1%eth0) names an interface, not part of the address.
  const withoutZone = bare.includes(':') ? bare.replace(/%.*$/, '') : bare;
  if (!ipaddr.isValid(withoutZone)) return undefined;
  const parsed = ipaddr.parse(withoutZone);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed;
}

/** Whether `address` is an IP address literal (IPv4 dotted, IPv6 with or without brackets). */
export const isIpLiteral = (address: string): boolean => parseAddress(address) !== undefined;

function matchesAllowance(parsed: ipaddr.IPv4 | ipaddr.IPv6, allowances: readonly string[]): boolean {
  for (const allowance of allowances) {
    const [network, bits] = allowance.includes('/') ? ipaddr.parseCIDR(allowance) : [ipaddr.parse(allowance), undefined];
    const net = network.kind() === 'ipv6' && (network as ipaddr.IPv6).isIPv4MappedAddress() ? (network as ipaddr.IPv6).toIPv4Address() : network;
    if (net.kind() !== parsed.kind()) continue;
    const prefix = bits ?? (net.kind() === 'ipv4' ? 32 : 128);
    if (parsed.match(net, prefix)) return true;
  }
  return false;
}

/**
 * Checks one resolved address against the policy.
 *
 * @example checkAddress('10.0.0.7', {}) // → { allowed: false, range: 'private', address: '10.0.0.7' }
 */
export function checkAddress(address: string, policy: AddressPolicy = {}): AddressVerdict {
  const parsed = parseAddress(address);
  if (!parsed) return { allowed: false, range: 'not an IP address', address };
  const range = parsed.range();
  if (range === 'unicast' || policy.allowPrivate) return { allowed: true };
  if (policy.allowAddresses && matchesAllowance(parsed, policy.allowAddresses)) return { allowed: true };
  return { allowed: false, range, address };
}

/** Throws a TypeError naming the bad entry, so a typo in an allowance fails at startup, not at the first fetch. */
export function validateAllowances(allowances: readonly string[]): void {
  for (const allowance of allowances) {
    if (!(allowance.includes('/') ? ipaddr.isValidCIDR(allowance) : ipaddr.isValid(allowance))) {
      throw new TypeError(`not an IP address or CIDR range: ${allowance}`);
    }
  }
}
