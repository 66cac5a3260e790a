"""The transparency log's pure core: Merkle tree (merkle), receipts (receipt), checkpoints (checkpoint).

This package imports nothing on purpose: the independent verifier
(`python -m bot.services.transparency.verifier`) must run without the bot's database, platforms or web
server, so the storage side (log.py and friends) is imported explicitly by whoever needs it, never from here.
"""
