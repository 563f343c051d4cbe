import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where webhooks may go. In production (NODE_ENV=production, or WEBHOOKS_STRICT_URLS=true anywhere) only https, and
 * only public addresses: loopback, private, link-local, shared, multicast and reserved ranges are refused when an
 * endpoint is registered and again when each request is sent. In development and tests http and every address are
 * allowed (the tests' receivers listen on 127.0.0.1). WEBHOOKS_STRICT_URLS=false relaxes production (an intranet).
 */
export function strictWebhookUrls(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.WEBHOOKS_STRICT_URLS === 'true') return true;
  if (env.WEBHOOKS_STRICT_URLS === 'false') return false;
  return env.NODE_ENV === 'production';
}

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is public (routable on the Internet); an IPv4 address mapped into IPv6 is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return !NON_PUBLIC.check(address, 'ipv4');
  if (family === 6) {
    // IPv4-mapped in hexadecimal form (::ffff:7f00:1)
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
    if (hex) {
      const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
      return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
    }
    return !NON_PUBLIC.check(address, 'ipv6');
  }
  return false;
}

export class WebhookUrlError extends Error {
  constructor(
    message: string,
    /** A stable name of the rule broken, for the GraphQL answer. */
    readonly rule: 'url' | 'scheme' | 'credentials' | 'address' | 'resolution',
  ) {
    super(message);
  }
}

function hostOf(url: URL): string {
  // new URL keeps IPv6 literals bracketed
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** The form of an endpoint's address: an absolute http(s) URL without credentials; https only when strict. */
export function parseWebhookUrl(raw: string, strict: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new WebhookUrlError('must be an absolute http(s) address', 'url');
  }
  if (raw.length > 2000) throw new WebhookUrlError('must be at most 2000 characters', 'url');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !strict)) {
    throw new WebhookUrlError(strict ? 'must use https' : 'must be an absolute http(s) address', 'scheme');
  }
  if (url.username || url.password) throw new WebhookUrlError('must not carry a user name or password', 'credentials');
  if (!url.hostname) throw new WebhookUrlError('must be an absolute http(s) address', 'url');
  return url;
}

async function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

/**
 * Checks an endpoint when it is registered: its form, and when strict every address its host resolves to is public.
 * Returns the normalised URL.
 */
export async function assertWebhookUrl(raw: string, strict: boolean): Promise<string> {
  const url = parseWebhookUrl(raw, strict);
  if (strict) {
    const host = hostOf(url);
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await resolveAll(host)).map((entry) => entry.address);
      } catch {
        throw new WebhookUrlError(`its host ${host} does not resolve`, 'resolution');
      }
    }
    if (!addresses.length || addresses.some((address) => !isPublicAddress(address))) {
      throw new WebhookUrlError('must not point to a loopback, private or link-local address', 'address');
    }
  }
  return url.toString();
}

/**
 * The DNS lookup of a delivery's connection: when strict it resolves once and refuses unless every address is public,
 * and the socket connects to the very address checked, so a host re-pointed between check and connection (DNS
 * rebinding) cannot reach an internal service.
 */
export function guardedLookup(strict: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      if (strict && (!list.length || list.some((entry) => !isPublicAddress(entry.address)))) {
        return callback(Object.assign(new Error(`${hostname} resolves to a loopback, private or link-local address`), { code: 'EWEBHOOKADDRESS' }), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Refuses an IP-literal host that is not public before connecting (a literal is never looked up). */
export function assertDeliverableHost(url: URL, strict: boolean): void {
  if (!strict) return;
  if (url.protocol !== 'https:') throw new WebhookUrlError('must use https', 'scheme');
  const host = hostOf(url);
  if (isIP(host) && !isPublicAddress(host)) throw new WebhookUrlError('must not point to a loopback, private or link-local address', 'address');
}
