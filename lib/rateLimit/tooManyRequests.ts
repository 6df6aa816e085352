const waitIn = (seconds: number) =>
  seconds < 60
    ? { zh: `${seconds} 秒`, en: `${seconds} s` }
    : { zh: `${Math.ceil(seconds / 60)} 分钟`, en: `${Math.ceil(seconds / 60)} min` }

/** The message of every 429, in the portal's language and in English. */
export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  const wait = waitIn(retryAfterSeconds)
  return `请求过于频繁，请 ${wait.zh}后再试 / too many requests, try again in ${wait.en}`
}

/** A 429 in Payload's error shape, with the Retry-After header clients and proxies honour. */
export function tooManyRequestsResponse(retryAfterSeconds: number): Response {
  return Response.json(
    {
      errors: [{ message: tooManyRequestsMessage(retryAfterSeconds), data: { retryAfterSeconds } }],
    },
    {
      status: 429,
      headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
    },
  )
}
