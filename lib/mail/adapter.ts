import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
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
 * Payload's e-mail adapter for Newsroom. With SMTP_URL, Payload's official nodemailer adapter sends
 * through that server. Without it, development prints each mail (reset links included) to the
 * console, and production logs that a mail could not be sent, without its body, which may hold a
 * reset link (the official adapter would instead reach out to ethereal.email, a network call a
 * development machine may not be able to make).
 *
 * Mails are handed over in the background: the request that causes one (forgot-password) answers
 * in the same time whether or not the address has an account, and a slow or failing mail server
 * delays nobody; a failure is logged.
 */
export async function newsroomMailAdapter(env: TEnv): Promise<EmailAdapter> {
  const from = parseMailFrom(env.MAIL_FROM)
  const smtp = env.SMTP_URL
    ? await nodemailerAdapter({
        defaultFromAddress: from.address,
        defaultFromName: from.name,
        transport: nodemailer.createTransport(env.SMTP_URL),
        // A mail server that is down at boot must not hold up the app; a failed send is logged.
        skipVerify: true,
      })
    : null
  return (args) => {
    const { payload } = args
    const sender = smtp?.(args)
    const deliver = async (message: SendEmailOptions): Promise<void> => {
      if (sender) {
        await sender.sendEmail(message)
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
      name: sender ? 'smtp' : 'console',
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
