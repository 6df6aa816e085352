const waitIn = (seconds: number) => {
  if (seconds < 60) return { zh: `${seconds} 秒`, en: `${seconds} s` }
  // A daily budget waits hours; "1440 min" says the same less clearly.
  if (seconds < 2 * 60 * 60) {
    return { zh: `${Math.ceil(seconds / 60)} 分钟`, en: `${Math.ceil(seconds / 60)} min` }
  }
  return { zh: `${Math.ceil(seconds / 3600)} 小时`, en: `${Math.ceil(seconds / 3600)} h` }
}

/** The message of every 429, in the portal's language and in English. */
export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  const wait = waitIn(retryAfterSeconds)
  return `请求过于频繁，请 ${wait.zh}后再试 / too many requests, try again in ${wait.en}`
}

/** The headers of every 429: the wait that clients and proxies honour, and no cache keeps it. */
export function tooManyRequestsHeaders(retryAfterSeconds: number): Record<string, string> {
  return { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' }
}

/** A 429 in Payload's error shape, with the Retry-After header clients and proxies honour. */
export function tooManyRequestsResponse(retryAfterSeconds: number): Response {
  return Response.json(
    {
      errors: [{ message: tooManyRequestsMessage(retryAfterSeconds), data: { retryAfterSeconds } }],
    },
    { status: 429, headers: tooManyRequestsHeaders(retryAfterSeconds) },
  )
}
