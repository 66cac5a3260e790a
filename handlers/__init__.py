"""Platform-neutral feature handlers: a `Request` in, a list of `Reply` out.

Each module exports `COMMANDS` (command name -> handler) and may export `CALLBACKS`
(button-data prefix -> handler). `bot.wiring` includes them in one list. Nothing here
imports telegram, mastodon or aiohttp (a test checks it).
"""
