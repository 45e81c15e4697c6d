/** PortOne REST credentials. Only main ever holds them; the renderer learns `hasCredentials` and a masked key. */
export interface Credentials {
  impKey: string;
  impSecret: string;
}

export interface VaultStatus {
  /** False when secrets cannot be protected here (e.g. Linux `basic_text`): saving is refused. */
  available: boolean;
  reason: string | null;
}

export interface SecretVault {
  status(): VaultStatus;
  load(): Promise<Credentials | null>;
  /** Rejects with AppError('unavailable') when `status().available` is false. */
  save(credentials: Credentials): Promise<void>;
  clear(): Promise<void>;
}
