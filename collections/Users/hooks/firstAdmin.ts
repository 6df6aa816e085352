import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

export const isFirstRegister = (req: PayloadRequest) =>
  Boolean(req.pathname?.endsWith('/users/first-register'))

export const FIRST_REGISTER_CLOSED_MESSAGE = {
  zh: '生产环境不能在网页上创建第一个管理员：请在服务器上运行 `npm run admin:create`。',
  en: 'In production the first admin is not created on the web: run `npm run admin:create` on the server.',
}

/**
 * A fresh production deployment looks live (the demo content is seeded), so whoever found it first
 * could otherwise make themselves its admin at /admin/create-first-user. There the operator runs
 * `npm run admin:create` on the server; development keeps the one-click form. NODE_ENV is read per
 * request, as Next.js and the CLI set it before anything runs.
 */
export const closeFirstRegisterInProduction: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'create' && isFirstRegister(req) && process.env.NODE_ENV === 'production') {
    const language = req.i18n?.language === 'en' ? 'en' : 'zh'
    throw new APIError(FIRST_REGISTER_CLOSED_MESSAGE[language], 403, null, true)
  }
  return args
}

/**
 * The account made at /admin/create-first-user must be able to administer. Only that endpoint
 * qualifies: an ordinary registration on an empty site stays a reader.
 */
export const firstRegisteredIsAdmin: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && isFirstRegister(req) ? { ...data, roles: ['admin'] } : data
