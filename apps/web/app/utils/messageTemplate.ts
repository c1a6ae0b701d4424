/**
 * A message with named values, formatted by vue-i18n once and then filled in for each item. For the map's
 * thousand partnerships, formatting every label through `t()` was a fifth of the page's render (issue 7).
 * Only for messages that insert values as they are (no plural or other choice depending on a value).
 */
export function messageTemplate<Name extends string>(format: (values: Record<Name, string>) => string, names: readonly Name[]) {
  // Private-use characters stand in for the values: no message contains them.
  const marks = names.map((_, index) => String.fromCodePoint(0xf0000 + index))
  const formatted = format(Object.fromEntries(names.map((name, index) => [name, marks[index]])) as Record<Name, string>)
  // Text and value names, alternating: ['', 'german', ' – ', 'chinese', …].
  const pieces = formatted.split(new RegExp(`(${marks.join('|')})`, 'u')).map((piece) => {
    const index = marks.indexOf(piece)
    return index === -1 ? { text: piece } : { name: names[index]! }
  })
  return (values: Record<Name, string | number>): string => pieces.map((piece) => ('name' in piece ? String(values[piece.name]) : piece.text)).join('')
}
