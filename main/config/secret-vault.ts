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

/**
 * Keys main keeps beside the credentials, made once per installation: the audit chain's HMAC key
 * and the pepper mixed into every PIN hash. Neither is in the ledger file, so a copied ledger
 * alone can neither be re-chained after an edit nor have its PINs guessed offline.
 */
export interface AppKeys {
  audit: Buffer;
  pepper: Buffer;
}

export interface SecretVault {
  status(): VaultStatus;
  /** Made on first use and kept; protected by the OS where the vault is available. */
  keys(): Promise<AppKeys>;
  load(): Promise<Credentials | null>;
  /** Rejects with AppError('unavailable') when `status().available` is false. */
  save(credentials: Credentials): Promise<void>;
  clear(): Promise<void>;
}
