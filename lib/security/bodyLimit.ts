/**
 * Request bodies are refused by their declared size before anything reads them: a JSON body
 * is parsed whole into memory, so one huge request would stall the process for every reader.
 * Used by the production server (server.ts) and by Payload's REST route under `next dev`; nginx
 * refuses the same sizes first (deploy/nginx.conf, client_max_body_size).
 */

const MB = 1024 * 1024

/** JSON and every other body that is not an upload form. */
export const JSON_BODY_LIMIT_BYTES = 1 * MB
/** The largest image an editor may upload (Payload's own check, payload.config.ts `upload`). */
export const UPLOAD_FILE_LIMIT_BYTES = 10 * MB
/** An upload form: the image plus the document's other fields and the form's boundaries. */
export const UPLOAD_BODY_LIMIT_BYTES = UPLOAD_FILE_LIMIT_BYTES + 1 * MB

export type TBodyRequest = {
  method?: string | null
  contentType?: string | null
  contentLength?: string | null
  transferEncoding?: string | null
}

export type TBodyRefusal = { status: 411 | 413; message: string }

const isUploadForm = (contentType: string | null | undefined) =>
  /^\s*multipart\/form-data\b/i.test(contentType ?? '')

/** How many bytes a body of this content type may have. */
export const bodyLimitFor = (contentType: string | null | undefined) =>
  isUploadForm(contentType) ? UPLOAD_BODY_LIMIT_BYTES : JSON_BODY_LIMIT_BYTES

/**
 * Why a request's body is refused, or null when it may be read. A body of unknown length (chunked)
 * is refused too: its size could only be learned by reading it. Browsers and nginx always say
 * how long a body is.
 */
export function bodyRefusal({
  method,
  contentType,
  contentLength,
  transferEncoding,
}: TBodyRequest): TBodyRefusal | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null
  const limit = bodyLimitFor(contentType)
  if (contentLength === undefined || contentLength === null || contentLength === '') {
    if (!transferEncoding) return null
    return { status: 411, message: '请求需要 Content-Length / a request body needs Content-Length' }
  }
  const length = Number(contentLength)
  if (Number.isSafeInteger(length) && length >= 0 && length <= limit) return null
  const allowed = `${Math.round(limit / MB)} MB`
  return {
    status: 413,
    message: `请求体过大（上限 ${allowed}）/ request body too large (limit ${allowed})`,
  }
}

/** The refusal as Payload answers errors: JSON `{ errors: [{ message }] }`. */
export const refusalBody = ({ message }: TBodyRefusal) => JSON.stringify({ errors: [{ message }] })

/** For fetch-style route handlers: a refusal Response, or null when the body may be read. */
export function refuseOversizedBody(request: Request): Response | null {
  const refusal = bodyRefusal({
    method: request.method,
    contentType: request.headers.get('content-type'),
    contentLength: request.headers.get('content-length'),
    transferEncoding: request.headers.get('transfer-encoding'),
  })
  if (!refusal) return null
  return new Response(refusalBody(refusal), {
    status: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
  })
}

/** Wraps a route handler (`export const POST = withBodyLimit(REST_POST(config))`). */
export function withBodyLimit<TArgs extends unknown[]>(
  handler: (request: Request, ...rest: TArgs) => Promise<Response> | Response,
) {
  return (request: Request, ...rest: TArgs) =>
    refuseOversizedBody(request) ?? handler(request, ...rest)
}
