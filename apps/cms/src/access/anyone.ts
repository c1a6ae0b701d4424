import type { Access } from 'payload'

/** Public reference data (cities, topics, media) that has no draft state. */
export const anyone: Access = () => true
