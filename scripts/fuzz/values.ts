/**
 * The raw material of bad input, by family. Each pool is plain data; requests.ts decides where a
 * value goes (a path segment, a query parameter, a JSON field, a form field, a header).
 */

/** JSON values of the wrong type or size for any field. */
export const ODD_JSON_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  // No bare [] or {} for a list: an empty list is a valid watchlist, not a bad input.
  [null],
  [[[[]]]],
  { '': '' },
  { id: null },
  [1, 'a', null, {}],
  JSON.parse('{"__proto__":{"isAdmin":true,"roles":["admin"]}}'),
  { constructor: { prototype: { polluted: true } } },
  'a'.repeat(70_000),
  Array.from({ length: 2000 }, (_, i) => i),
]

/** Text that reads as a number, a boolean or a date only to a careless parser. */
export const ODD_TEXT: readonly string[] = [
  '',
  ' ',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  '9007199254740993',
  `0.${'0'.repeat(400)}1`,
  '0x1f',
  '0b101',
  '1_000',
  '٣٤',
  '-0',
  '+1',
  '1.',
  '.5e-7',
  '2026-13-45T99:99:99Z',
  '0000-00-00',
  '[object Object]',
  '{}',
  '[]',
  '%s%s%s%n',
  '${7*7}{{7*7}}',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'a'.repeat(5000),
]

/** NoSQL operators where a plain value belongs (bodies, GraphQL variables). */
export const NOSQL_OPERATORS: readonly unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $ne: 'x' },
  { $regex: '.*' },
  { $where: 'sleep(1000)' },
  { $exists: true },
  { $in: ['admin', 'editor'] },
  { $or: [{}, { a: 1 }] },
  { equals: { $gt: '' } },
  { like: ['a'] },
  { $expr: { $eq: [1, 1] } },
]

/** NoSQL and Payload operators as query-string keys, appended to a parameter name. */
export const NOSQL_QUERY_SUFFIXES: readonly string[] = [
  '[$gt]=',
  '[$ne]=null',
  '[$regex]=.*',
  '[$where]=1',
  '[$exists]=true',
  '[$in][]=admin',
  '[equals][$gt]=',
  '[like][0]=a',
  '[contains][0]=a',
  '[contains][a]=b',
  '[in]=',
  '[not_in][0][0]=x',
  '[near]=1,2,3,4,5',
  '[within][type]=Polygon',
  '[intersects]=x',
  '[all][]=1',
  '[exists]=maybe',
  '[greater_than]=abc',
  '[less_than_equal][x]=1',
  '[equals]=1e309',
  '[like]=%25%25%25',
  '[nonsense_operator]=1',
  '[]=x',
  '[[]]=x',
  '[0][1][2][3][4][5][6][7][8][9]=deep',
]

/** Long and odd unicode: direction marks, invisible characters, lone surrogates, huge clusters. */
export const ODD_UNICODE: readonly string[] = [
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\ud800',
  '\udfff\ud800',
  `e${'\u0301'.repeat(3000)}`,
  '👩‍👩‍👧‍👦'.repeat(300),
  '𝕳𝖊𝖑𝖑𝖔',
  '\u0000',
  '\u0001\u0007\u001b[31m',
  '\r\n\r\nX-Injected: 1',
  '﷽'.repeat(500),
  '中文标题'.repeat(3000),
  'İıßẞﬃ',
  '／．．／',
  '\u2028\u2029',
  '\ufffe\uffff',
  'Z̴̡̨̛̛̛̛̛̜̗̙̬͉̣̥͖͙̪̝̦̹͇̟̠̭̦̪̥̻̙̳̗͕̝̤̭̹̤͇̞̼̘͔̺͎͉̼̱̗̩̫̹̪͓̯͔̬̭̹͉'.repeat(40),
  '🏳️‍🌈'.repeat(1000),
]

/** Paths and names that try to climb out of where they belong. */
export const TRAVERSAL: readonly string[] = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5c..%5cwindows%5cwin.ini',
  '....//....//etc/passwd',
  '%252e%252e%252fetc%252fpasswd',
  '..%00.png',
  '%c0%ae%c0%ae%c0%af',
  '.env',
  '../.env',
  '../payload.config.ts',
  '/etc/passwd',
  'file:///etc/passwd',
  '\\\\localhost\\c$',
  '%2F%2Flocalhost',
  '.;/admin',
  '..;/..;/',
  '~root',
  'media/../../data/newsroom.db',
]

/** Percent-escapes that do not decode (or decode to what no URL should carry). */
export const BAD_ESCAPES: readonly string[] = [
  '%',
  '%zz',
  '%e4%b8',
  '%ff%fe',
  '%00',
  '%0d%0aSet-Cookie:%20x=1',
  '%c0%80',
  '%ed%a0%80',
  '%%34%31',
  '%u0041',
]

/** Raw bytes 0x80–0xff (latin1 characters are sent as single bytes): never valid UTF-8 here. */
export const RAW_HIGH_BYTES: readonly string[] = ['\u00ff\u00fe', '\u00e4\u00b8', '\u00c0\u00af']
