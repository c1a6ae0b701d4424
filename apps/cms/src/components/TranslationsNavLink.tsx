import Link from 'next/link'

/** A link to the Translations view below the collections in the admin's navigation. */
export function TranslationsNavLink() {
  return (
    <Link className="nav__link" href="/admin/translations" style={{ display: 'block', padding: 'calc(var(--base) / 4) 0' }}>
      Übersetzungen · Translations · 翻译
    </Link>
  )
}
