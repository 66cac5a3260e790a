"""Front-ends: the only code that knows a platform (Telegram, console; Mastodon later)."""
