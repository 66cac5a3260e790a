#!/bin/sh
# The image's entrypoint. Fly may mount the volume at DATA_DIR owned by root, which the bot's own user
# cannot write to: started as root, hand DATA_DIR (and anything in it not yet the user's) to that user,
# then run the command as the user, never as root. exec keeps the bot as PID 1, so SIGTERM reaches it.
set -eu
user="${RUN_AS:-bot}"
data="${DATA_DIR:-/data}"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$data"
  find "$data" -xdev ! -user "$user" -exec chown "$user:$(id -gn "$user")" {} +
  exec setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@"
fi
exec "$@"
