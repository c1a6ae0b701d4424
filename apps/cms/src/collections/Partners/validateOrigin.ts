import type { TextFieldSingleValidation } from 'payload'

/** An origin is a scheme and host (and port), nothing more: `https://www.example.org`. */
export const validateOrigin: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string') return 'Enter an origin such as https://www.example.org.'
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
      ? true
      : `"${value}" is not an origin: use only scheme and host, e.g. ${url.origin}.`
  } catch {
    return `"${value}" is not an origin such as https://www.example.org.`
  }
}
