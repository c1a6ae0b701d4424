/** Types of the Stadtmacher content model, generated from the CMS config (see apps/cms/scripts/generate.ts). */
export type * from './payload-types'
