'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { TNewsroomKey } from '@/lib/admin/i18n'

const t = (key: TNewsroomKey) => key as never

/**
 * 重新发送 in a webhook delivery's edit view: asks the server to queue the delivery again
 * (endpoints/webhookDeliveries/resend.ts), with the admin's own session cookie and Origin.
 */
export function ResendDelivery() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [state, setState] = useState<'idle' | 'sending' | 'queued' | 'failed'>('idle')
  if (id === undefined || id === null) return null

  const resend = async () => {
    setState('sending')
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/webhook-deliveries/${encodeURIComponent(String(id))}/resend`,
        { method: 'POST', credentials: 'include' },
      )
      setState(response.ok ? 'queued' : 'failed')
    } catch {
      setState('failed')
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state === 'sending'} onClick={resend}>
        {i18n.t(t('newsroom:resendDelivery'))}
      </Button>
      {state === 'queued' && <p>{i18n.t(t('newsroom:resendQueued'))}</p>}
      {state === 'failed' && <p role="alert">{i18n.t(t('newsroom:resendFailed'))}</p>}
    </div>
  )
}
