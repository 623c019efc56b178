// The platforms Tact knows, as plain ids shared by the core, the adapters and the database. The list
// itself is descriptor-data.ts: one id per platform descriptor.
export { PLATFORMS, type Platform } from './descriptor-data';
