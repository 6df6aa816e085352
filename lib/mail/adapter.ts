import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { TEnv } from '@/lib/env'
import { parseMailFrom } from './address'

/** What the console adapter prints of a mail: its text, or its HTML without the tags. */
function readableBody(message: SendEmailOptions): string {
  if (typeof message.text === 'string' && message.text) return message.text
  const html = typeof message.html === 'string' ? message.html : ''
  return html
    .replace(/<a [^>]*href="([^"]+)"[^>]*>/g, '$1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim()
}

/**
 * Payload's e-mail adapter for Newsroom. With SMTP_URL, nodemailer sends through that server (the
 * official @payloadcms/email-nodemailer's newest 3.x release pins payload 3.90.1 as a peer, one
 * patch behind ours, so the transport is wired here in its few lines). Without it, development
 * prints each mail (reset links included) to the console, and production logs that a mail could
 * not be sent, without its body, which may hold a reset link.
 *
 * Mails are handed over in the background: the request that causes one (forgot-password) answers
 * in the same time whether or not the address has an account, and a slow or failing mail server
 * delays nobody; a failure is logged.
 */
export function newsroomMailAdapter(env: TEnv): EmailAdapter {
  const from = parseMailFrom(env.MAIL_FROM)
  return ({ payload }) => {
    const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null
    const deliver = async (message: SendEmailOptions): Promise<void> => {
      if (transport) {
        await transport.sendMail({ from: `${from.name} <${from.address}>`, ...message })
        return
      }
      if (env.NODE_ENV === 'production') {
        payload.logger.warn(`mail to ${String(message.to)} not sent: SMTP_URL is not set`)
        return
      }
      payload.logger.info(
        `mail (not sent: SMTP_URL is not set)\n  to: ${String(message.to)}\n  subject: ${String(message.subject)}\n${readableBody(message)}`,
      )
    }
    return {
      name: transport ? 'smtp' : 'console',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        void deliver(message).catch((error: unknown) =>
          payload.logger.error({ err: error }, `mail to ${String(message.to)} failed`),
        )
      },
    }
  }
}
