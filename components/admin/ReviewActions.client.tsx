'use client'

import {
  Button,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useState } from 'react'

import type { TNewsroomKey } from '@/lib/admin/i18n'
import { REVIEW_NOTE_MAX } from '@/lib/review/states'

const t = (key: TNewsroomKey) => key as never

type TRoles = { roles?: readonly string[] | null }

/**
 * In an article's sidebar: 提交审核 for a contributor's draft, 退回 with a note for editors and
 * admins while it awaits review. Both post to POST /api/articles/:id/review
 * (endpoints/articles/review.ts), which checks everything again; the page is then reloaded so the
 * review state and note shown are the server's.
 */
export function ReviewActions() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const reviewState = useFormFields(([fields]) => fields.reviewState?.value)
  const status = useFormFields(([fields]) => fields._status?.value)
  const [note, setNote] = useState('')
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle')
  const [problem, setProblem] = useState('')

  const roles = (user as TRoles | null)?.roles ?? []
  const staff = roles.includes('admin') || roles.includes('editor')
  const contributor = !staff && roles.includes('contributor')
  if (!staff && !contributor) return null

  const send = async (body: { action: 'submit' } | { action: 'return'; note: string }) => {
    setState('sending')
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/articles/${encodeURIComponent(String(id))}/review`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
      )
      if (response.ok) {
        window.location.reload()
        return
      }
      const answer = (await response.json().catch(() => null)) as { error?: string } | null
      setProblem(answer?.error ?? '')
      setState('failed')
    } catch {
      setState('failed')
    }
  }

  const failure = state === 'failed' && (
    <p role="alert">
      {i18n.t(t('newsroom:reviewFailed'))}
      {problem ? `: ${problem}` : ''}
    </p>
  )

  if (contributor) {
    const canSubmit = id != null && status !== 'published' && reviewState !== 'submitted'
    return (
      <div className="review-actions" style={{ marginBottom: 'var(--base)' }}>
        <p>{i18n.t(t('newsroom:reviewContributorHint'))}</p>
        {reviewState === 'submitted' && <p>{i18n.t(t('newsroom:reviewWaiting'))}</p>}
        {canSubmit && (
          <>
            <Button
              buttonStyle="primary"
              disabled={modified || state === 'sending'}
              onClick={() => send({ action: 'submit' })}
            >
              {i18n.t(t('newsroom:reviewSubmit'))}
            </Button>
            {modified && <p>{i18n.t(t('newsroom:reviewSaveFirst'))}</p>}
          </>
        )}
        {failure}
      </div>
    )
  }

  if (id == null || reviewState !== 'submitted') return null
  return (
    <div className="review-actions" style={{ marginBottom: 'var(--base)' }}>
      <label htmlFor="review-note" className="field-label">
        {i18n.t(t('newsroom:reviewNoteLabel'))}
      </label>
      <textarea
        id="review-note"
        rows={4}
        maxLength={REVIEW_NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        style={{ width: '100%' }}
      />
      <Button
        buttonStyle="secondary"
        disabled={state === 'sending'}
        onClick={() =>
          note.trim()
            ? send({ action: 'return', note: note.trim() })
            : (setProblem(i18n.t(t('newsroom:reviewNoteRequired'))), setState('failed'))
        }
      >
        {i18n.t(t('newsroom:reviewReturn'))}
      </Button>
      {failure}
    </div>
  )
}
