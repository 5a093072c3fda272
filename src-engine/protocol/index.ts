export { PROTOCOL_VERSION } from './version';
export * from './messages';
export { parseRendererMessage, rendererToEngineSchema, type ParseResult } from './schema';
export * from './insight';
