import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type TSmtpSink = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  mails: ParsedMail[]
  /** The first mail to `address` that arrives (or has arrived), parsed. */
  waitForMail: (address: string, timeoutMs?: number) => Promise<ParsedMail>
  stop: () => Promise<void>
}

const isFor = (mail: ParsedMail, address: string) =>
  [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .some((to) => to.address?.toLowerCase() === address.toLowerCase())

/**
 * A real SMTP server on loopback (nodemailer's smtp-server, in this process) that accepts every
 * mail without authentication or TLS and keeps it parsed: the app sends through SMTP_URL as it
 * would to a mail provider, and the test reads what a reader would find in the inbox.
 */
export async function startSmtpSink(): Promise<TSmtpSink> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitForMail(address, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const mail = mails.find((candidate) => isFor(candidate, address))
        if (mail) return mail
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`no mail to ${address} within ${timeoutMs} ms`)
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
