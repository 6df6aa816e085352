import { parseArgs, type ParseArgsConfig } from 'node:util'
import { z } from 'zod'

export type TFlagsResult<T> = { ok: true; args: T } | { ok: false; error: string }

/**
 * A flag that takes a whole number from `min` to `max`. Its messages name the flag, and show an
 * example when one is given. Only digits pass, so the number is whole without a further check.
 */
export function integerFlag(flag: string, range: { min: number; max: number; example?: number }) {
  const example = range.example === undefined ? '' : `, e.g. ${flag} ${range.example}`
  return z
    .string()
    .regex(/^\d+$/, `${flag} takes a whole number${example}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(range.min, `${flag} must be at least ${range.min}`)
        .max(range.max, `${flag} must be at most ${range.max}`),
    )
}

/**
 * Reads a script's `--flags` strictly (unknown flags and positionals are errors), then validates
 * them with a zod schema. Either the parsed flags or one line saying what is wrong.
 */
export function parseFlags<TSchema extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: TSchema,
): TFlagsResult<z.output<TSchema>> {
  let values: Record<string, unknown>
  try {
    ;({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }))
  } catch (error) {
    // Node's messages can run over several lines; the first one says what is wrong.
    return { ok: false, error: (error as Error).message.split('\n')[0] ?? 'bad arguments' }
  }
  const parsed = schema.safeParse(values)
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'bad arguments' }
  return { ok: true, args: parsed.data }
}

/**
 * A script's flags, or the script ends here: a bad flag prints its one-line error followed by
 * `afterError` and exits 2; --help prints `help` and exits 0.
 */
export function flagsOrExit<T extends { help: boolean }>(
  result: TFlagsResult<T>,
  messages: { help: string; afterError: string },
): Exclude<T, { help: true }> {
  if (!result.ok) {
    console.error(`✖ ${result.error}${messages.afterError}`)
    process.exit(2)
  }
  if (result.args.help) {
    console.log(messages.help)
    process.exit(0)
  }
  // --help ended the process above, so what is left has help false.
  return result.args as Exclude<T, { help: true }>
}
