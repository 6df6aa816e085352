import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Payload's email field lower-cases its value in a hook that runs before the field's own
 * validation, and fails with a 500 on anything but text (`{"email": 1}`, an object, a list). Such
 * an address is refused here first, with the 400 the field's validation would have given.
 */
export const refuseEmailThatIsNotText: CollectionBeforeValidateHook = ({ data, req }) => {
  const email: unknown = data?.email
  if (email === undefined || email === null || typeof email === 'string') return data
  throw new ValidationError(
    {
      collection: 'users',
      errors: [{ path: 'email', message: '电子邮件必须是文本 / email must be text' }],
    },
    req.t,
  )
}
