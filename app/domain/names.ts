// Name and address checks shared by the rules and the designer's inline validation.

const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** A DNS name: labels of 1–63 letters, digits and hyphens, no hyphen at either end, two labels or more, 253 characters at most. */
export function isDnsName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => DNS_LABEL.test(label)) && !isIpv4(name);
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

export function isIpv4(text: string): boolean {
  // A dotted quad starts with a digit; host names mostly do not, and skip the regex.
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && IPV4.test(text);
}

export function isIpv6(text: string): boolean {
  // Most addresses are host names: leave at once when there is no colon.
  if (text.length < 2 || text.length > 45 || !text.includes(':')) return false;
  let body = text;
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
  let tailGroups = 0;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    body = body.slice(0, lastColon + 1) + '0:0';
    tailGroups = 0;
  }
  const doubleColons = body.split('::').length - 1;
  if (doubleColons > 1) return false;
  const group = /^[0-9A-Fa-f]{1,4}$/;
  if (doubleColons === 1) {
    const [left = '', right = ''] = body.split('::');
    const leftGroups = left === '' ? [] : left.split(':');
    const rightGroups = right === '' ? [] : right.split(':');
    if (![...leftGroups, ...rightGroups].every((g) => group.test(g))) return false;
    return leftGroups.length + rightGroups.length + tailGroups <= 7;
  }
  const groups = body.split(':');
  return groups.length === 8 && groups.every((g) => group.test(g));
}

/** An IPv4 dotted quad or an IPv6 address. */
export function isIpLiteral(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * `text.toLowerCase()`, without a new string when there is nothing to lower: toLowerCase makes a copy even
 * then, and the rules that compare names fold thousands of them (FQDNs and trunk names are mostly lower case).
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // An upper-case ASCII letter, or beyond ASCII, where toLowerCase knows the rules.
    if ((code >= 65 && code <= 90) || code > 127) return text.toLowerCase();
  }
  return text;
}
