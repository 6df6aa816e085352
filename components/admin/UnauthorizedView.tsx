import { Button } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { TNewsroomKey } from '@/lib/admin/i18n'

const t = (key: TNewsroomKey) => key as never

/**
 * Payload's own "unauthorized" page offers only 登出; a signed-in reader who opened /admin
 * (the admin is for staff) wants the portal back first. Same markup and classes as Payload's.
 */
export function UnauthorizedView({ initPageResult }: AdminViewServerProps) {
  const { permissions, req } = initPageResult
  const { i18n, user } = req
  const { admin, routes } = req.payload.config
  const reader = Boolean(user) && !permissions.canAccessAdmin
  return (
    <div className="unauthorized">
      <div className="form-header">
        <h1>{i18n.t(reader ? 'error:unauthorizedAdmin' : 'error:unauthorized')}</h1>
        <p>
          {reader ? i18n.t(t('newsroom:readerNoAdmin')) : i18n.t('error:notAllowedToAccessPage')}
        </p>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        <Button className="unauthorized__button" el="anchor" size="large" url="/">
          {i18n.t(t('newsroom:backToPortal'))}
        </Button>
        <Button
          buttonStyle="secondary"
          className="unauthorized__button"
          el="link"
          size="large"
          to={formatAdminURL({ adminRoute: routes.admin, path: admin.routes.logout })}
        >
          {i18n.t('authentication:logOut')}
        </Button>
      </div>
    </div>
  )
}
