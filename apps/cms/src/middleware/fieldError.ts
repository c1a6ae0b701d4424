/** What is wrong with one query parameter or body field, as the 400 answer names it. */
export type FieldError = { field: string; message: string }
