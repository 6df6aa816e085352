import { createInterface } from 'node:readline'

/** Asks one question on the terminal and resolves with the answer (without its line end). */
export function ask(question: string, options: { hidden?: boolean } = {}): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  if (options.hidden) {
    // Echo nothing of what is typed (readline writes each key through _writeToOutput).
    const writable = terminal as unknown as { _writeToOutput: (text: string) => void }
    const write = writable._writeToOutput.bind(terminal)
    writable._writeToOutput = (text) => write(text.startsWith(question) ? question : '')
  }
  return new Promise((resolve) =>
    terminal.question(question, (answer) => {
      if (options.hidden) process.stdout.write('\n')
      terminal.close()
      resolve(answer)
    }),
  )
}

/** Whether questions can be asked: both ends are a terminal (not CI, a pipe or a container log). */
export const canPrompt = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY)
