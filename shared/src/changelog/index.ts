export {
  extractSection,
  listVersions,
  parseChangelog,
  detectFormat,
  type ExtractOptions,
} from './extract.js';
export { insertSection, type InsertOptions } from './insert.js';
export { absoluteLinks, absoluteUrl, type LinkBase, type RewrittenLinks } from './links.js';
export {
  defaultGroups,
  groupItems,
  renderSection,
  renderSectionParts,
  escapeGeneratorTitle,
  joinSection,
  escapeTitle,
  type ItemGroup,
} from './render.js';
export { versionsMatch, stripV, parseVersionHeading, type HeadingVersion } from './versions.js';
export * from './types.js';
