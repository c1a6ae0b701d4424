import type { Field, FieldAccess } from 'payload'
import { isCmsUser } from '../access/isCmsUser'
import { type LocaleEdits, translationStatuses } from '../translation/translationStatus'

const cmsUsers: FieldAccess = ({ req }) => isCmsUser(req)

/**
 * `localeEdits` (written by the recordLocaleEdit hook, never by clients) and the virtual
 * `translationStatus` computed from it: missing, outdated or complete for each locale. Both are for CMS
 * users only; readers and partners never see them.
 */
export const translationFields: Field[] = [
  {
    name: 'localeEdits',
    type: 'json',
    // Clients cannot set it: recordLocaleEdit always rewrites it from the stored value.
    access: { read: cmsUsers },
    admin: { hidden: true },
  },
  {
    name: 'translationStatus',
    type: 'json',
    virtual: true,
    access: { read: cmsUsers },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: {
        Cell: '/components/TranslationStatusCell#TranslationStatusCell',
        Field: '/components/TranslationStatusField#TranslationStatusField',
      },
    },
    hooks: { afterRead: [({ siblingData }) => translationStatuses(siblingData?.localeEdits as LocaleEdits | undefined)] },
  },
]
