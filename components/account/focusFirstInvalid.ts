/** After a failed submit, focus goes to the first field (in form order) that has an error. */
export function focusFirstInvalid(
  form: HTMLFormElement,
  order: readonly string[],
  errors: Partial<Record<string, unknown>>,
) {
  const first = order.find((name) => errors[name])
  const element = first ? form.elements.namedItem(first) : null
  if (element instanceof HTMLInputElement) element.focus()
}
