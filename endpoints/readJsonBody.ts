import type { PayloadRequest } from 'payload'

export type TBodyResult = { ok: true; value: unknown } | { ok: false; error: string }

/**
 * The request body as JSON, or the reason it is not usable (answered as a 400, never a 500).
 * `maxCharacters` is what a valid body of this endpoint could need, with room to spare: anything
 * far larger is refused before it is parsed.
 */
export async function readJsonBody(
  req: PayloadRequest,
  options: { maxCharacters: number },
): Promise<TBodyResult> {
  let text: string
  try {
    text = (await req.text?.()) ?? ''
  } catch {
    return { ok: false, error: '无法读取请求体 / could not read the request body' }
  }
  if (text.length > options.maxCharacters) {
    return { ok: false, error: '请求体过大 / request body too large' }
  }
  if (!text.trim()) return { ok: false, error: '缺少请求体 / request body is empty' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, error: '请求体不是合法的 JSON / request body is not valid JSON' }
  }
}
