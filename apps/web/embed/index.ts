// Entry of `/embed/stadtmacher.js`; a page may load the script more than once.
import { StadtmacherPartnership } from './stadtmacherPartnership'

if (!customElements.get('stadtmacher-partnership')) customElements.define('stadtmacher-partnership', StadtmacherPartnership)
