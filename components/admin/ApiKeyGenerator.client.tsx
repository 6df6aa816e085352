'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { TNewsroomKey } from '@/lib/admin/i18n'

type TState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'shown'; key: string }
  | { kind: 'failed'; message: string }

/**
 * The API key document's 生成密钥 button: asks the server for a new random key
 * (endpoints/apiKeys/generate.ts) and shows it once, with a copy button. The page keeps only the
 * prefix afterwards; the key itself is never stored or shown again.
 */
export function ApiKeyGenerator() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation()
  const say = (key: TNewsroomKey) => t(key as never)
  const prefix = useFormFields(([fields]) => fields.keyPrefix?.value as string | undefined)
  const [state, setState] = useState<TState>({ kind: 'idle' })
  const [copied, setCopied] = useState(false)

  if (id === undefined || id === null)
    return <p className="field-description">{say('newsroom:apiKeySaveFirst')}</p>

  async function generate() {
    setState({ kind: 'busy' })
    setCopied(false)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/api-keys/${id}/generate`,
        {
          method: 'POST',
          credentials: 'include',
        },
      )
      const body = (await response.json()) as { key?: string; error?: string }
      if (!response.ok || !body.key) throw new Error(body.error ?? String(response.status))
      setState({ kind: 'shown', key: body.key })
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message })
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state.kind === 'busy'} onClick={generate}>
        {prefix || state.kind === 'shown'
          ? say('newsroom:apiKeyRotate')
          : say('newsroom:apiKeyGenerate')}
      </Button>
      {state.kind === 'shown' && (
        <div role="status">
          <p>
            <strong>{say('newsroom:apiKeyShownOnce')}</strong>
          </p>
          <input
            aria-label="API key"
            readOnly
            value={state.key}
            onFocus={(event) => event.currentTarget.select()}
            style={{ width: '100%', fontFamily: 'monospace' }}
          />
          <Button
            buttonStyle="primary"
            size="small"
            onClick={async () => {
              await navigator.clipboard.writeText(state.key)
              setCopied(true)
            }}
          >
            {copied ? say('newsroom:apiKeyCopied') : say('newsroom:apiKeyCopy')}
          </Button>
          <p className="field-description">{say('newsroom:apiKeyUsage')}</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert">
          {say('newsroom:apiKeyFailed')}: {state.message}
        </p>
      )}
    </div>
  )
}
