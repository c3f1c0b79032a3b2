export function startupRefreshReason(databaseUrl: string, dir?: string): Promise<string | null>
export function rememberRefresh(databaseUrl: string, dir?: string): Promise<void>
