/** `Name <address>` or a bare address, as MAIL_FROM takes it, split for Payload's adapter. */
export function parseMailFrom(value: string): { name: string; address: string } {
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value)
  if (named) return { name: named[1] || 'Newsroom', address: named[2]!.trim() }
  return { name: 'Newsroom', address: value.trim() }
}
