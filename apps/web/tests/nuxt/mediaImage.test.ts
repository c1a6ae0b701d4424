import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import MediaImage from '~/components/media/MediaImage.vue'
import { toImageView } from '#shared/utils/imageView'
import { mockMedia } from '../unit/mocks'

describe('media image', () => {
  const image = toImageView(mockMedia())!

  it('sets width, height, srcset, sizes and alt, and loads lazily by default', async () => {
    const img = (await mountSuspended(MediaImage, { props: { image, sizes: '50vw' } })).get('img')
    expect(img.attributes()).toMatchObject({ width: '1600', height: '900', sizes: '50vw', alt: 'Zwei Orte, verbunden', loading: 'lazy' })
    expect(img.attributes('srcset')).toBe(image.srcset)
  })

  it('loads eagerly with high priority above the fold', async () => {
    const img = (await mountSuspended(MediaImage, { props: { image, eager: true } })).get('img')
    expect(img.attributes()).toMatchObject({ loading: 'eager', fetchpriority: 'high' })
  })
})
