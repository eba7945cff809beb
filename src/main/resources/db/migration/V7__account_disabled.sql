-- An admin can disable a consultant account: sign-in is refused and its sessions end, while the account,
-- its engagements and everything they hold are kept. NULL while the account is enabled.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP;
