"""Message catalogs: `messages/<locale>/*.ftl` (Project Fluent), one folder per locale."""

from pathlib import Path

CATALOG_DIR = Path(__file__).parent
