import { BaseSequencer, type TestSpecification } from 'vitest/node'

// The spec that stops the CMS must run after every other spec.
export class CmsDownLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const last = (file: TestSpecification) => (file.moduleId.includes('cmsDown') ? 1 : 0)
    return [...sorted].sort((a, b) => last(a) - last(b))
  }
}
