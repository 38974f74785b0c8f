export { stripV, versionsMatch, parseVersion, findTag, previousTag, tagNameLike } from './tags.js';
