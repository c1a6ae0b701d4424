import type { GroupField } from 'payload'

/**
 * Latitude and longitude as plain numbers: the SQLite adapter has no `point` field, and the map needs
 * nothing more than two numbers in WGS 84.
 */
export const coordinatesField: GroupField = {
  name: 'coordinates',
  type: 'group',
  fields: [
    { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
    { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
  ],
}
