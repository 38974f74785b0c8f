/** Where bump-dev-version reads and writes: the path rule, sources and reader shared with pin-image-tags. */
export * from '../../../shared/src/edit/files.js';
