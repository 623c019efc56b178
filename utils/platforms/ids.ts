// The platforms Tact knows, as plain ids shared by the core, the adapters and the database.
export const PLATFORMS = ['x', 'facebook', 'reddit', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];
