/** One progress line: rewritten in place on a terminal, printed every tenth step elsewhere. */
export function createProgress(label: string, total: number, log: (line: string) => void) {
  const interactive = Boolean(process.stdout.isTTY) && log === console.log
  return (done: number) => {
    const line = `${label} ${done}/${total}`
    if (interactive) {
      process.stdout.write(`\r${line}${done === total ? '\n' : ''}`)
    } else if (done === total || done % 10 === 0) {
      log(line)
    }
  }
}
