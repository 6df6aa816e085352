/**
 * `{name}` interpolation for client components. They get their text as props and must not pull
 * next-intl's ICU parser into the browser bundle, so the few messages with values are filled in
 * here: plain `{name}` placeholders only, no plural or select syntax.
 */
export type TMessageValues = Record<string, string | number>

export function formatMessage(message: string, values: TMessageValues = {}): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  )
}
